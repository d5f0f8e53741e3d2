import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { waitFor } from './wait-for';

/** The PostgreSQL server the tests use (npm test passes it on; the local one otherwise). */
export function serverUrl(): string {
  return process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function databaseUrl(database: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Each test run has its own templates (test/global-setup.ts sets SSP_TEST_RUN), so two runs
 * on one server, a developer's and CI's, never drop each other's.
 */
export function templateDatabaseOf(service: string): string {
  const run = process.env.SSP_TEST_RUN;
  if (!run) throw new Error('SSP_TEST_RUN is not set: integration tests need test/global-setup.ts');
  return `ssp_template_${run}_${service.replace(/-/g, '_')}`;
}

/** Work on the server's maintenance database; `applicationName` tells the session apart in pg_stat_activity. */
export async function withAdmin<T>(work: (client: Client) => Promise<T>, applicationName?: string): Promise<T> {
  const client = new Client({ connectionString: serverUrl(), application_name: applicationName });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(client: Client, name: string): Promise<void> {
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, copied from the service's migrated template. */
export async function createTestDatabase(service: string): Promise<TestDatabase> {
  const name = `t_${service.replace(/-/g, '_')}_${randomBytes(5).toString('hex')}`;
  await copyDatabase(templateDatabaseOf(service), name);
  return { name, url: databaseUrl(name), drop: () => withAdmin((client) => dropDatabase(client, name)) };
}

/** A new, empty database, for a service that migrates its own at start-up as it does in production. */
export async function createEmptyTestDatabase(prefix: string): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  return { name, url: databaseUrl(name), drop: () => withAdmin((client) => dropDatabase(client, name)) };
}

/** PostgreSQL's object_in_use: "source database ... is being accessed by other users". */
const OBJECT_IN_USE = '55006';

export interface CopyDatabaseOptions {
  /** How long the template may stay in use by others before the copy gives up. */
  timeoutMs?: number;
}

/**
 * Copies `template` into a new database `name`. PostgreSQL copies a database only while no
 * other session is connected to it and no prepared transaction is in it; otherwise it waits
 * five seconds and refuses. So the copy first waits for the template to be free, and should
 * a session arrive between that look and the copy, it waits again, all within one deadline
 * whose error names the sessions still there.
 */
export async function copyDatabase(template: string, name: string, { timeoutMs = 60_000 }: CopyDatabaseOptions = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  await withAdmin(async (client) => {
    for (;;) {
      await waitFor(`the template ${template} to be free to copy`, () => holdersOf(client, template), (holders) => holders.length === 0, {
        timeoutMs: Math.max(0, deadline - Date.now()),
      });
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== OBJECT_IN_USE || Date.now() > deadline) throw error;
      }
    }
  }, `copy to ${name}`);
}

/**
 * What keeps PostgreSQL from copying a database: its other sessions and its prepared
 * transactions. Autovacuum workers do not count: CREATE DATABASE stops them itself.
 */
async function holdersOf(client: Client, database: string): Promise<string[]> {
  const { rows } = await client.query<{ holder: string }>(
    `SELECT format('session %s (%s, %s)', pid, coalesce(nullif(application_name, ''), backend_type), state) AS holder
       FROM pg_stat_activity
      WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type <> 'autovacuum worker'
     UNION ALL
     SELECT format('prepared transaction %s', gid) FROM pg_prepared_xacts WHERE database = $1`,
    [database],
  );
  return rows.map((row) => row.holder);
}

/** How many rows were written how many times: `{ 1: 200 }` is 200 rows written once each. */
export type RowsByWriteCount = Record<number, number>;

export interface RowWriteCounter {
  /** The rows with these keys by the number of committed writes of each (0: never written). */
  rowsByWriteCount(keys: readonly string[]): Promise<RowsByWriteCount>;
}

const PLAIN_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Counts every committed insert and update of each row of `table` (keyed by `keyColumn`),
 * with a trigger and a table of the test's own in the test's database. An upsert that
 * writes the same values again leaves the row as it was, but not its count here: an event
 * applied twice shows as a row written twice. A write that rolls back takes its count with it.
 */
export function countRowWrites(url: string, table: string, keyColumn: string): Promise<RowWriteCounter> {
  return installRowCounter(url, table, keyColumn, 'AFTER INSERT OR UPDATE', table);
}

/**
 * Counts every committed insert attempted on each row of `table`, including those that
 * `ON CONFLICT DO NOTHING` then skips (row triggers `BEFORE INSERT` fire before the conflict
 * is found): a handler that inserts that way writes nothing when its event is applied again,
 * so only its attempts show a second application. Rolled-back attempts are not counted.
 */
export function countInsertAttempts(url: string, table: string, keyColumn: string): Promise<RowWriteCounter> {
  return installRowCounter(url, table, keyColumn, 'BEFORE INSERT', `${table} insert attempts`);
}

async function installRowCounter(url: string, table: string, keyColumn: string, when: string, counter: string): Promise<RowWriteCounter> {
  if (!PLAIN_NAME.test(table) || !PLAIN_NAME.test(keyColumn)) throw new Error(`"${table}"."${keyColumn}" is not a plain table and column name`);
  const trigger = `test_count_${when.startsWith('BEFORE') ? 'attempts' : 'writes'}`;
  // The function returns NEW so that, as a BEFORE trigger, it lets the row through; an AFTER trigger's result is ignored.
  await queryDatabase(
    url,
    `CREATE TABLE IF NOT EXISTS test_row_write (table_name text, row_key text, writes int NOT NULL, PRIMARY KEY (table_name, row_key));
     CREATE OR REPLACE FUNCTION test_count_row_write() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       INSERT INTO test_row_write VALUES (TG_ARGV[1], to_jsonb(NEW) ->> TG_ARGV[0], 1)
       ON CONFLICT (table_name, row_key) DO UPDATE SET writes = test_row_write.writes + 1;
       RETURN NEW;
     END $$;
     CREATE TRIGGER ${trigger} ${when} ON ${table} FOR EACH ROW EXECUTE FUNCTION test_count_row_write('${keyColumn}', '${counter}');`,
  );
  return {
    rowsByWriteCount: async (keys) => {
      const rows = await queryDatabase<{ writes: number; rows: number }>(
        url,
        `SELECT coalesce(w.writes, 0) AS writes, count(*)::int AS rows
           FROM unnest($2::text[]) AS k(row_key) LEFT JOIN test_row_write w ON w.table_name = $1 AND w.row_key = k.row_key
          GROUP BY 1 ORDER BY 1`,
        [counter, keys],
      );
      return Object.fromEntries(rows.map((row) => [row.writes, row.rows]));
    },
  };
}

/** One query on a database of the test's, outside any service. */
export async function queryDatabase<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
