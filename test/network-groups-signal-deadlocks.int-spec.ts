import { createEnvelope, ServiceName, Topics, type EventEnvelope, type IncidentRecordedV1, type IncidentRecordedV2 } from '@ssp/contracts';
import { type ConsumedEvent } from '@ssp/platform';
import { addDays } from '@ssp/platform/time';
import { incidentOnTopic, newTopicNamespace, seededRandom, serviceTestEnvironment, startTestService, TEST_TODAY, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { createHash, randomUUID } from 'node:crypto';
import { weekStartOf } from '../apps/network-groups/src/area-signals/iso-week';
import { IncidentRecordedHandler } from '../apps/network-groups/src/area-signals/incident-recorded.handler';
import { APP as NETWORK_GROUPS } from '../apps/network-groups/src/app.definition';

/*
 * Network groups' incident consumer under concurrent partitions (issue 18, finding 7): the
 * topic is keyed by person, so batches of different partitions, each in its own transaction
 * (CONSUMER_PARTITIONS_CONCURRENTLY), count incidents into the same area, category and week
 * counters, and when two young people share a journal, into the same incident rows. Here
 * rounds of concurrent batches, each over the same few weeks in another order and half of
 * their journals shared with the other batches of the round, go through the handler's batch
 * path the way the BatchConsumer calls it: no transaction may fail (a deadlock is
 * PostgreSQL's error 40P01; the consumer would fall back to one message at a time), and the
 * counts, alerts and agenda items must be exactly those of handling the events one by one.
 *
 * Negative control (docs/testing.md): remove the `lockSignalBuckets` call from
 * `AreaSignalsService.recordIncidents`; batches then fail with 40P01.
 */

const ROUNDS = 8;
const BATCHES_AT_ONCE = 6;
/** Journals of each batch: its own, and as many shared with the round's other batches. */
const OWN = 24;
const SHARED = 24;

/** Last week (its alerts go on the network groups' agendas) and one long before (theirs do not, and it is outside last week's trailing weeks). */
const RECENT_WEEK = addDays(weekStartOf(TEST_TODAY), -7);
const OLD_WEEK = addDays(RECENT_WEEK, -7 * 20);
/** Few buckets, so that every batch touches all of them; `unknown` is counted but never alerts. */
const BUCKETS = ['randers-nv', 'randers-c', 'unknown'].flatMap((area) =>
  ['violence', 'theft'].flatMap((category) => [RECENT_WEEK, OLD_WEEK].map((week) => ({ area, category, week }))),
);

function incident(journal: string): EventEnvelope<IncidentRecordedV2> {
  const digest = createHash('sha256').update(journal).digest();
  const bucket = BUCKETS[digest[0] % BUCKETS.length];
  const payload: IncidentRecordedV1 = {
    incidentId: randomUUID(),
    listId: randomUUID(),
    // Another young person in each batch: the shared journals are two people's parts in one incident.
    personPseudonym: createHash('sha256').update(`${journal}|${randomUUID()}`).digest('hex'),
    pseudonymStrength: 'strong',
    journalNumber: journal,
    role: 'suspect',
    incidentDate: addDays(bucket.week, digest[1] % 7),
    offenceCategory: bucket.category,
    ageAtIncident: 14,
    areaId: bucket.area,
  };
  return createEnvelope(Topics.incidentRecorded, incidentOnTopic(payload), { producer: ServiceName.policeListIngestion });
}

/** Fisher–Yates with a seeded generator: each batch takes the buckets in its own order, the same on every run. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other], result[index]];
  }
  return result;
}

describe('network groups: area signals under concurrent partitions', () => {
  const namespace = newTopicNamespace();
  let environment: ServiceTestEnvironment;
  let service: RunningService;

  beforeAll(async () => {
    environment = await serviceTestEnvironment(ServiceName.networkGroups, namespace);
    service = await startTestService(NETWORK_GROUPS, environment.env);
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  it('handles concurrent batches over shared weeks without a deadlock, and counts exactly', async () => {
    const handler = service.app.get(IncidentRecordedHandler);
    const random = seededRandom(18_07);
    const journalsPerBucket = new Map<string, Set<string>>();
    const failures: string[] = [];

    for (let round = 0; round < ROUNDS; round++) {
      const shared = Array.from({ length: SHARED }, (_, index) => `R${round}-S${index}`);
      const batches = Array.from({ length: BATCHES_AT_ONCE }, (_, partition) => {
        const own = Array.from({ length: OWN }, (_, index) => `R${round}-P${partition}-${index}`);
        return shuffled([...shared, ...own], random).map((journal, offset): ConsumedEvent<IncidentRecordedV2> => ({
          event: incident(journal),
          message: { topic: Topics.incidentRecorded.name, partition, offset: String(round * 1000 + offset), key: null },
        }));
      });
      for (const { event } of batches.flat()) {
        const key = `${event.payload.areaId}|${event.payload.offenceCategory}|${weekStartOf(event.payload.incidentDate)}`;
        journalsPerBucket.set(key, (journalsPerBucket.get(key) ?? new Set()).add(event.payload.journalDigest));
      }
      await Promise.all(
        batches.map((batch) =>
          service.dataSource.transaction((tx) => handler.handleBatch(batch, tx)).catch((error: { code?: string; message?: string }) => {
            failures.push(`round ${round}: ${error.code ?? ''} ${error.message ?? String(error)}`);
          }),
        ),
      );
    }

    expect(failures).toEqual([]);
    const counts = (await service.dataSource.query(
      `SELECT area_id || '|' || offence_category || '|' || to_char(week_start, 'YYYY-MM-DD') AS key, incidents FROM area_signal_week ORDER BY key`,
    )) as { key: string; incidents: number }[];
    const expected = [...journalsPerBucket].map(([key, journals]) => ({ key, incidents: journals.size })).sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(counts).toEqual(expected);
    // Every bucket of a local area crossed (nothing before it), once; last week's alerts are on the groups' agendas.
    const alerts = (await service.dataSource.query('SELECT area_id, week_start FROM area_alert')) as unknown[];
    expect(alerts).toHaveLength(BUCKETS.filter((bucket) => bucket.area !== 'unknown').length);
    const agendaItems = (await service.dataSource.query("SELECT count(*)::int AS n FROM agenda_item WHERE source = 'area-alert'")) as { n: number }[];
    expect(agendaItems[0].n).toBe(BUCKETS.filter((bucket) => bucket.area !== 'unknown' && bucket.week === RECENT_WEEK).length);
  });
});
