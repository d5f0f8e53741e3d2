import { randomBytes } from 'node:crypto';
import { waitFor } from '@ssp/testing';
import { Client } from 'pg';

const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** A database of the benchmark's own for `work`, dropped afterwards. */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const database = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  try {
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
    await admin.end();
  }
}

/**
 * PostgreSQL's own count of the deadlocks it detected in the database (pg_stat_database), read
 * once every other session has ended: a session sends its statistics in as it ends, before it
 * leaves pg_stat_activity.
 */
export async function deadlocksIn(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await waitFor(
      'the other sessions of the database to end',
      async () => (await client.query<{ sessions: number }>('SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')).rows[0].sessions,
      (sessions) => sessions === 0,
      { timeoutMs: 60_000 },
    );
    const { rows } = await client.query<{ deadlocks: string }>('SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()');
    return Number(rows[0].deadlocks);
  } finally {
    await client.end();
  }
}
