import { nameBasedUuid } from '@ssp/contracts';
import type { EntityManager } from 'typeorm';
import { pageOf, type Page } from '../http/paging';

/** A dead letter as the consumer put it on `<topic>.dlq`: where it came from, why, and the message (key and value as they were). */
export interface DeadLetterRecord {
  consumerGroup: string;
  /** The original topic's catalogue name. */
  topic: string;
  originalPartition: number;
  originalOffset: string;
  /** Where it went on the dead-letter topic, when the broker said. */
  dlqPartition: number | null;
  dlqOffset: string | null;
  reason: string;
  failedAt: Date;
  key: string | null;
  value: Buffer | null;
}

/** What a list of waiting dead letters shows: ids and metadata, never the message's content. */
export interface WaitingDeadLetter {
  id: string;
  topic: string;
  originalPartition: number;
  originalOffset: string;
  dlqPartition: number | null;
  dlqOffset: string | null;
  eventId: string | null;
  eventType: string | null;
  /** Why it was dead-lettered, or why the latest send-back failed again. */
  reason: string;
  /** When it was first dead-lettered: the list's order, which a failed send-back does not change. */
  failedAt: Date;
  /** When it last failed: dead-lettered again, or sent back and failed again. */
  lastFailedAt: Date;
  /** Set when the message's content was removed while it waited: it can no longer be sent back, only discarded. */
  contentRemoved: ContentRemovedReason | null;
}

/** Why a waiting dead letter's message was removed: its retention ran out, or the person it concerns was erased. */
export type ContentRemovedReason = 'retention' | 'erasure';

/** A waiting dead letter locked for sending back: the message to handle again. */
export interface LockedDeadLetter {
  id: string;
  topic: string;
  originalPartition: number;
  originalOffset: string;
  key: string | null;
  value: Buffer | null;
  settledAt: Date | null;
  settledOutcome: string | null;
  contentRemoved: ContentRemovedReason | null;
}

export type SettledOutcome = 'handled' | 'duplicate';

/** How a dead letter left the list: sent back (handled or a duplicate), or discarded by an operator. */
type SettledAs = SettledOutcome | 'discarded';

/** A dead letter's id: the same for the same original message of the same group, however often it is dead-lettered. */
export function deadLetterId(consumerGroup: string, topic: string, partition: number, offset: string): string {
  return nameBasedUuid(`dead-letter|${consumerGroup}|${topic}|${partition}|${offset}`);
}

/** The envelope's id and type, when the value is a JSON object that has them (an invalid message may not). */
function envelopeFieldsOf(value: Buffer | null): { eventId: string | null; eventType: string | null } {
  try {
    const parsed = value ? (JSON.parse(value.toString('utf8')) as unknown) : null;
    const { id, type } = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    return { eventId: typeof id === 'string' ? id.slice(0, 100) : null, eventType: typeof type === 'string' ? type.slice(0, 200) : null };
  } catch {
    return { eventId: null, eventType: null };
  }
}

interface WaitingRow {
  id: string;
  topic: string;
  original_partition: number;
  original_offset: string;
  dlq_partition: number | null;
  dlq_offset: string | null;
  event_id: string | null;
  event_type: string | null;
  reason: string;
  first_failed_at: Date;
  failed_at: Date;
  content_removed_reason: ContentRemovedReason | null;
}

/** The `dead_letter` table: one row per original message a consumer group dead-lettered. */
export class DeadLetterRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Records a dead letter once it is on the dead-letter topic. The same original message
   * dead-lettered again (the consumer crashed before its offset commit, or its group was moved
   * back and it failed again) is the same row, waiting again with the latest reason; it keeps
   * its place in the list (first failed at) while it waits, and takes a new one when it waits
   * again after it was settled.
   */
  async record(letter: DeadLetterRecord): Promise<string> {
    const id = deadLetterId(letter.consumerGroup, letter.topic, letter.originalPartition, letter.originalOffset);
    const { eventId, eventType } = envelopeFieldsOf(letter.value);
    await this.manager.query(
      `INSERT INTO dead_letter (id, consumer_group, topic, original_partition, original_offset, dlq_partition, dlq_offset,
                                event_id, event_type, reason, first_failed_at, failed_at, message_key, message_value)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12, $13)
       ON CONFLICT (id) DO UPDATE SET dlq_partition = excluded.dlq_partition, dlq_offset = excluded.dlq_offset,
              event_id = excluded.event_id, event_type = excluded.event_type, reason = excluded.reason, failed_at = excluded.failed_at,
              first_failed_at = CASE WHEN dead_letter.settled_at IS NULL THEN dead_letter.first_failed_at ELSE excluded.first_failed_at END,
              message_key = excluded.message_key, message_value = excluded.message_value,
              content_removed_at = NULL, content_removed_reason = NULL,
              settled_at = NULL, settled_by = NULL, settled_outcome = NULL`,
      [id, letter.consumerGroup, letter.topic, letter.originalPartition, letter.originalOffset, letter.dlqPartition, letter.dlqOffset,
        eventId, eventType, letter.reason, letter.failedAt, letter.key, letter.value],
    );
    return id;
  }

  /**
   * The group's waiting dead letters, oldest first, a page at a time: keyset on (first failed
   * at, id), which nothing changes while a row waits, so no row moves between pages.
   */
  async waiting(consumerGroup: string, limit: number, after: readonly [number, string] | undefined): Promise<Page<WaitingDeadLetter>> {
    const rows = (await this.manager.query(
      `SELECT id, topic, original_partition, original_offset::text AS original_offset, dlq_partition, dlq_offset::text AS dlq_offset,
              event_id, event_type, reason, first_failed_at, failed_at, content_removed_reason
         FROM dead_letter
        WHERE settled_at IS NULL AND consumer_group = $1
          AND ($2::timestamptz IS NULL OR (first_failed_at, id) > ($2::timestamptz, $3::uuid))
        ORDER BY first_failed_at, id
        LIMIT $4`,
      [consumerGroup, after ? new Date(after[0]) : null, after?.[1] ?? null, limit + 1],
    )) as WaitingRow[];
    const page = pageOf(rows, limit, (row) => [new Date(row.first_failed_at).getTime(), row.id]);
    return {
      next: page.next,
      items: page.items.map((row) => ({
        id: row.id,
        topic: row.topic,
        originalPartition: row.original_partition,
        originalOffset: row.original_offset,
        dlqPartition: row.dlq_partition,
        dlqOffset: row.dlq_offset,
        eventId: row.event_id,
        eventType: row.event_type,
        reason: row.reason,
        failedAt: new Date(row.first_failed_at),
        lastFailedAt: new Date(row.failed_at),
        contentRemoved: row.content_removed_reason,
      })),
    };
  }

  /** How many dead letters wait, by original topic (one row per topic that has any). */
  async waitingByTopic(consumerGroup: string): Promise<Map<string, number>> {
    const rows = (await this.manager.query(
      'SELECT topic, count(*)::int AS waiting FROM dead_letter WHERE settled_at IS NULL AND consumer_group = $1 GROUP BY topic',
      [consumerGroup],
    )) as { topic: string; waiting: number }[];
    return new Map(rows.map((row) => [row.topic, row.waiting]));
  }

  /** The dead letter, locked until the transaction ends: a second send-back of it waits here, then finds it settled. */
  async lock(consumerGroup: string, id: string): Promise<LockedDeadLetter | undefined> {
    const [row] = (await this.manager.query(
      `SELECT id, topic, original_partition, original_offset::text AS original_offset, message_key, message_value, settled_at, settled_outcome,
              content_removed_reason
         FROM dead_letter WHERE id = $1 AND consumer_group = $2 FOR UPDATE`,
      [id, consumerGroup],
    )) as { id: string; topic: string; original_partition: number; original_offset: string; message_key: string | null; message_value: Buffer | null; settled_at: Date | null; settled_outcome: string | null; content_removed_reason: ContentRemovedReason | null }[];
    if (!row) return undefined;
    return {
      id: row.id,
      topic: row.topic,
      originalPartition: row.original_partition,
      originalOffset: row.original_offset,
      key: row.message_key,
      value: row.message_value,
      settledAt: row.settled_at,
      settledOutcome: row.settled_outcome,
      contentRemoved: row.content_removed_reason,
    };
  }

  /**
   * Settled: no longer listed, and the message is no longer kept (its effect is in the
   * service's data, or was already; or an operator discarded it).
   */
  async settle(id: string, by: string, outcome: SettledAs, at: Date): Promise<void> {
    await this.manager.query(
      `UPDATE dead_letter SET settled_at = $2, settled_by = $3, settled_outcome = $4, message_key = NULL, message_value = NULL WHERE id = $1`,
      [id, at, by, outcome],
    );
  }

  /** A send-back that failed again: the reason and last failure become the new ones; the dead letter keeps waiting, in its place. */
  async failedAgain(id: string, reason: string, at: Date): Promise<void> {
    await this.manager.query('UPDATE dead_letter SET reason = $2, failed_at = $3 WHERE id = $1 AND settled_at IS NULL', [id, reason.slice(0, 2000), at]);
  }

  /**
   * Retention: removes the message of every waiting dead letter of the group first
   * dead-lettered before `before`; the rows stay listed, marked, until an operator discards
   * them. Returns how many it removed.
   */
  async removeContentBefore(consumerGroup: string, before: Date, at: Date): Promise<number> {
    const [, count] = (await this.manager.query(
      `UPDATE dead_letter SET message_key = NULL, message_value = NULL, content_removed_at = $3, content_removed_reason = 'retention'
        WHERE consumer_group = $1 AND settled_at IS NULL AND content_removed_at IS NULL AND first_failed_at < $2`,
      [consumerGroup, before, at],
    )) as [unknown, number];
    return count;
  }

  /**
   * Erasure: removes the message of every waiting dead letter of the group whose key is one of
   * `pseudonyms` on one of `topics` (the per-person topics, keyed by pseudonym). The rows are
   * locked by the update until the erasure's transaction ends, so a send-back that started first
   * has committed (and the erasure's later deletes see what it wrote), and one that starts later
   * finds the content gone.
   */
  async removeContentOfKeys(consumerGroup: string, topics: readonly string[], pseudonyms: readonly string[], at: Date): Promise<number> {
    if (pseudonyms.length === 0 || topics.length === 0) return 0;
    const [, count] = (await this.manager.query(
      `UPDATE dead_letter SET message_key = NULL, message_value = NULL, content_removed_at = $4, content_removed_reason = 'erasure'
        WHERE consumer_group = $1 AND topic = ANY($2::text[]) AND message_key = ANY($3::text[]) AND settled_at IS NULL AND content_removed_at IS NULL`,
      [consumerGroup, topics, pseudonyms, at],
    )) as [unknown, number];
    return count;
  }
}
