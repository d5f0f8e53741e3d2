import { DataSource } from 'typeorm';
import { queryPrepared } from '../database/prepared-query';

export interface RateLimitRule {
  /** Length of a counting window. */
  ttlMs: number;
  /** Hits a window allows; the hit after them starts a block. */
  limit: number;
  /** How long a block lasts; null: until the window ends. */
  blockMs: number | null;
}

/** A key's counter after one hit, the times measured on the database's clock. */
export interface RateLimitHit {
  /** Hits in the current window, the one that started a block included. */
  hits: number;
  /** Until the window ends; negative when a block outlasts it. */
  msToWindowEnd: number;
  blocked: boolean;
  /** Until the block ends; null when none is or was set in this window. */
  msToBlockEnd: number | null;
}

interface HitRow {
  hits: number;
  ms_to_window_end: number;
  blocked: boolean;
  ms_to_block_end: number | null;
}

/*
 * One statement, so one round-trip and one row lock: the first hit of a key inserts a fresh
 * window; a later one, with the row locked by ON CONFLICT, starts a fresh window when the
 * old one (or its block) is over, counts when the window is open and unblocked, and changes
 * nothing while a block lasts. `expires_at` is when the row stops mattering: the block's end
 * if there is one, else the window's. All times are the database's `statement_timestamp()`:
 * the one clock every replica shares.
 */
const HIT = `
  INSERT INTO rate_limit_window AS w (throttler, key, hits, window_ends_at, blocked_until)
  SELECT $1, $2, 1, fresh.window_ends_at,
         CASE WHEN 1 > $4 THEN COALESCE(statement_timestamp() + $5 * interval '1 millisecond', fresh.window_ends_at) END
  FROM (SELECT statement_timestamp() + $3 * interval '1 millisecond' AS window_ends_at) AS fresh
  ON CONFLICT (throttler, key) DO UPDATE SET
    hits = CASE
      WHEN w.expires_at <= statement_timestamp() THEN EXCLUDED.hits
      WHEN w.blocked_until IS NULL THEN w.hits + 1
      ELSE w.hits END,
    window_ends_at = CASE
      WHEN w.expires_at <= statement_timestamp() THEN EXCLUDED.window_ends_at
      ELSE w.window_ends_at END,
    blocked_until = CASE
      WHEN w.expires_at <= statement_timestamp() THEN EXCLUDED.blocked_until
      WHEN w.blocked_until IS NULL AND w.hits >= $4 THEN COALESCE(statement_timestamp() + $5 * interval '1 millisecond', w.window_ends_at)
      ELSE w.blocked_until END
  RETURNING w.hits,
    extract(epoch FROM w.window_ends_at - statement_timestamp())::float8 * 1000 AS ms_to_window_end,
    COALESCE(w.blocked_until > statement_timestamp(), false) AS blocked,
    extract(epoch FROM w.blocked_until - statement_timestamp())::float8 * 1000 AS ms_to_block_end`;

/*
 * Expired rows, oldest first, at most $1 of them; rows another session has locked (a hit in
 * progress) are skipped, never waited for, so the sweep cannot deadlock with the hits.
 */
const DELETE_EXPIRED = `
  DELETE FROM rate_limit_window
  WHERE (throttler, key) IN (
    SELECT throttler, key FROM rate_limit_window
    WHERE expires_at <= statement_timestamp()
    ORDER BY expires_at
    LIMIT $1
    FOR UPDATE SKIP LOCKED)`;

/** The rate limit's counters (`rate_limit_window`), in plain SQL. */
export class RateLimitRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one hit of `key` (a 32-byte digest) for `throttler`, atomically across replicas; prepared, as every request sends it. */
  async hit(throttler: string, key: Buffer, rule: RateLimitRule): Promise<RateLimitHit> {
    const [row] = await queryPrepared<HitRow>(this.dataSource, HIT, [throttler, key, rule.ttlMs, rule.limit, rule.blockMs]);
    if (!row) throw new Error('rate_limit_window: the upsert returned no row');
    return { hits: row.hits, msToWindowEnd: row.ms_to_window_end, blocked: row.blocked, msToBlockEnd: row.ms_to_block_end };
  }

  /** Deletes up to `max` rows whose window and block are over; returns how many it deleted. */
  async deleteExpired(max: number): Promise<number> {
    const [, deleted] = (await this.dataSource.query(DELETE_EXPIRED, [max])) as [unknown, number];
    return deleted;
  }
}
