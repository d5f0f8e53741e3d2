/*
 * What one Monday-group read costs, measured in a way a shared machine does not distort: the
 * CPU time of case coordination's process and of its database's PostgreSQL backends (from
 * /proc) over N requests asked one after the other, divided by N, and the SQL statements the
 * service sent per request (counted in the service by bench/count-statements.cjs, by their
 * first words). Against the compiled service (`npx tsc -p tsconfig.build.json` first), with
 * the persons of the Monday-group bench.
 *
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/monday-group-cost.ts
 *
 * BENCH_PERSONS (default 30,000); BENCH_COST_DATABASE: a database to keep between runs (loaded
 * when it holds no persons; the search index the service builds is kept too), else one of its
 * own, dropped afterwards; BENCH_COST_REQUESTS (300); BENCH_COST_PROFILE=1 writes a CPU profile
 * of the service (node --cpu-prof) under bench/results/ for the measured requests and the rest;
 * BENCH_COST_NODE_OPTIONS replaces the service's NODE_OPTIONS (the production heap), to try a setting.
 */
import { DevIssuer, Role } from '@ssp/platform';
import { freePort, TEST_IDENTITY_SECRETS, TEST_SEARCH_INDEX_KEY, waitFor } from '@ssp/testing';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { withDatabase } from './bench-database';
import { agendaPaths, CONSULTANT, loadPersons, mondayGroupServiceEnv, searchPaths } from './monday-group.bench';

const REQUESTS = Number(process.env.BENCH_COST_REQUESTS ?? 300);
const ROOT = path.resolve(__dirname, '..');
const CLOCK_TICKS_PER_MS = 100 / 1000;

/** User plus system CPU time of a process, in ms (0 for one that is gone). */
function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_MS;
  } catch {
    return 0;
  }
}

/** CPU time so far of each PostgreSQL backend of the database but the caller's own, by process id. */
async function backendCpu(admin: Client): Promise<Map<number, number>> {
  const { rows } = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
  return new Map(rows.map((row) => [row.pid, cpuMsOf(row.pid)]));
}

async function withCostDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const kept = process.env.BENCH_COST_DATABASE;
  if (kept === undefined) return withDatabase(work);
  const server = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new Client({ connectionString: server });
  await admin.connect();
  if ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [kept])).rowCount === 0) await admin.query(`CREATE DATABASE ${kept}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${kept}`;
  return work(url.toString());
}

async function personCount(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>("SELECT CASE WHEN to_regclass('person') IS NULL THEN 0 ELSE (SELECT count(*) FROM person) END AS n")).rows[0].n);
  } catch {
    return 0;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const issuer = await DevIssuer.open(path.join(mkdtempSync(path.join(tmpdir(), 'ssp-bench-')), 'issuer'));
  await withCostDatabase(async (url) => {
    // A kept database keeps the keys its identities were encrypted with (the test keys are fresh in each process).
    const keysFile = path.join(tmpdir(), `${process.env.BENCH_COST_DATABASE ?? 'none'}.keys.json`);
    if ((await personCount(url)) === 0) {
      await loadPersons(url);
      writeFileSync(keysFile, JSON.stringify({ IDENTITY_KEYS: TEST_IDENTITY_SECRETS.IDENTITY_KEYS, IDENTITY_ACTIVE_KEY_ID: TEST_IDENTITY_SECRETS.IDENTITY_ACTIVE_KEY_ID, SEARCH_INDEX_KEY: TEST_SEARCH_INDEX_KEY }), { mode: 0o600 });
    }
    const keys = JSON.parse(readFileSync(keysFile, 'utf8')) as Record<string, string>;
    console.log(`persons: ${(await personCount(url)).toLocaleString('en')}`);
    const port = await freePort();
    const results = path.join(ROOT, 'bench/results');
    mkdirSync(results, { recursive: true });
    const countsFile = path.join(mkdtempSync(path.join(tmpdir(), 'ssp-cost-')), 'statements.json');
    const profile = process.env.BENCH_COST_PROFILE === '1' ? ['--cpu-prof', `--cpu-prof-dir=${results}`] : [];
    const args = [...profile, '--enable-source-maps', '-r', './scripts/register-dist-paths.cjs', '-r', './bench/count-statements.cjs', 'dist/apps/case-coordination/src/main.js'];
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...mondayGroupServiceEnv(issuer, url, port), ...keys, ...(process.env.BENCH_COST_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_COST_NODE_OPTIONS } : {}), STATEMENT_COUNTS_FILE: countsFile }, stdio: 'inherit' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const admin = new Client({ connectionString: url });
    await admin.connect();
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitFor(
        'case coordination to answer',
        () => (child.exitCode !== null ? Promise.reject(new Error(`case coordination exited (${child.exitCode})`)) : fetch(`${base}/health/ready`).then((response) => response.status, () => 0)),
        (status) => status === 200,
        { timeoutMs: 5 * 60_000, intervalMs: 500 },
      );
      const token = await issuer.token({ roles: [Role.sspConsultant], subject: CONSULTANT });
      const get = async (pagePath: string) => {
        const response = await fetch(`${base}${pagePath}`, { headers: { authorization: `Bearer ${token}` } });
        await response.arrayBuffer();
        return response.status;
      };
      await waitFor('the search index to be complete', () => get(searchPaths()[0]), (status) => status === 200, { timeoutMs: 30 * 60_000, intervalMs: 2_000 });
      const statements = async (): Promise<Record<string, number>> => {
        rmSync(countsFile, { force: true });
        child.kill('SIGUSR2');
        const read = () => {
          try {
            return JSON.parse(readFileSync(countsFile, 'utf8')) as Record<string, number>;
          } catch {
            return undefined;
          }
        };
        return (await waitFor('the statement counts', read, (counts) => counts !== undefined, { timeoutMs: 10_000, intervalMs: 50 }))!;
      };
      for (const [what, paths] of [
        ['agenda pages of 50', await agendaPaths(base, token)],
        ['person searches', searchPaths()],
      ] as const) {
        for (let i = 0; i < 100; i++) await get(paths[i % paths.length]);
        const before = { service: cpuMsOf(child.pid!), database: await backendCpu(admin), statements: await statements(), at: performance.now() };
        for (let i = 0; i < REQUESTS; i++) {
          const status = await get(paths[i % paths.length]);
          if (status !== 200) throw new Error(`${paths[i % paths.length]} answered ${status}`);
        }
        const wall = performance.now() - before.at;
        const after = { service: cpuMsOf(child.pid!), database: await backendCpu(admin), statements: await statements() };
        const databaseMs = [...after.database].reduce((sum, [pid, ms]) => sum + ms - (before.database.get(pid) ?? 0), 0);
        const perRequest = Object.entries(after.statements)
          .map(([shape, n]) => [shape, (n - (before.statements[shape] ?? 0)) / REQUESTS] as const)
          .filter(([, n]) => n > 0)
          .sort((a, b) => b[1] - a[1]);
        const total = perRequest.reduce((sum, [, n]) => sum + n, 0);
        console.log(
          `${what}, ${REQUESTS} one after the other: wall ${(wall / REQUESTS).toFixed(1)} ms, service CPU ${((after.service - before.service) / REQUESTS).toFixed(1)} ms, PostgreSQL CPU ${(databaseMs / REQUESTS).toFixed(1)} ms, statements ${total.toFixed(1)} per request`,
        );
        for (const [shape, n] of perRequest) console.log(`  ${n.toFixed(2)}  ${shape}`);
      }
    } finally {
      await admin.end();
      child.kill('SIGTERM');
      await exited;
    }
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
