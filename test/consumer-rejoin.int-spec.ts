import { Topics } from '@ssp/contracts';
import { countRowWrites, KafkaProbe, newTopicNamespace, policeListIngestedEvent, serviceTestEnvironment, startTestService, waitFor, type RowWriteCounter, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { Client } from 'pg';
import { APP as REPORTING } from '../apps/reporting/src/app.definition';

/*
 * A batch that runs past the session timeout (here: held on a table lock) gets its member let
 * go by the group; its offset commit is then refused with an error kafkajs does not retry, and
 * kafkajs leaves that consumer disconnected for good while the process serves on. The batch
 * consumer must join the group again by itself, and what the batch wrote must not be applied
 * twice when Kafka delivers it again.
 *
 * Negative control: in BatchConsumer.start (libs/platform/src/consumer/batch-consumer.ts),
 * leave out the CRASH listener; the event sent after the crash is then never applied
 * ("timed out waiting for the event sent after the crash to be applied").
 */
const SESSION_TIMEOUT_MS = 6_000;

describe('a consumer let go by its group during a long batch', () => {
  const namespace = newTopicNamespace();
  const topic = `${namespace}${Topics.policeListIngested.name}`;
  const group = `${namespace}reporting`;
  const probe = new KafkaProbe();
  let environment: ServiceTestEnvironment;
  let reporting: RunningService;
  let listWrites: RowWriteCounter;

  const send = async (event: ReturnType<typeof policeListIngestedEvent>) => probe.send(topic, [{ key: event.payload.listId, value: JSON.stringify(event) }]);
  const applied = (event: ReturnType<typeof policeListIngestedEvent>) => listWrites.rowsByWriteCount([event.payload.listId]);

  beforeAll(async () => {
    environment = await serviceTestEnvironment('reporting', namespace);
    listWrites = await countRowWrites(environment.database.url, 'police_list_summary', 'list_id');
    reporting = await startTestService(REPORTING, { ...environment.env, CONSUMER_SESSION_TIMEOUT_MS: String(SESSION_TIMEOUT_MS) });
  });

  afterAll(async () => {
    await reporting?.close();
    await environment?.database.drop();
  });

  it('joins the group again, goes on consuming, and applies the held batch once', async () => {
    const before = policeListIngestedEvent();
    await send(before);
    await waitFor('the first event to be applied', () => applied(before), (tally) => tally[1] === 1);

    const held = policeListIngestedEvent();
    const blocker = new Client({ connectionString: environment.database.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE police_list_summary IN EXCLUSIVE MODE');
      await send(held);
      await waitFor(
        'the batch to wait on the lock',
        () => blocker.query<{ waiting: number }>("SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"),
        ({ rows: [{ waiting }] }) => waiting > 0,
      );
      await probe.waitForGroup(group, 'the group to let the silent member go', (description) => description.memberIds.length === 0, { timeoutMs: 60_000 });
    } finally {
      await blocker.query('COMMIT');
      await blocker.end();
    }

    const after = policeListIngestedEvent();
    await send(after);
    await waitFor('the event sent after the crash to be applied', () => applied(after), (tally) => tally[1] === 1, { timeoutMs: 90_000 });
    await probe.waitForGroupToCatchUp(group, topic);
    expect(await listWrites.rowsByWriteCount([before, held, after].map((event) => event.payload.listId))).toEqual({ 1: 3 });
    const metrics = await (await fetch(`${reporting.url}/metrics`)).text();
    expect(metrics).toMatch(/^ssp_consumer_rejoins_total 1$/m);
  });
});
