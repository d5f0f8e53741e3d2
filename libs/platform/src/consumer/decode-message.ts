import { validateEnvelope, validatePayload, type EventEnvelope, type TopicDefinition } from '@ssp/contracts';

export type DecodedMessage<P extends object = object> =
  | { kind: 'event'; event: EventEnvelope<P> }
  | { kind: 'tombstone'; key: string }
  | { kind: 'invalid'; reason: string };

function invalid(reason: string): DecodedMessage<never> {
  return { kind: 'invalid', reason };
}

/**
 * Parses and validates a raw Kafka value against the envelope and the topic's payload class
 * (compiled from its class-validator rules; fields the contract does not know are dropped).
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

  const envelope = validateEnvelope(raw);
  if (!envelope.valid) return invalid(`envelope: ${envelope.reasons.join('; ')}`);
  const event = raw as EventEnvelope<P>;
  if (event.type !== topic.eventType || event.version !== topic.version) {
    return invalid(`event ${event.type} v${event.version} does not belong on ${topic.name}`);
  }

  const payload = validatePayload(topic, event.payload);
  if (!payload.valid) return invalid(payload.reasons.map((reason) => `payload.${reason}`).join('; '));
  return { kind: 'event', event };
}
