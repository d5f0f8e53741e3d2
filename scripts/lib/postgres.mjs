import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureDebianPackage } from './debian-packages.mjs';
import { ROOT } from './process.mjs';

/** The server the suite uses: DATABASE_URL if set, else the local one (trust auth). */
export function serverUrl() {
  return process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** The same server, another database. */
export function databaseUrl(database, base = serverUrl()) {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** pg_dump and pg_restore, which test/restore.int-spec.ts runs, from Debian's archive when missing. */
export function ensurePostgresClient() {
  for (const program of ['pg_dump', 'pg_restore']) ensureDebianPackage(`/usr/bin/${program}`, 'postgresql-client', 'for the restore test');
}

function pg() {
  return createRequire(path.join(ROOT, 'package.json'))('pg');
}

export async function withAdminClient(work) {
  const client = new (pg().Client)({ connectionString: serverUrl() });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${new URL(serverUrl()).host}: ${error.message}. Set DATABASE_URL or start PostgreSQL.`);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates each database that does not exist yet. */
export async function ensureDatabases(names) {
  await withAdminClient(async (client) => {
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname = ANY($1)', [names]);
    const existing = new Set(rows.map((row) => row.datname));
    for (const name of names.filter((n) => !existing.has(n))) {
      await client.query(`CREATE DATABASE "${name}"`);
    }
  });
}
