/*
 * In the cluster the schema owner migrates (the `migrate` command, run by a Job before the
 * rollout) and the services run as a role that may read and write the data but not change the
 * schema (MIGRATIONS=verify; k8s/README.md). Here both roles are real PostgreSQL roles on a
 * database of their own, and the service is reporting.
 */
import { randomBytes } from 'node:crypto';
import { loadConfig, MigrateConfig, migrateService, Role } from '@ssp/platform';
import { createEmptyTestDatabase, newTopicNamespace, queryDatabase, startTestService, testIssuerEnv, testToken, waitFor, withAdmin, type RunningService, type TestDatabase } from '@ssp/testing';
import { APP as REPORTING } from '../apps/reporting/src/app.definition';

/** PostgreSQL's insufficient_privilege. */
const INSUFFICIENT_PRIVILEGE = '42501';

describe('the migration job and the role a service runs as', () => {
  const suffix = randomBytes(4).toString('hex');
  const owner = `t_migrate_${suffix}_owner`;
  const runtime = `t_migrate_${suffix}_app`;
  let database: TestDatabase;
  let service: RunningService | undefined;

  /** The database's URL as `role` (the local server trusts every role). */
  const urlAs = (role: string) => {
    const url = new URL(database.url);
    url.username = role;
    return url.toString();
  };
  const serviceEnv = () => ({ ...testIssuerEnv(), KAFKA_TOPIC_NAMESPACE: newTopicNamespace(), DATABASE_URL: urlAs(runtime), MIGRATIONS: 'verify' });
  // What the migration Job is given: the owner's database URL and the runtime role, nothing else.
  const migrate = () => migrateService(REPORTING, loadConfig(MigrateConfig, { DATABASE_URL: urlAs(owner), DATABASE_RUNTIME_ROLE: runtime, LOG_FORMAT: 'text' }));

  beforeAll(async () => {
    database = await createEmptyTestDatabase('t_migrate');
    await withAdmin(async (client) => {
      await client.query(`CREATE ROLE ${owner} LOGIN`);
      await client.query(`CREATE ROLE ${runtime} LOGIN`);
      // As CloudNativePG's Database object does: the owner role owns the database (and so, on
      // PostgreSQL 15 and later, its public schema).
      await client.query(`ALTER DATABASE "${database.name}" OWNER TO ${owner}`);
    });
  });

  afterAll(async () => {
    await service?.close();
    await database.drop();
    await withAdmin(async (client) => {
      await client.query(`DROP ROLE IF EXISTS ${runtime}`);
      await client.query(`DROP ROLE IF EXISTS ${owner}`);
    });
  });

  it('starts the service only once the job has migrated, and the service then reads and writes as the runtime role', async () => {
    let started = false;
    const starting = startTestService(REPORTING, serviceEnv()).then((running) => {
      started = true;
      return running;
    });
    // The service is connected as the runtime role and waiting: nothing has made the schema.
    await waitFor(
      'the service to connect as the runtime role',
      () => queryDatabase<{ sessions: number }>(database.url, 'SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE usename = $1 AND datname = $2', [runtime, database.name]),
      ([{ sessions }]) => sessions > 0,
    );
    expect(await queryDatabase(database.url, "SELECT to_regclass('schema_migration') AS migrations")).toEqual([{ migrations: null }]);
    expect(started).toBe(false);

    await migrate();
    service = await starting;

    expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
    expect((await fetch(`${service.url}/health/ready`)).status).toBe(200);
    // A refused request is written to the audit log: the runtime role inserts rows, and reads them.
    expect((await fetch(`${service.url}/audit-log`)).status).toBe(401);
    const operator = { authorization: `Bearer ${await testToken({ roles: [Role.operator] })}` };
    const response = await fetch(`${service.url}/audit-log`, { headers: operator });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { entries: unknown[] }).entries).toEqual([expect.objectContaining({ decision: 'deny', reason: 'no-bearer-token' })]);
  });

  it('lets the runtime role change no table, and the owner migrate again with nothing to do', async () => {
    const asRuntime = (sql: string) => queryDatabase(urlAs(runtime), sql).then(() => 'done', (error: { code?: string }) => error.code);
    expect(await asRuntime('CREATE TABLE intruder (id int)')).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await asRuntime('ALTER TABLE schema_migration ADD COLUMN intruder int')).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await asRuntime('DROP TABLE schema_migration')).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await asRuntime('TRUNCATE outbox_event')).toBe(INSUFFICIENT_PRIVILEGE);
    await expect(migrate()).resolves.toBeUndefined();
  });

  // Which migration is pending goes to the service's log; the probe's answer says only "down".
  it('is not ready while a migration is pending, but stays live', async () => {
    const [last] = await queryDatabase<{ name: string }>(urlAs(owner), 'DELETE FROM schema_migration WHERE id = (SELECT max(id) FROM schema_migration) RETURNING name');
    try {
      expect((await fetch(`${service!.url}/health/ready`)).status).toBe(503);
      expect((await fetch(`${service!.url}/health/live`)).status).toBe(200);
    } finally {
      await queryDatabase(urlAs(owner), 'INSERT INTO schema_migration (timestamp, name) VALUES ($1, $2)', [Number(/\d{13}/.exec(last.name)![0]), last.name]);
    }
    expect((await fetch(`${service!.url}/health/ready`)).status).toBe(200);
  });
});
