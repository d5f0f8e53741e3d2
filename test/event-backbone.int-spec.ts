import { deadLetterTopicOf, Topics } from '@ssp/contracts';
import { OutboxService } from '@ssp/platform';
import {
  countRowWrites,
  KafkaProbe,
  newTopicNamespace,
  policeListIngestedEvent,
  publishThroughOutbox,
  serviceTestEnvironment,
  startTestService,
  waitFor,
  type RowWriteCounter,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { randomUUID } from 'node:crypto';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';
import { APP as REPORTING } from '../apps/reporting/src/app.definition';

/*
 * The event backbone end to end: the ingestion service's outbox, the real broker, and the
 * reporting service's batch consumer, inbox and dead-letter topic, each service on its own
 * database and all on a topic namespace of this file's own.
 */
describe('event backbone between two services', () => {
  const namespace = newTopicNamespace();
  const topic = `${namespace}${Topics.policeListIngested.name}`;
  const group = `${namespace}reporting`;
  const probe = new KafkaProbe();
  let environments: ServiceTestEnvironment[] = [];
  let ingestion: RunningService;
  let reporting: RunningService;
  let listWrites: RowWriteCounter;

  const storedLists = async (listIds: string[]) => {
    const rows: { list_id: string }[] = await reporting.dataSource.query(
      'SELECT list_id FROM police_list_summary WHERE list_id = ANY($1::uuid[])',
      [listIds],
    );
    return rows.map((row) => row.list_id).sort();
  };

  beforeAll(async () => {
    environments = await Promise.all([
      serviceTestEnvironment('police-list-ingestion', namespace),
      serviceTestEnvironment('reporting', namespace),
    ]);
    listWrites = await countRowWrites(environments[1].database.url, 'police_list_summary', 'list_id');
    ingestion = await startTestService(INGESTION, environments[0].env);
    reporting = await startTestService(REPORTING, environments[1].env);
  });

  afterAll(async () => {
    await reporting?.close();
    await ingestion?.close();
    await Promise.all(environments.map((environment) => environment.database.drop()));
  });

  it('delivers an event committed to the outbox of one service into the database of another', async () => {
    const event = policeListIngestedEvent({ rows: 40, accepted: 37, rejected: 2, duplicates: 1, listDate: '2026-11-16' });

    await publishThroughOutbox(ingestion.dataSource, [event]);

    const [row] = await waitFor('reporting to store the list', () =>
      reporting.dataSource.query('SELECT * FROM police_list_summary WHERE list_id = $1', [event.payload.listId]),
      (rows: unknown[]) => rows.length === 1,
    );
    expect(row).toMatchObject({ rows: 40, accepted: 37, rejected: 2, duplicates: 1, source: 'upload' });
    const [{ count }] = await ingestion.dataSource.query('SELECT count(*)::int AS count FROM outbox_event');
    expect(count).toBe(0);
  });

  it('publishes nothing for a transaction that rolls back', async () => {
    const key = randomUUID();
    const rolledBack = policeListIngestedEvent();
    const committed = policeListIngestedEvent();
    const outbox = ingestion.app.get(OutboxService);

    await expect(
      ingestion.dataSource.transaction(async (tx) => {
        await outbox.publish(tx, Topics.policeListIngested, key, rolledBack);
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    await publishThroughOutbox(ingestion.dataSource, [committed], key);

    // Same key, same partition: once the later event is in, the earlier one would be too.
    await waitFor('the committed event in reporting', () => storedLists([committed.payload.listId]), (ids) => ids.length === 1);
    const onTopic = await probe.readUntil(topic, (seen) => seen.some((m) => m.value?.includes(committed.id)));
    expect(onTopic.filter((m) => m.value?.includes(rolledBack.id))).toHaveLength(0);
    expect(await storedLists([rolledBack.payload.listId])).toEqual([]);
  });

  // Negative control: make claimInInbox (libs/platform/src/consumer/apply-consumed.ts)
  // return every id it is given as new, so the inbox no longer de-duplicates; then
  // `npx jest --ci test/event-backbone.int-spec.ts --selectProjects integration` fails here
  // with { "3": 1 } for { "1": 1 }: the row written again by the second delivery and the replay.
  it('applies an event once when it is delivered twice and when the group replays from offset 0', async () => {
    const event = policeListIngestedEvent({ rows: 7, accepted: 7, rejected: 0, duplicates: 0 });
    await publishThroughOutbox(ingestion.dataSource, [event]);
    await waitFor('the first delivery', () => listWrites.rowsByWriteCount([event.payload.listId]), (tally) => tally[1] === 1);

    await probe.send(topic, [{ key: event.payload.listId, value: JSON.stringify(event) }]);
    await probe.waitForGroupToCatchUp(group, topic);
    await reporting.close();
    await probe.rewindGroup(group, topic);
    reporting = await startTestService(REPORTING, environments[1].env);
    await probe.waitForGroupToCatchUp(group, topic);

    // The upsert would leave the row as it was; its count of writes shows each application.
    expect(await listWrites.rowsByWriteCount([event.payload.listId])).toEqual({ 1: 1 });
  });

  it('dead-letters malformed messages with their reason and goes on with the next on the same partition', async () => {
    const key = randomUUID();
    const badPayload = policeListIngestedEvent({ rows: -3 });
    const good = policeListIngestedEvent();
    await probe.send(topic, [
      { key, partition: 0, value: 'this is not { json' },
      { key, partition: 0, value: JSON.stringify(badPayload) },
      { key, partition: 0, value: JSON.stringify(good) },
    ]);

    await waitFor('the good message in reporting', () => storedLists([good.payload.listId]), (ids) => ids.length === 1);
    const dead = await probe.readUntil(`${namespace}${deadLetterTopicOf(Topics.policeListIngested.name)}`, (seen) =>
      seen.some((m) => m.value?.includes(badPayload.id)),
    );
    const notJson = dead.find((m) => m.value === 'this is not { json');
    const invalid = dead.find((m) => m.value?.includes(badPayload.id));
    expect(notJson?.headers).toMatchObject({
      'dlq-reason': expect.stringContaining('value is not JSON'),
      'dlq-original-topic': Topics.policeListIngested.name,
      'dlq-original-partition': '0',
      'dlq-consumer-group': 'reporting',
    });
    expect(invalid?.headers['dlq-reason']).toMatch(/payload\.rows: must be >= 0/);
    expect(Number(invalid?.headers['dlq-original-offset'])).toBe(Number(notJson?.headers['dlq-original-offset']) + 1);
    expect(await storedLists([badPayload.payload.listId])).toEqual([]);
  });
});
