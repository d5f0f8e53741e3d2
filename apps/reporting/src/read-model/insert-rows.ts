import type { EntityManager } from 'typeorm';

/** A column written from each row: its name, its PostgreSQL type and its value. */
export interface ColumnSpec<T> {
  name: string;
  type: string;
  value: (row: T) => unknown;
  /** How to turn the passed value into the column, when it is not the value itself (refers to `r.<name>`). */
  expression?: string;
}

/**
 * `INSERT INTO <table> (...) SELECT ... FROM unnest($1::type[], ...)`: a whole batch in one
 * statement, the caller adding the `ON CONFLICT` (and `RETURNING`) that makes it idempotent.
 */
export function insertStatement<T>(table: string, columns: readonly ColumnSpec<T>[], rows: readonly T[], tail: string): { sql: string; params: unknown[] } {
  const names = columns.map((column) => column.name);
  const sql = `INSERT INTO ${table} AS t (${names.join(', ')})
    SELECT ${columns.map((column) => column.expression ?? `r.${column.name}`).join(', ')}
    FROM unnest(${columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ')}) AS r(${names.join(', ')})
    ${tail}`;
  return { sql, params: columns.map((column) => rows.map(column.value)) };
}

export async function insertRows<T>(tx: EntityManager, table: string, columns: readonly ColumnSpec<T>[], rows: readonly T[], tail: string): Promise<void> {
  if (rows.length === 0) return;
  const { sql, params } = insertStatement(table, columns, rows, tail);
  await tx.query(sql, params);
}
