import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { databaseUrl, dropDatabase, withAdmin } from './postgres';

const execFileAsync = promisify(execFile);

/**
 * Runs one of PostgreSQL's client programs without blocking the test process, whose
 * services must go on answering while a dump or restore runs. A missing program, or one
 * older than the server, fails with what to do about it.
 */
async function runPgTool(program: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  try {
    await execFileAsync(program, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new Error(`${program} not found: install Debian's postgresql-client (npm test installs it when missing)`);
    }
    throw new Error(`${program} failed: ${failure.stderr?.trim() || failure.message} (the client must be as new as the server)`);
  }
}

/** `pg_dump -Fc` of the database: the format `pg_restore` reads, as an operator would take it. */
export async function dumpDatabase(database: string, file: string): Promise<void> {
  await runPgTool('pg_dump', ['--format=custom', `--file=${file}`, `--dbname=${databaseUrl(database)}`]);
}

/** Drops the database (closing its sessions), as when it is lost. */
export async function loseDatabase(database: string): Promise<void> {
  await withAdmin((client) => dropDatabase(client, database));
}

/** Creates the database empty and restores the dump into it, stopping at the first error. */
export async function restoreDatabase(database: string, file: string): Promise<void> {
  await withAdmin((client) => client.query(`CREATE DATABASE "${database}"`));
  await runPgTool('pg_restore', ['--exit-on-error', `--dbname=${databaseUrl(database)}`, file]);
}
