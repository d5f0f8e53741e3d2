import { ServiceName, Topics, type CaseOpenedV1 } from '@ssp/contracts';
import { RELAY_LEADER_LOCK_KEY } from '@ssp/platform';
import {
  baseTestEnv,
  ChildNodeProcess,
  countRowWrites,
  dumpDatabase,
  KafkaProbe,
  loseDatabase,
  newTopicNamespace,
  queryDatabase,
  restoreDatabase,
  serverUrl,
  serviceTestEnvironment,
  startTestService,
  waitFor,
  type RowWriteCounter,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { APP as REPORTING } from '../apps/reporting/src/app.definition';
import { incident, publish, type TopicEvent } from './fixtures/reporting-events.fixture';

/*
 * Case coordination's database dumped with pg_dump, dropped and restored with pg_restore:
 * the service goes on from where the dump left it. It consumes incidents (batches A, B, C
 * below, one new person each, so each application of an event writes its person's row once:
 * `countRowWrites`) and produces a `case opened` event per new person through its outbox.
 *
 * The write counter is installed before the first dump, so its table and trigger are in
 * every dump and come back with the restore: the counts the restored database shows are
 * the history of what it holds, and an event of batch A applied again after the restore
 * shows as a person written twice. Installed after the restore, the counter would start
 * from nothing and could not tell a second application of A from the first.
 */
const probe = new KafkaProbe();
const PER_BATCH = 10;
/**
 * How far before the backup's time the group is moved back. It must cover the consumer's
 * lag at that time (an event produced before the dump may have been applied after it) and
 * clock differences between the producers and the database; going further back costs only
 * a replay the inbox skips. Here every event of batch A is within it, so the inbox's work
 * is part of what the test sees.
 */
const REWIND_MARGIN_MS = 5 * 60_000;

const batch = (name: string): TopicEvent[] => Array.from({ length: PER_BATCH }, (_, index) => incident(`restore-${randomUUID()}-${name}${index}`, '2026-11-10'));
const pseudonymsOf = (events: readonly TopicEvent[]) => events.map((item) => item.key);

/** How many persons have how many of something: `{ 1: 20 }` is 20 persons with one each. */
function tally(persons: readonly string[], countOf: (person: string) => number): Record<number, number> {
  const result: Record<number, number> = {};
  for (const person of persons) result[countOf(person)] = (result[countOf(person)] ?? 0) + 1;
  return result;
}

describe('restoring a service database', () => {
  let namespace: string;
  let group: string;
  let incidentTopic: string;
  let env: ServiceTestEnvironment;
  let reportingEnv: ServiceTestEnvironment | undefined;
  let cases: RunningService | undefined;
  let reporting: RunningService | undefined;
  let folder: string;
  let dumpFile: string;
  let personWrites: RowWriteCounter;

  const start = async () => void (cases = await startTestService(CASE_COORDINATION, env.env));
  const stop = async () => {
    await cases?.close();
    cases = undefined;
  };
  const outboxRows = async () => (await queryDatabase(env.database.url, 'SELECT event_id FROM outbox_event')).length;
  const outboxEmptied = () => waitFor('the outbox to empty', outboxRows, (rows) => rows === 0);
  const applied = (events: readonly TopicEvent[], tally: Record<number, number>) =>
    waitFor(`case coordination to apply ${events.length} incidents`, () => personWrites.rowsByWriteCount(pseudonymsOf(events)), (seen) => isDeepStrictEqual(seen, tally));
  const caughtUp = () => probe.waitForGroupToCatchUp(group, incidentTopic);
  const dumpAndLose = async () => {
    await dumpDatabase(env.database.name, dumpFile);
    await loseDatabase(env.database.name);
  };
  const restore = () => restoreDatabase(env.database.name, dumpFile);

  /** Every `case opened` event on the topic: pseudonym to the event ids of its copies. */
  const caseOpenedIds = async (): Promise<Map<string, string[]>> => {
    const byPerson = new Map<string, string[]>();
    for (const message of await probe.readAll(`${namespace}${Topics.caseOpened.name}`)) {
      const event = JSON.parse(message.value ?? '{}') as { id: string; payload: CaseOpenedV1 };
      byPerson.set(event.payload.personPseudonym, [...(byPerson.get(event.payload.personPseudonym) ?? []), event.id]);
    }
    return byPerson;
  };

  beforeEach(async () => {
    namespace = newTopicNamespace();
    group = `${namespace}${ServiceName.caseCoordination}`;
    incidentTopic = `${namespace}${Topics.incidentRecorded.name}`;
    env = await serviceTestEnvironment('case-coordination', namespace);
    personWrites = await countRowWrites(env.database.url, 'person', 'pseudonym');
    folder = await mkdtemp(path.join(tmpdir(), 'ssp-restore-'));
    dumpFile = path.join(folder, 'case-coordination.dump');
  });

  afterEach(async () => {
    await stop();
    await reporting?.close();
    reporting = undefined;
    await env.database.drop();
    await reportingEnv?.database.drop();
    reportingEnv = undefined;
    await rm(folder, { recursive: true, force: true });
  });

  // Negative control: make claimInInbox (libs/platform/src/consumer/apply-consumed.ts)
  // return every id it is given as new: this test fails before the dump already, on a batch
  // Kafka delivered again at start-up ({"1": 1, "2": 9}); the next one fails at the rewind.
  it('goes on where the dump left it: each event applied once, and the outbox it held relayed once', async () => {
    const relayed = batch('a');
    const unrelayed = batch('u');
    const afterRestore = batch('b');
    await start();
    await publish(probe, namespace, relayed);
    await applied(relayed, { 1: PER_BATCH });
    await outboxEmptied();

    // A relay that cannot publish (the broker away) leaves its rows in the outbox; holding the
    // relay's leader lock does the same, so the dump holds case openings nobody has seen yet.
    await stop();
    const relayBlocker = new Client({ connectionString: env.database.url });
    await relayBlocker.connect();
    try {
      await relayBlocker.query('SELECT pg_advisory_lock($1)', [RELAY_LEADER_LOCK_KEY]);
      await start();
      await publish(probe, namespace, unrelayed);
      await applied(unrelayed, { 1: PER_BATCH });
      await caughtUp();
      await stop();
    } finally {
      await relayBlocker.end();
    }
    expect(await outboxRows()).toBe(PER_BATCH);
    expect([...(await caseOpenedIds()).keys()].sort()).toEqual(pseudonymsOf(relayed).sort());

    await dumpAndLose();
    expect(await queryDatabase(serverUrl(), 'SELECT 1 FROM pg_database WHERE datname = $1', [env.database.name])).toEqual([]);
    await restore();
    expect(await outboxRows()).toBe(PER_BATCH);

    await start();
    await publish(probe, namespace, afterRestore);
    await applied(afterRestore, { 1: PER_BATCH });
    await caughtUp();
    await outboxEmptied();

    const all = [...relayed, ...unrelayed, ...afterRestore];
    expect(await personWrites.rowsByWriteCount(pseudonymsOf(all))).toEqual({ 1: 3 * PER_BATCH });
    const [{ incidents }] = await queryDatabase<{ incidents: number }>(env.database.url, 'SELECT count(*)::int AS incidents FROM person_incident');
    expect(incidents).toBe(3 * PER_BATCH);
    // Each person's case opened once on the topic: what was relayed before the dump is not
    // relayed again, and what the dump held unrelayed is relayed after the restore.
    const opened = await caseOpenedIds();
    expect(opened.size).toBe(3 * PER_BATCH);
    expect(tally(pseudonymsOf(all), (person) => opened.get(person)?.length ?? 0)).toEqual({ 1: 3 * PER_BATCH });
  });

  // Negative control: make claimInInbox (libs/platform/src/consumer/apply-consumed.ts)
  // return every id it is given as new, then
  // `npx jest --ci test/restore.int-spec.ts --selectProjects integration`: the rewound group
  // applies batch A again over the restored database, {"2": 10} for {"1": 10} (docs/testing.md).
  it('loses what came after an older backup unless the group is moved back to its time, and then applies it once', async () => {
    reportingEnv = await serviceTestEnvironment('reporting', namespace);
    reporting = await startTestService(REPORTING, reportingEnv.env);
    const casesOpenedDownstream = () =>
      queryDatabase<{ openings: number; persons: number }>(
        reportingEnv!.database.url,
        'SELECT openings, count(*)::int AS persons FROM (SELECT person_pseudonym, count(*)::int AS openings FROM case_opening GROUP BY 1) o GROUP BY 1 ORDER BY 1',
      );
    const beforeBackup = batch('a');
    const afterBackup = batch('c');
    const afterRestore = batch('b');
    const everyone = [...beforeBackup, ...afterBackup, ...afterRestore];

    await start();
    await publish(probe, namespace, beforeBackup);
    await applied(beforeBackup, { 1: PER_BATCH });
    await caughtUp();
    await stop();
    const backupTime = new Date();
    await dumpDatabase(env.database.name, dumpFile);
    await start();
    await publish(probe, namespace, afterBackup);
    await applied(afterBackup, { 1: PER_BATCH });
    await caughtUp();
    await outboxEmptied();
    await stop();
    await waitFor('reporting to hold every case opened so far', casesOpenedDownstream, (rows) => isDeepStrictEqual(rows, [{ openings: 1, persons: 2 * PER_BATCH }]));

    // The database is lost and restored from the older dump; the group's offsets are past C.
    await loseDatabase(env.database.name);
    await restore();
    await start();
    await publish(probe, namespace, afterRestore);
    await applied(afterRestore, { 1: PER_BATCH });
    await caughtUp();
    await outboxEmptied();
    await stop();
    expect(await personWrites.rowsByWriteCount(pseudonymsOf(afterBackup))).toEqual({ 0: PER_BATCH });

    // The procedure: restore, move the group back to the backup's time, start.
    await loseDatabase(env.database.name);
    await restore();
    const command = ChildNodeProcess.start('apps/case-coordination/src/main.ts', { ...baseTestEnv(), ...env.env }, [
      'reset-offsets',
      new Date(backupTime.getTime() - REWIND_MARGIN_MS).toISOString(),
    ]);
    expect(await command.exited).toBe(0);
    expect(command.printed).toMatch(new RegExp(`moved consumer group ${group.replace('.', '\\.')} back to .*: \\d+ partition\\(s\\), ${3 * PER_BATCH} message\\(s\\) to read again`));
    await start();
    await applied(everyone, { 1: 3 * PER_BATCH });
    await caughtUp();
    await outboxEmptied();

    // Nothing lost, nothing applied twice: batch A came again and the inbox skipped it.
    expect(await personWrites.rowsByWriteCount(pseudonymsOf(everyone))).toEqual({ 1: 3 * PER_BATCH });
    // B and C were handled twice in all (before the second loss and after the rewind), so
    // their case openings are on the topic twice. Their ids derive from the incidents, so
    // both copies are one event, which reporting's inbox recognises: each person's case is
    // opened once downstream. (With random ids: two events, two cases in reporting.)
    await probe.waitForGroupToCatchUp(`${namespace}${ServiceName.reporting}`, `${namespace}${Topics.caseOpened.name}`);
    expect(await casesOpenedDownstream()).toEqual([{ openings: 1, persons: 3 * PER_BATCH }]);
    const opened = await caseOpenedIds();
    const handledTwice = pseudonymsOf([...afterBackup, ...afterRestore]);
    expect(tally(pseudonymsOf(beforeBackup), (person) => opened.get(person)?.length ?? 0)).toEqual({ 1: PER_BATCH });
    expect(tally(handledTwice, (person) => opened.get(person)?.length ?? 0)).toEqual({ 2: 2 * PER_BATCH });
    expect(tally(handledTwice, (person) => new Set(opened.get(person)).size)).toEqual({ 1: 2 * PER_BATCH });
  });
});
