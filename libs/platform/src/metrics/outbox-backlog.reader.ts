import type { DataSource } from 'typeorm';

export interface OutboxBacklog {
  /** Committed events the relay has not yet published. */
  rows: number;
  /** How long the oldest of them has waited, by the database's clock; 0 when there is none. */
  oldestAgeSeconds: number;
}

/**
 * One statement over the outbox table. The relay deletes what it publishes, so the table
 * holds only the backlog and is small when all is well; a scan of it is cheaper than keeping
 * another index up to date on every insert and delete.
 */
export async function readOutboxBacklog(dataSource: DataSource): Promise<OutboxBacklog> {
  const [row] = (await dataSource.query(
    `SELECT count(*)::bigint AS rows,
            coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS oldest_age_seconds
       FROM outbox_event`,
  )) as { rows: string; oldest_age_seconds: number }[];
  return { rows: Number(row?.rows ?? 0), oldestAgeSeconds: Math.max(0, row?.oldest_age_seconds ?? 0) };
}
