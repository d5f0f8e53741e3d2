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
    assertInTransaction(tx);
    await tx.query(
      `INSERT INTO outbox_event (event_id, topic, message_key, value, headers) VALUES ($1, $2, $3, $4, $5)`,
      [event.id, topic.name, key, JSON.stringify(event), JSON.stringify(headersOf(event))],
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
