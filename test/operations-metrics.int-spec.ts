import { createEnvelope, ServiceName, Topics, type EventEnvelope, type PersonErasedV1 } from '@ssp/contracts';
import { KafkaBatchServer } from '@ssp/platform';
import {
  KafkaProbe,
  newTopicNamespace,
  policeListIngestedEvent,
  serviceTestEnvironment,
  startTestService,
  waitFor,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';

/*
 * /metrics of a running service (police-list ingestion: it consumes one topic, person
 * erased, and publishes through its outbox) against the real broker and database: consumer
 * lag, dead letters and the outbox backlog as an operator's Prometheus would scrape them.
 */

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format, sample lines only. */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const [, name, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[name!] = value!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

function valuesOf(samples: Sample[], name: string, labels: Record<string, string> = {}): Sample[] {
  return samples.filter((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value));
}

/** The one sample with these labels; undefined when the series is not (yet) there. */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = valuesOf(samples, name, labels);
  if (found.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} matches ${found.length} series`);
  return found[0]?.value;
}

function personErasedEvent(): EventEnvelope<PersonErasedV1> {
  return createEnvelope(
    Topics.personErased,
    { personPseudonym: randomBytes(32).toString('hex'), reason: 'retention', erasedAt: new Date().toISOString() },
    { producer: ServiceName.caseCoordination },
  );
}

describe('operations metrics on /metrics', () => {
  const namespace = newTopicNamespace();
  const erasedTopic = Topics.personErased.name;
  const probe = new KafkaProbe();
  const heldEvent = policeListIngestedEvent();
  let environment: ServiceTestEnvironment;
  let service: RunningService;
  let holder: Client;

  const scrape = async (): Promise<Sample[]> => {
    const response = await fetch(`${service.url}/metrics`);
    expect(response.status).toBe(200);
    return parseExposition(await response.text());
  };
  const lagOf = (samples: Sample[], topic: string) =>
    valuesOf(samples, 'ssp_consumer_lag_messages', { topic }).reduce((sum, sample) => sum + sample.value, 0);

  beforeAll(async () => {
    environment = await serviceTestEnvironment('police-list-ingestion', namespace);
    // An event committed an hour ago that the relay cannot take yet: a transaction of the
    // test holds its row locked before the service starts, and the relay skips locked rows.
    holder = new Client({ connectionString: environment.database.url });
    await holder.connect();
    await holder.query(
      `INSERT INTO outbox_event (event_id, topic, message_key, value, created_at)
       VALUES ($1, $2, $3, $4, now() - interval '1 hour')`,
      [heldEvent.id, Topics.policeListIngested.name, heldEvent.payload.listId, JSON.stringify(heldEvent)],
    );
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM outbox_event WHERE event_id = $1 FOR UPDATE', [heldEvent.id]);
    service = await startTestService(INGESTION, environment.env);
  });

  afterAll(async () => {
    await holder?.end();
    await service?.close();
    await environment?.database.drop();
  });

  it('shows the outbox backlog and the age of its oldest event, and both fall to 0 once the relay has published it', async () => {
    const held = await waitFor(
      'the held event in the outbox gauges',
      scrape,
      (samples) => valueOf(samples, 'ssp_outbox_backlog_events') === 1 && valueOf(samples, 'ssp_outbox_relay_leader') === 1,
    );
    expect(valueOf(held, 'ssp_outbox_oldest_event_age_seconds')).toBeGreaterThanOrEqual(3600);
    expect(valueOf(held, 'ssp_outbox_oldest_event_age_seconds')).toBeLessThan(3600 + 120);
    expect(valueOf(held, 'ssp_metrics_reading_up', { reading: 'outbox' })).toBe(1);

    await holder.query('COMMIT');

    const drained = await waitFor(
      'the outbox gauges to fall to 0',
      scrape,
      (samples) => valueOf(samples, 'ssp_outbox_backlog_events') === 0 && valueOf(samples, 'ssp_outbox_oldest_event_age_seconds') === 0,
    );
    expect(valueOf(drained, 'ssp_outbox_published_total', { topic: Topics.policeListIngested.name })).toBe(1);
    const published = await probe.readUntil(`${namespace}${Topics.policeListIngested.name}`, (seen) => seen.some((m) => m.value?.includes(heldEvent.id)));
    expect(published.filter((m) => m.value?.includes(heldEvent.id))).toHaveLength(1);
  });

  it('shows the lag of a stopped consumer by catalogue topic and partition, and 0 once it has caught up', async () => {
    const consumer = service.app.get(KafkaBatchServer);
    await consumer.close();
    const events = [personErasedEvent(), personErasedEvent(), personErasedEvent()];
    await probe.send(
      `${namespace}${erasedTopic}`,
      events.map((event) => ({ key: event.payload.personPseudonym, value: JSON.stringify(event) })),
    );

    const lagging = await waitFor('a lag of 3 on /metrics', scrape, (samples) => lagOf(samples, erasedTopic) === 3);
    const lagSeries = valuesOf(lagging, 'ssp_consumer_lag_messages');
    // Every catalogue topic ingestion consumes, each of its partitions: the erasures and the registry's memberships.
    expect(new Set(lagSeries.map((sample) => sample.labels.topic))).toEqual(new Set([erasedTopic, Topics.membership.name]));
    expect(lagSeries.filter((sample) => sample.labels.topic === erasedTopic).map((sample) => sample.labels.partition).sort()).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(valueOf(lagging, 'ssp_metrics_reading_up', { reading: 'kafka_offsets' })).toBe(1);
    expect(valueOf(lagging, 'ssp_metrics_reading_age_seconds', { reading: 'kafka_offsets' })).toBeLessThan(30);

    await consumer.listen(() => undefined);

    const caughtUp = await waitFor('the lag to fall to 0', scrape, (samples) => lagOf(samples, erasedTopic) === 0);
    expect(valueOf(caughtUp, 'ssp_consumer_events_total', { topic: erasedTopic, outcome: 'handled' })).toBe(3);
  });

  it('counts a message the consumer dead-letters, and shows it kept on the dead-letter topic', async () => {
    const before = await scrape();
    expect(valueOf(before, 'ssp_consumer_events_total', { topic: erasedTopic, outcome: 'dead_lettered' })).toBeUndefined();
    expect(valueOf(before, 'ssp_dead_letter_messages', { topic: erasedTopic })).toBe(0);

    await probe.send(`${namespace}${erasedTopic}`, [{ key: randomUUID(), value: 'this is not { json' }]);

    const after = await waitFor(
      'the dead letter on /metrics',
      scrape,
      (samples) =>
        valueOf(samples, 'ssp_consumer_events_total', { topic: erasedTopic, outcome: 'dead_lettered' }) === 1 &&
        valueOf(samples, 'ssp_dead_letter_messages', { topic: erasedTopic }) === 1,
    );
    expect(lagOf(after, erasedTopic)).toBe(0);
  });

  it('times HTTP requests by route template, never by the path with its ids', async () => {
    const listId = randomUUID();
    expect((await fetch(`${service.url}/police-lists/${listId}`)).status).toBe(401);
    expect((await fetch(`${service.url}/no-such-route/${listId}`)).status).toBe(404);

    const text = await (await fetch(`${service.url}/metrics`)).text();
    const samples = parseExposition(text);
    expect(valueOf(samples, 'ssp_http_request_duration_seconds_count', { method: 'GET', route: '/police-lists/:id', status: '401' })).toBe(1);
    expect(valueOf(samples, 'ssp_http_request_duration_seconds_count', { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    expect(valueOf(samples, 'ssp_http_request_duration_seconds_count', { method: 'GET', route: '/metrics', status: '200' })).toBeGreaterThan(0);
    expect(text).not.toContain(listId);
  });
});
