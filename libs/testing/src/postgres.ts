import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

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

export async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
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
  await withAdmin(async (client) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabaseOf(service)}"`);
        return;
      } catch (error) {
        // Two files copying the same template at the same moment: PostgreSQL asks us to retry.
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  });
  return { name, url: databaseUrl(name), drop: () => withAdmin((client) => dropDatabase(client, name)) };
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
