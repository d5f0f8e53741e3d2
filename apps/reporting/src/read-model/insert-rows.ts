import type { EntityManager } from 'typeorm';

/** A column written from each row: its name, its PostgreSQL type and its value. */
export interface ColumnSpec<T> {
  name: string;
  type: string;
  value: (row: T) => unknown;
}

/**
 * `INSERT INTO <table> (...) SELECT ... FROM json_to_recordset($1)`: a whole batch in one
 * statement and one parameter, the caller adding the `ON CONFLICT` (and `RETURNING`) that
 * makes it idempotent. The rows travel as one JSON text (the runtime's own serialiser is far
 * quicker than quoting every element of a PostgreSQL array in JavaScript).
 */
export function insertStatement<T>(table: string, columns: readonly ColumnSpec<T>[], rows: readonly T[], tail: string): { sql: string; params: unknown[] } {
  const names = columns.map((column) => column.name);
  const sql = `INSERT INTO ${table} AS t (${names.join(', ')})
    SELECT ${names.map((name) => `r.${name}`).join(', ')}
    FROM json_to_recordset($1::json) AS r(${columns.map((column) => `${column.name} ${column.type}`).join(', ')})
    ${tail}`;
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const column of columns) record[column.name] = column.value(row);
    return record;
  });
  return { sql, params: [JSON.stringify(records)] };
}

export async function insertRows<T>(tx: EntityManager, table: string, columns: readonly ColumnSpec<T>[], rows: readonly T[], tail: string): Promise<void> {
  if (rows.length === 0) return;
  const { sql, params } = insertStatement(table, columns, rows, tail);
  await tx.query(sql, params);
}
