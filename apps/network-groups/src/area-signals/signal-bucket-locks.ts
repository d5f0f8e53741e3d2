import type { EntityManager } from 'typeorm';

/** One offence category in one area and ISO week: the rows an incident touches all belong to one. */
export interface SignalBucket {
  areaId: string;
  offenceCategory: string;
  weekStart: string;
}

/**
 * Locks the buckets for the rest of the transaction, all at once and in one global order (by
 * lock key, not by bucket: two buckets can share a key, and only the keys' own order is the
 * same in every transaction). Concurrent consumer batches share buckets (the topic is keyed by
 * person, not by bucket) and would otherwise take the buckets' rows (the week's counter, its
 * incidents, its alert) in the order of their messages, so that two of them could each hold a
 * row the other waits for: PostgreSQL's "deadlock detected". Now the second waits at its first
 * shared bucket before it has written any.
 */
export async function lockSignalBuckets(tx: EntityManager, buckets: readonly SignalBucket[]): Promise<void> {
  const keys = [...new Set(buckets.map((bucket) => `area-signal|${bucket.areaId}|${bucket.offenceCategory}|${bucket.weekStart}`))];
  // PostgreSQL computes a volatile function in the select list after the sort, so the locks are taken in key order.
  await tx.query(
    `SELECT pg_advisory_xact_lock(lock_key)
       FROM (SELECT DISTINCT hashtextextended(key, 0) AS lock_key FROM unnest($1::text[]) AS key) AS keys
      ORDER BY lock_key`,
    [keys],
  );
}
