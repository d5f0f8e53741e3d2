import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Runs `text` as a named prepared statement, named by a digest of the text, so each pooled
 * connection parses it once and PostgreSQL may keep its plan (plan_cache_mode auto: after five
 * runs, a plan for any parameters only when its estimated cost is no worse than that of the
 * plans made for the parameters given). For the hot reads whose planning cost about as much
 * as their execution (the agenda's page: 1.1 of 2 ms, 2 of 4 ms of the database's CPU). The
 * rows come back as `DataSource.query` gives them.
 */
export async function queryPrepared<T>(dataSource: DataSource, text: string, values: readonly unknown[]): Promise<T[]> {
  const name = `ssp_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  return (await pool.query({ name, text, values: [...values] })).rows as T[];
}
