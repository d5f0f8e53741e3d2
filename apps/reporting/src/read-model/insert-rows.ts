import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from 'typeorm';
import { copyText } from './copy-text';

/** A column written from each row: its name, its PostgreSQL type and its value. */
export interface ColumnSpec<T> {
  name: string;
  type: string;
  value: (row: T) => unknown;
}

/** Staging tables get a name of their own, as batches may share one transaction (a rebuild's swap). */
let stagedTables = 0;

/**
 * Puts the rows into a temporary table of the transaction's connection with COPY, lets `use`
 * read them, and drops the table. COPY's text format costs PostgreSQL a fraction of parsing
 * the same rows from JSON: a rebuild writes a million of them.
 */
export async function withStagedRows<T, R>(tx: EntityManager, columns: readonly ColumnSpec<T>[], rows: readonly T[], use: (staged: string) => Promise<R>): Promise<R> {
  if (!tx.queryRunner) throw new Error('rows are staged inside a transaction');
  const staged = `staged_rows_${(stagedTables += 1)}`;
  await tx.query(`CREATE TEMP TABLE ${staged} (${columns.map((column) => `${column.name} ${column.type}`).join(', ')}) ON COMMIT DROP`);
  const client = (await tx.queryRunner.connect()) as PoolClient;
  await pipeline(Readable.from([copyText(columns, rows)]), client.query(copyFrom(`COPY ${staged} FROM STDIN`)));
  const result = await use(staged);
  await tx.query(`DROP TABLE ${staged}`);
  return result;
}

/**
 * `INSERT INTO <table> (...) SELECT ... FROM <staged>`: a whole batch in one statement, the
 * caller adding the `ON CONFLICT` (and `RETURNING`) that makes it idempotent.
 */
export function insertFrom<T>(table: string, columns: readonly ColumnSpec<T>[], staged: string, tail: string): string {
  const names = columns.map((column) => column.name).join(', ');
  return `INSERT INTO ${table} AS t (${names}) SELECT ${names} FROM ${staged} ${tail}`;
}

export async function insertRows<T>(tx: EntityManager, table: string, columns: readonly ColumnSpec<T>[], rows: readonly T[], tail: string): Promise<void> {
  if (rows.length === 0) return;
  await withStagedRows(tx, columns, rows, (staged) => tx.query(insertFrom(table, columns, staged, tail)));
}
