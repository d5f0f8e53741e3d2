import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { READ_MODEL_TABLES } from './read-model-tables';
import { LIVE_SCHEMA } from './read-model-target';

export interface ReadModelHash {
  /** SHA-256 over every table's hash, in table order. */
  hash: string;
  tables: { table: string; rows: number; md5: string }[];
}

/**
 * A content hash over every read-model table: each table's rows as text, sorted, hashed;
 * then the tables in catalogue order. Equal hashes mean equal models, whatever order the
 * rows were written in; a rebuild is checked against the live model this way.
 */
export async function readModelHash(db: DataSource | EntityManager, schema: string = LIVE_SCHEMA): Promise<ReadModelHash> {
  const tables: ReadModelHash['tables'] = [];
  for (const table of READ_MODEL_TABLES) {
    const [row] = (await db.query(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text COLLATE "C"), '')) AS md5 FROM ${schema}.${table} x`,
    )) as { rows: number; md5: string }[];
    tables.push({ table, rows: row.rows, md5: row.md5 });
  }
  const hash = createHash('sha256');
  for (const table of tables) hash.update(`${table.table}:${table.rows}:${table.md5}\n`);
  return { hash: hash.digest('hex'), tables };
}
