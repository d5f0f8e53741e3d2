import { EventEnvelope, type TopicDefinition } from '@ssp/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

export type DecodedMessage<P extends object = object> =
  | { kind: 'event'; event: EventEnvelope<P> }
  | { kind: 'tombstone'; key: string }
  | { kind: 'invalid'; reason: string };

function flatten(errors: ValidationError[], path = ''): string[] {
  return errors.flatMap((error) => {
    const here = path ? `${path}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => `${here}: ${reason}`);
    return [...own, ...flatten(error.children ?? [], here)];
  });
}

function invalid(reason: string): DecodedMessage<never> {
  return { kind: 'invalid', reason };
}

/**
 * Parses and validates a raw Kafka value against the envelope and the topic's payload class.
 * Anything that does not fit is `invalid` with a reason fit for the dead-letter header.
 */
export function decodeMessage<P extends object>(
  topic: TopicDefinition<P>,
  key: string | null,
  value: Buffer | null,
): DecodedMessage<P> {
  if (value === null) {
    if (!topic.compacted) return invalid('null value on a topic that is not compacted');
    if (!key) return invalid('tombstone without a key');
    return { kind: 'tombstone', key };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(value.toString('utf8'));
  } catch (error) {
    return invalid(`value is not JSON: ${(error as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return invalid('value is not a JSON object');

  const envelope = plainToInstance(EventEnvelope, raw);
  const envelopeErrors = flatten(validateSync(envelope));
  if (envelopeErrors.length > 0) return invalid(`envelope: ${envelopeErrors.join('; ')}`);
  if (envelope.type !== topic.eventType || envelope.version !== topic.version) {
    return invalid(`event ${envelope.type} v${envelope.version} does not belong on ${topic.name}`);
  }

  const payload = plainToInstance(topic.payload, envelope.payload);
  const payloadErrors = flatten(validateSync(payload, { whitelist: true }), 'payload');
  if (payloadErrors.length > 0) return invalid(payloadErrors.join('; '));
  return { kind: 'event', event: { ...envelope, payload } };
}
