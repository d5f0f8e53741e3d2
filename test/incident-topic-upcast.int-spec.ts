import { createEnvelope, ServiceName, Topics, type EventEnvelope, type IncidentRecordedV1, type IncidentRecordedV2 } from '@ssp/contracts';
import { IdentityCipher, loadConfig, openJournalNumber } from '@ssp/platform';
import {
  incidentOnTopic,
  KafkaProbe,
  newTopicNamespace,
  serviceTestEnvironment,
  startTestService,
  TEST_IDENTITY_SECRETS,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';
import { upcastIncidentsCommand } from '../apps/police-list-ingestion/src/upcast/upcast-incidents.command';
import { APP as REPORTING } from '../apps/reporting/src/app.definition';
import { readModelHash } from '../apps/reporting/src/read-model/read-model-hash';
import { incidentFacts, publish, type TopicEvent } from './fixtures/reporting-events.fixture';

/*
 * Issue 18, finding 3: the journal number left the pseudonymous incident topic. v2 carries a
 * keyed digest and the number sealed for identity holders; ingestion's upcast-incidents
 * command copies the retired v1's history to v2. The same incidents replayed from the old
 * topic version (through the command) and from the new one give reporting the same read
 * model, row for row; a second run of the command changes nothing, and its copies, which
 * keep the v1 events' ids, are known to the consumer's inbox.
 *
 * Negative controls (docs/testing.md): let copyHistory send `messages.slice(1)` of each
 * batch, and the count and the read models differ; let upcastIncidentEvent give each copy a
 * new id (randomUUID()), and the inbox holds 300 events after the second run.
 */
const AREAS = ['randers-c', 'langaa', 'faarup', 'unknown'];
const CATEGORIES = ['theft', 'violence', 'drugs', 'vandalism'];
const ROLES = ['suspect', 'charged', 'victim', 'witness'] as const;

/** 150 parts in incidents: some people in more than one, some incidents (journals) with more than one person. */
function history(): { id: string; occurredAt: Date; facts: IncidentRecordedV1 }[] {
  return Array.from({ length: 150 }, (_, index) => ({
    id: `40000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    occurredAt: new Date(Date.UTC(2026, index % 10, 1 + (index % 27), 9)),
    facts: incidentFacts(index % 97, `2026-${String(1 + (index % 10)).padStart(2, '0')}-${String(1 + (index % 27)).padStart(2, '0')}`, {
      incidentId: `50000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      journalNumber: `4100-${String(Math.floor(index / 3)).padStart(5, '0')}-26`,
      role: ROLES[index % ROLES.length],
      areaId: AREAS[index % AREAS.length],
      offenceCategory: CATEGORIES[index % CATEGORIES.length],
      ageAtIncident: 10 + (index % 12),
    }),
  }));
}

const origin = (item: { id: string; occurredAt: Date }) => ({ producer: ServiceName.policeListIngestion, id: item.id, occurredAt: item.occurredAt });

/** As the ingestion of before published them, on ssp.incident.recorded.v1. */
const asRetiredV1 = (items: ReturnType<typeof history>): TopicEvent[] =>
  items.map((item) => ({ topic: Topics.incidentRecordedV1, key: item.facts.personPseudonym, event: createEnvelope(Topics.incidentRecordedV1, item.facts, origin(item)) }));

/** As ingestion publishes them now, on ssp.incident.recorded.v2. */
const asV2 = (items: ReturnType<typeof history>): TopicEvent[] =>
  items.map((item) => ({ topic: Topics.incidentRecorded, key: item.facts.personPseudonym, event: createEnvelope(Topics.incidentRecorded, incidentOnTopic(item.facts), origin(item)) }));

describe('the incident topic from v1 to v2', () => {
  const probe = new KafkaProbe();
  const items = history();
  const fromV2 = { namespace: newTopicNamespace() } as { namespace: string; environment: ServiceTestEnvironment; reporting: RunningService };
  const fromV1 = { namespace: newTopicNamespace() } as { namespace: string; environment: ServiceTestEnvironment; reporting: RunningService };
  let ingestionEnvironment: ServiceTestEnvironment;
  const printed: string[] = [];

  const upcast = () => upcastIncidentsCommand(loadConfig(INGESTION.configClass, { ...ingestionEnvironment.env, KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092' }), (line) => printed.push(line));
  const caughtUp = (side: typeof fromV2) => probe.waitForGroupToCatchUp(`${side.namespace}${ServiceName.reporting}`, `${side.namespace}${Topics.incidentRecorded.name}`);
  const incidentsOn = async (namespace: string, topic: string) =>
    (await probe.readAll(`${namespace}${topic}`)).map((message) => JSON.parse(message.value ?? 'null') as EventEnvelope<IncidentRecordedV2>);

  beforeAll(async () => {
    for (const side of [fromV2, fromV1]) {
      side.environment = await serviceTestEnvironment('reporting', side.namespace);
      side.reporting = await startTestService(REPORTING, side.environment.env);
    }
    ingestionEnvironment = await serviceTestEnvironment('police-list-ingestion', fromV1.namespace);
    await publish(probe, fromV2.namespace, asV2(items));
    await probe.createTopic(`${fromV1.namespace}${Topics.incidentRecordedV1.name}`, Topics.incidentRecordedV1.partitions);
    await publish(probe, fromV1.namespace, asRetiredV1(items));
  });

  afterAll(async () => {
    for (const side of [fromV2, fromV1]) {
      await side.reporting?.close();
      await side.environment?.database.drop();
    }
    await ingestionEnvironment?.database.drop();
  });

  it('copies the old version to the new one: same ids and keys, the journal number only as a digest and sealed', async () => {
    expect(await upcast()).toBe(0);
    expect(printed.at(-1)).toBe(`copied 150 incident(s) from ${fromV1.namespace}${Topics.incidentRecordedV1.name} to ${fromV1.namespace}${Topics.incidentRecorded.name}; skipped 0`);
    const copies = await incidentsOn(fromV1.namespace, Topics.incidentRecorded.name);
    expect(copies.map((event) => event.id).sort()).toEqual(items.map((item) => item.id).sort());
    expect(JSON.stringify(copies)).not.toMatch(/4100-\d{5}-26/);
    const cipher = IdentityCipher.fromConfig(TEST_IDENTITY_SECRETS.IDENTITY_KEYS, TEST_IDENTITY_SECRETS.IDENTITY_ACTIVE_KEY_ID);
    const byId = new Map(items.map((item) => [item.facts.incidentId, item.facts.journalNumber]));
    expect(copies.map((event) => [event.version, openJournalNumber(event.payload, cipher)])).toEqual(copies.map((event) => [2, byId.get(event.payload.incidentId)]));
    expect(new Set(copies.map((event) => event.payload.journalDigest)).size).toBe(50);
  });

  it('gives reporting the same read model from the old version as from the new one, row for row', async () => {
    await caughtUp(fromV2);
    await caughtUp(fromV1);
    const [viaV2, viaV1] = [await readModelHash(fromV2.reporting.dataSource), await readModelHash(fromV1.reporting.dataSource)];
    expect(viaV2.tables.find((table) => table.table === 'incident')?.rows).toBe(150);
    expect(viaV1).toEqual(viaV2);
  });

  it('changes nothing when run again: the copies keep their ids, and the consumer has handled them', async () => {
    const before = await readModelHash(fromV1.reporting.dataSource);
    expect(await upcast()).toBe(0);
    expect((await incidentsOn(fromV1.namespace, Topics.incidentRecorded.name)).length).toBe(300);
    await caughtUp(fromV1);
    expect(await readModelHash(fromV1.reporting.dataSource)).toEqual(before);
    const [{ handled }] = (await fromV1.reporting.dataSource.query('SELECT count(*)::int AS handled FROM inbox_event WHERE topic = $1', [Topics.incidentRecorded.name])) as { handled: number }[];
    expect(handled).toBe(150);
  });
});
