import { Topics } from '@ssp/contracts';
import {
  ChildNodeProcess,
  freePort,
  KafkaProbe,
  newTopicNamespace,
  policeListIngestedEvent,
  publishThroughOutbox,
  queryDatabase,
  serviceTestEnvironment,
  startTestService,
  waitFor,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';
import { APP as REPORTING } from '../apps/reporting/src/app.definition';

const probe = new KafkaProbe();

async function httpStatus(url: string): Promise<number> {
  return fetch(url).then((response) => response.status, () => 0);
}

async function countRows(service: RunningService, sql: string, params: unknown[]): Promise<number> {
  const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM ${sql}`, params);
  return count;
}

describe('crash recovery', () => {
  let ingestionEnv: ServiceTestEnvironment;
  let reportingEnv: ServiceTestEnvironment;
  let namespace: string;
  let reporting: RunningService | undefined;
  let ingestion: RunningService | undefined;
  let child: ChildNodeProcess | undefined;

  beforeEach(async () => {
    namespace = newTopicNamespace();
    [ingestionEnv, reportingEnv] = await Promise.all([
      serviceTestEnvironment('police-list-ingestion', namespace),
      serviceTestEnvironment('reporting', namespace),
    ]);
  });

  afterEach(async () => {
    await child?.kill();
    await reporting?.close();
    await ingestion?.close();
    child = reporting = ingestion = undefined;
    await Promise.all([ingestionEnv.database.drop(), reportingEnv.database.drop()]);
  });

  it.each(['before-publish', 'after-publish'])(
    'publishes each event once, as the consumer sees it, when the relay is SIGKILLed %s',
    async (crashPoint) => {
      reporting = await startTestService(REPORTING, reportingEnv.env);
      const listIds = [randomUUID(), randomUUID(), randomUUID()];
      child = ChildNodeProcess.start('test/fixtures/relay-crash.fixture.ts', {
        ...ingestionEnv.env,
        CRASH_POINT: crashPoint,
        LIST_IDS: listIds.join(','),
      });
      await child.waitForOutput(crashPoint);
      expect(await child.kill('SIGKILL')).toBeNull();

      const pending = await queryDatabase(ingestionEnv.database.url, 'SELECT event_id FROM outbox_event');
      expect(pending).toHaveLength(3);

      ingestion = await startTestService(INGESTION, ingestionEnv.env);
      await waitFor('the outbox to empty', () => queryDatabase(ingestionEnv.database.url, 'SELECT 1 FROM outbox_event'), (rows) => rows.length === 0);
      await waitFor(
        'reporting to store all three lists',
        () => countRows(reporting!, 'police_list_summary WHERE list_id = ANY($1::uuid[])', [listIds]),
        (count) => count === 3,
      );

      const onTopic = await probe.readAll(`${namespace}${Topics.policeListIngested.name}`);
      const copiesPerList = listIds.map((id) => onTopic.filter((message) => message.value?.includes(id)).length);
      expect(copiesPerList).toEqual(crashPoint === 'after-publish' ? [2, 2, 2] : [1, 1, 1]);
      expect(await countRows(reporting, 'inbox_event', [])).toBe(3);
      await probe.waitForGroupToCatchUp(`${namespace}reporting`, `${namespace}${Topics.policeListIngested.name}`);
      expect(await countRows(reporting, 'police_list_summary', [])).toBe(3);
    },
  );

  it('loses nothing when the consumer is SIGKILLed in the middle of a batch', async () => {
    const events = Array.from({ length: 200 }, () => policeListIngestedEvent());
    const listIds = events.map((event) => event.payload.listId);
    const port = await freePort();
    child = ChildNodeProcess.start('apps/reporting/src/main.ts', { ...reportingEnv.env, HTTP_PORT: String(port), LOG_LEVEL: 'warn' });
    await waitFor('the reporting process to be healthy', () => httpStatus(`http://127.0.0.1:${port}/health`), (status) => status === 200, {
      timeoutMs: 60_000,
    });

    // Hold the read model's table so the consumer's batch transaction stops half-way.
    const blocker = new Client({ connectionString: reportingEnv.database.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE police_list_summary IN EXCLUSIVE MODE');
    try {
      ingestion = await startTestService(INGESTION, ingestionEnv.env);
      await publishThroughOutbox(ingestion.dataSource, events);
      await waitFor(
        'the consumer to be blocked inside its batch',
        () =>
          queryDatabase(
            reportingEnv.database.url,
            `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          ),
        (rows) => rows.length > 0,
      );
      await child.kill('SIGKILL');
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }

    reporting = await startTestService(REPORTING, reportingEnv.env);
    await waitFor(
      'every list in reporting after the restart',
      () => countRows(reporting!, 'police_list_summary WHERE list_id = ANY($1::uuid[])', [listIds]),
      (count) => count === events.length,
    );
    expect(await countRows(reporting, 'inbox_event', [])).toBe(events.length);
  });
});
