import { randomUUID } from 'node:crypto';
import { IsDateString, IsInt, IsNotEmpty, IsObject, IsString, IsUUID, Matches, Min } from 'class-validator';
import type { TopicDefinition } from './topic-definition';

/**
 * The one envelope every event travels in. The payload class is given per topic by the
 * catalogue; consumers validate envelope and payload before handling anything.
 */
export class EventEnvelope<P extends object = object> {
  /** Unique per event; consumers use it to recognise a redelivery. */
  @IsUUID()
  id!: string;

  /** The event's name without version, e.g. `ssp.incident.recorded`. */
  @Matches(/^ssp\.[a-z-]+\.[a-z-]+$/)
  type!: string;

  @IsInt()
  @Min(1)
  version!: number;

  @IsDateString({ strict: true })
  occurredAt!: string;

  /** The service that produced the event, e.g. `police-list-ingestion`. */
  @IsString()
  @IsNotEmpty()
  producer!: string;

  /** Shared by every event caused by one request or one uploaded list. */
  @IsUUID()
  correlationId!: string;

  /** The id of the event (or request) that caused this one. */
  @IsUUID()
  causationId!: string;

  /** Validated separately, against the payload class the topic's catalogue entry names. */
  @IsObject()
  payload!: P;
}

export interface EnvelopeOrigin {
  producer: string;
  /**
   * The event's id when it follows from its cause alone (nameBasedUuid), so that handling
   * the cause again, as after a restore, produces the same event and not a second one that
   * consumers' inboxes cannot recognise. Random when left out.
   */
  id?: string;
  correlationId?: string;
  causationId?: string;
  occurredAt?: Date;
}

export function createEnvelope<P extends object>(
  topic: TopicDefinition<P>,
  payload: P,
  origin: EnvelopeOrigin,
): EventEnvelope<P> {
  const id = origin.id ?? randomUUID();
  const correlationId = origin.correlationId ?? id;
  return {
    id,
    type: topic.eventType,
    version: topic.version,
    occurredAt: (origin.occurredAt ?? new Date()).toISOString(),
    producer: origin.producer,
    correlationId,
    causationId: origin.causationId ?? correlationId,
    payload,
  };
}
