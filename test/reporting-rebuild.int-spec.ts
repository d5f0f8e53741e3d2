import { ServiceName, Topics, topicsConsumedBy } from '@ssp/contracts';
import { KAFKA_CLIENT, TopicNamespace } from '@ssp/platform';
import { KafkaProbe, newTopicNamespace, serviceTestEnvironment, startTestService, waitFor, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import type { Kafka } from 'kafkajs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { APP as REPORTING } from '../apps/reporting/src/app.definition';
import { readModelHash } from '../apps/reporting/src/read-model/read-model-hash';
import { READ_MODEL_TABLES } from '../apps/reporting/src/read-model/read-model-tables';
import { ReadModelRebuild, type RebuildReport } from '../apps/reporting/src/rebuild/read-model-rebuild';
import {
  areaAlert,
  caseClosed,
  caseOpened,
  decision,
  incident,
  initiativeLaunched,
  interventionAssigned,
  interventionCompleted,
  interventionOverdue,
  meetingHeld,
  meetingScheduled,
  personErased,
  policeList,
  publish,
  type TopicEvent,
} from './fixtures/reporting-events.fixture';

/*
 * The rebuild: replayed from offset 0 into fresh tables through the live consumer's own
 * projections and swapped in, it gives the same model as the live consumer (content hash);
 * events the live consumer takes between the replay and the swap are not lost; the live
 * consumer goes on after the swap; and the command line does the same.
 */
const AREAS = ['randers-c', 'langaa', 'faarup', 'unknown'];
const CATEGORIES = ['theft', 'violence', 'drugs', 'vandalism'];
const ROLES = ['suspect', 'charged', 'victim', 'witness', 'concern'] as const;

/** Some of everything, including an event sent twice and one incident id in two events. */
function everyKindOfEvent(people: number, from: number): TopicEvent[] {
  const events: TopicEvent[] = [policeList()];
  for (let index = from; index < from + people; index++) {
    const day = `2026-${String(1 + (index % 10)).padStart(2, '0')}-${String(1 + (index % 27)).padStart(2, '0')}`;
    const at = `${day}T10:00:00.000Z`;
    events.push(incident(index, day, { areaId: AREAS[index % AREAS.length], offenceCategory: CATEGORIES[index % CATEGORIES.length], role: ROLES[index % ROLES.length], ageAtIncident: 10 + (index % 12) }));
    if (index % 3 === 0) events.push(incident(index, '2025-12-24', { areaId: AREAS[index % AREAS.length] }));
    if (index % 2 === 0) {
      const caseId = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
      events.push(caseOpened(index, at, caseId), decision(index, `${day}T15:00:00.000Z`, index % 4 === 0 ? 'no-action' : 'referral'));
      if (index % 4 === 0) events.push(caseClosed(index, `${day}T16:00:00.000Z`, caseId));
      else events.push(interventionAssigned(index, `${day}T16:00:00.000Z`, `10000000-0000-4000-8000-${String(index).padStart(12, '0')}`));
      if (index % 6 === 2) events.push(interventionCompleted(index, '2026-11-01T10:00:00.000Z', `10000000-0000-4000-8000-${String(index).padStart(12, '0')}`));
      if (index % 6 === 4) events.push(interventionOverdue(index, '2026-11-02T10:00:00.000Z', `10000000-0000-4000-8000-${String(index).padStart(12, '0')}`));
    }
    if (index % 10 === 0) events.push(personErased(index, '2026-11-15T03:00:00.000Z'));
  }
  const meeting = '20000000-0000-4000-8000-000000000001';
  events.push(
    meetingScheduled('netvaerk-langaa', '2026-03-02T16:00:00.000Z', meeting, '2026-01-02T09:00:00.000Z'),
    meetingScheduled('netvaerk-langaa', '2026-03-09T16:00:00.000Z', meeting, '2026-02-20T09:00:00.000Z'),
    meetingHeld('netvaerk-langaa', '2026-03-09T18:00:00.000Z', meeting),
    initiativeLaunched('campaign', ['langaa', 'faarup'], '2026-04-01T08:00:00.000Z'),
    areaAlert('langaa', 'violence', '2026-03-02'),
  );
  const repeated = incident('twice', '2026-05-05');
  events.push(repeated, repeated, { ...incident('twice', '2026-05-06'), event: { ...repeated.event, id: '30000000-0000-4000-8000-000000000001' } });
  return events;
}

describe('rebuilding the read model', () => {
  const namespace = newTopicNamespace();
  const group = `${namespace}${ServiceName.reporting}`;
  const probe = new KafkaProbe();
  let environment: ServiceTestEnvironment;
  let reporting: RunningService;

  const rebuild = (onReplayed?: () => Promise<void>): Promise<RebuildReport> =>
    new ReadModelRebuild(reporting.dataSource, reporting.app.get<Kafka>(KAFKA_CLIENT), { namespace: new TopicNamespace(namespace), replicationFactor: 1, onReplayed }).run();
  const liveCaughtUp = async () => {
    for (const topic of topicsConsumedBy(ServiceName.reporting)) await probe.waitForGroupToCatchUp(group, `${namespace}${topic.name}`);
  };
  const count = async (table: string) => ((await reporting.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`)) as { count: number }[])[0].count;

  beforeAll(async () => {
    environment = await serviceTestEnvironment('reporting', namespace);
    reporting = await startTestService(REPORTING, environment.env);
    await publish(probe, namespace, everyKindOfEvent(120, 0));
    await liveCaughtUp();
  });

  afterAll(async () => {
    await reporting?.close();
    await environment?.database.drop();
  });

  it('covers every table of the read model with the rebuild and the hash, and nothing else', async () => {
    const rows = (await reporting.dataSource.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")) as { table_name: string }[];
    // The platform's tables (the dead letters waiting are the service's own, not rebuilt), and the copy of the areas and offence categories (compacted topics, not rebuilt).
    const platform = ['audit_log', 'dead_letter', 'inbox_event', 'membership', 'outbox_event', 'rate_limit_window', 'scheduled_run', 'schema_migration', 'read_model_version', 'reference_area', 'reference_offence_category'];
    expect(rows.map((row) => row.table_name).filter((table) => !platform.includes(table))).toEqual([...READ_MODEL_TABLES].sort());
  });

  it('holds every kind of event once, a repeated event or incident id included', async () => {
    const { tables } = await readModelHash(reporting.dataSource);
    expect(tables.filter((table) => table.rows === 0)).toEqual([]);
    const [{ twice }] = (await reporting.dataSource.query(
      "SELECT count(*)::int AS twice FROM incident WHERE person_pseudonym = (SELECT person_pseudonym FROM incident WHERE incident_date = '2026-05-05' LIMIT 1)",
    )) as { twice: number }[];
    expect(twice).toBe(1);
    expect(await count('incident')).toBe(120 + 40 + 1);
    const [{ counted }] = (await reporting.dataSource.query('SELECT sum(incidents)::int AS counted FROM incident_count')) as { counted: number }[];
    expect(counted).toBe(161);
    const [scheduled] = (await reporting.dataSource.query('SELECT starts_at FROM meeting_scheduled')) as { starts_at: Date }[];
    expect(scheduled.starts_at.toISOString()).toBe('2026-03-09T16:00:00.000Z');
  });

  it('gives the same model as the live consumer, with the same indexes, and repairs one that has drifted', async () => {
    const live = await readModelHash(reporting.dataSource);
    const indexes = () => reporting.dataSource.query("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1) ORDER BY 1", [[...READ_MODEL_TABLES]]);
    const liveIndexes = (await indexes()) as { indexdef: string }[];
    expect(liveIndexes.filter((index) => !index.indexdef.startsWith('CREATE UNIQUE')).length).toBeGreaterThan(5);
    const keys = () =>
      reporting.dataSource.query(
        "SELECT conrelid::regclass::text AS table, conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text = ANY($1) ORDER BY 1, 2",
        [[...READ_MODEL_TABLES]],
      );
    const liveKeys = (await keys()) as { table: string }[];
    expect(liveKeys.map((key) => key.table)).toEqual(expect.arrayContaining(['incident', 'incident_count', 'incident_count_by_dimension']));
    const version = async () => ((await reporting.dataSource.query('SELECT version::int AS version FROM read_model_version')) as { version: number }[])[0].version;
    const versionBefore = await version();
    const report = await rebuild();
    expect(report.events).toBeGreaterThan(300);
    expect(await readModelHash(reporting.dataSource)).toEqual(live);
    // The replay goes without the secondary indexes and the aggregates' keys, and builds them at its end.
    expect(await indexes()).toEqual(liveIndexes);
    expect(await keys()).toEqual(liveKeys);
    // The swap is a new version: statistics kept from before it are not given again.
    expect(await version()).toBe(versionBefore + 1);

    await reporting.dataSource.query("UPDATE incident_count SET incidents = incidents + 1 WHERE area_id = 'langaa'");
    await reporting.dataSource.query('DELETE FROM decision WHERE kind = $1', ['referral']);
    expect((await readModelHash(reporting.dataSource)).hash).not.toBe(live.hash);
    await rebuild();
    expect(await readModelHash(reporting.dataSource)).toEqual(live);
  });

  it('keeps what the live consumer takes between the replay and the swap, and the live consumer goes on after it', async () => {
    const gap = everyKindOfEvent(30, 1000);
    const report = await rebuild(async () => {
      await publish(probe, namespace, gap);
      await liveCaughtUp();
    });
    const atStart = report.endOffsetsAtStart.reduce((sum, end) => sum + Number(end.high), 0);
    const atSwap = report.endOffsetsAtSwap.reduce((sum, end) => sum + Number(end.high), 0);
    expect(atSwap - atStart).toBe(gap.length);
    expect(await count('incident')).toBe(161 + 30 + 10 + 1);

    const after = everyKindOfEvent(12, 2000);
    await publish(probe, namespace, after);
    await waitFor('the live consumer to store what came after the swap', () => count('incident'), (incidents) => incidents === 202 + 12 + 4 + 1);
    await liveCaughtUp();
    const live = await readModelHash(reporting.dataSource);
    await rebuild();
    expect(await readModelHash(reporting.dataSource)).toEqual(live);
  });

  it('is one command: npm run reporting:rebuild', async () => {
    const live = await readModelHash(reporting.dataSource);
    const printed = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const root = path.resolve(__dirname, '..');
      const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/reporting/src/rebuild/rebuild.cli.ts', '--hash'], {
        cwd: root,
        env: { ...process.env, ...environment.env, TS_NODE_PROJECT: path.join(root, 'tsconfig.json'), LOG_LEVEL: 'error' },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString('utf8')));
      child.once('exit', (code) => resolve({ code, output }));
    });
    expect(printed.output).toContain('rebuilt and swapped in');
    expect(printed.output).toContain(`read model hash: ${live.hash}`);
    expect(printed.code).toBe(0);
  });

  it('refuses to rebuild from topics that have lost events to retention, and leaves the live model as it was', async () => {
    const live = await readModelHash(reporting.dataSource);
    const admin = reporting.app.get<Kafka>(KAFKA_CLIENT).admin();
    await admin.connect();
    try {
      const topic = `${namespace}${Topics.meetingHeld.name}`;
      const [withEvents] = (await admin.fetchTopicOffsets(topic)).filter((partition) => partition.high !== '0');
      await admin.deleteTopicRecords({ topic, partitions: [{ partition: withEvents.partition, offset: withEvents.high }] });
    } finally {
      await admin.disconnect();
    }
    await expect(rebuild()).rejects.toThrow(/Refusing to rebuild: events were deleted from .*ssp\.meeting\.held\.v1\[\d\] \(first offset [1-9]/);
    expect(await readModelHash(reporting.dataSource)).toEqual(live);
    const schemas = (await reporting.dataSource.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'read_model%'")) as unknown[];
    expect(schemas).toEqual([]);
  });
});
