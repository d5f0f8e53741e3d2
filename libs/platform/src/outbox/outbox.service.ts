import { Injectable } from '@nestjs/common';
import type { EventEnvelope, TopicDefinition } from '@ssp/contracts';
import type { EntityManager } from 'typeorm';

export const OUTBOX_CHANNEL = 'outbox_event';

/**
 * Writes events into the outbox inside the caller's transaction: the event exists exactly
 * when the state change it describes does. The relay publishes it after commit.
 */
@Injectable()
export class OutboxService {
  async publish<P extends object>(
    tx: EntityManager,
    topic: TopicDefinition<P>,
    key: string,
    event: EventEnvelope<P>,
  ): Promise<void> {
    await this.publishMany(tx, topic, [{ key, event }]);
  }

  /** Many events of one topic in one statement, for changes that make many at once. */
  async publishMany<P extends object>(
    tx: EntityManager,
    topic: TopicDefinition<P>,
    events: { key: string; event: EventEnvelope<P> }[],
  ): Promise<void> {
    assertInTransaction(tx);
    if (events.length === 0) return;
    await tx.query(
      `INSERT INTO outbox_event (event_id, topic, message_key, value, headers)
       SELECT event_id, $1, message_key, value, headers
         FROM unnest($2::uuid[], $3::text[], $4::jsonb[], $5::jsonb[])
              WITH ORDINALITY AS e(event_id, message_key, value, headers, ordinal)
        ORDER BY ordinal`,
      [
        topic.name,
        events.map(({ event }) => event.id),
        events.map(({ key }) => key),
        events.map(({ event }) => JSON.stringify(event)),
        events.map(({ event }) => JSON.stringify(headersOf(event))),
      ],
    );
    await notifyRelay(tx);
  }

  /** A null value on a compacted topic: Kafka forgets the key once the log is compacted. */
  async publishTombstone(tx: EntityManager, topic: TopicDefinition, key: string, eventId: string): Promise<void> {
    assertInTransaction(tx);
    if (!topic.compacted) throw new Error(`${topic.name} is not compacted; tombstones are for compacted topics`);
    await tx.query(`INSERT INTO outbox_event (event_id, topic, message_key, value) VALUES ($1, $2, $3, NULL)`, [
      eventId,
      topic.name,
      key,
    ]);
    await notifyRelay(tx);
  }
}

function headersOf(event: EventEnvelope): Record<string, string> {
  return { 'event-id': event.id, 'event-type': `${event.type}.v${event.version}`, 'correlation-id': event.correlationId };
}

function assertInTransaction(tx: EntityManager): void {
  if (!tx.queryRunner?.isTransactionActive) {
    throw new Error('OutboxService.publish must run inside the transaction that makes the state change');
  }
}

/** Delivered by PostgreSQL at commit, and never for a rolled-back transaction. */
async function notifyRelay(tx: EntityManager): Promise<void> {
  await tx.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
}
