/*
 * Reporting, two figures:
 *
 * 1. The rebuild of the read model from N events on every topic reporting reads (mostly
 *    incidents, as in life): events/s from the start of the rebuild until the rebuilt tables
 *    are swapped in, and the ratio to the raw kafkajs consume baseline of the same run; and
 *    the ratio to kafkajs reading the very same events alone, measured right before.
 *    BENCH_EVENTS, default 1,000,000.
 * 2. Report queries at a steady 200 requests/s (open loop: each request leaves on schedule
 *    whether or not the one before has answered, so a slow answer cannot hide the queue
 *    behind it; sent from a worker thread) against the service in its own process, compiled
 *    as its container runs it (scripts/bench.mjs builds first), over a database with N incidents
 *    written with COPY: p50, p95 and p99 latency, with the read model standing still and
 *    changing, and each report's time when computed after a change (`reportingQueries`).
 *    REPORTING_BENCH_INCIDENTS (default BENCH_EVENTS, else 1,000,000),
 *    REPORTING_BENCH_SECONDS (default 20), REPORTING_BENCH_RATE (default 200),
 *    REPORTING_BENCH_CHANGE_SECONDS (default 10).
 *
 * Figures are printed, not asserted.
 */
import {
  createEnvelope,
  ServiceName,
  Topics,
  topicsConsumedBy,
  type EventEnvelope,
  type TopicDefinition,
} from '@ssp/contracts';
import { DevIssuer, ensureTopics, MembershipRepository, Role, runMigrationsUnderLock, serviceDataSourceOptions, TopicNamespace } from '@ssp/platform';
import { ChildNodeProcess, freePort, incidentOnTopic, waitFor } from '@ssp/testing';
import { Kafka, logLevel } from 'kafkajs';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { SCHEMA } from '../apps/reporting/src/database/schema';
import { ReadModelRebuild } from '../apps/reporting/src/rebuild/read-model-rebuild';
import { AGE_BANDS } from '../apps/reporting/src/rules/age-bands';
import { brokers, consumeAll, result, type Result } from './baselines';
import { withDatabase } from './bench-database';
import { openLoop, percentile, percentiles } from './open-loop';
import { seededRandom } from '@ssp/testing';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const INCIDENTS = Number(process.env.REPORTING_BENCH_INCIDENTS ?? process.env.BENCH_EVENTS ?? 1_000_000);
const SECONDS = Number(process.env.REPORTING_BENCH_SECONDS ?? 20);
const RATE = Number(process.env.REPORTING_BENCH_RATE ?? 200);

const AREAS = ['randers-c', 'randers-c', 'randers-nv', 'randers-no', 'randers-sv', 'randers-so', 'langaa', 'oersted', 'spentrup', 'faarup', 'unknown'];
const CATEGORIES = ['robbery', 'burglary', 'sexual', 'violence', 'threats', 'arson', 'receiving', 'theft', 'fraud', 'vandalism', 'drugs', 'weapons', 'traffic', 'public-order', 'other'];
const ROLES = ['suspect', 'charged', 'victim', 'witness', 'concern'] as const;
const YEARS = [2022, 2023, 2024, 2025, 2026];


const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)];
const pseudonym = (person: number) => createHash('sha256').update(`bench-person-${person}`).digest('hex');
const dayOf = (next: () => number) => {
  const date = new Date(Date.UTC(pick(YEARS, next), 0, 1) + Math.floor(next() * 365) * 86_400_000);
  return date.toISOString().slice(0, 10);
};

/** Event number `index` of the mix: 16 in 20 incidents, the rest case events; now and then the others. */
function benchEvent(index: number, next: () => number): { topic: TopicDefinition<object>; key: string; event: EventEnvelope<object> } {
  const person = pseudonym(Math.floor(next() * Math.max(1, EVENTS / 3)));
  const day = dayOf(next);
  const at = `${day}T10:00:00.000Z`;
  const envelope = <P extends object>(topic: TopicDefinition<P>, key: string, payload: P) => ({
    topic: topic as TopicDefinition<object>,
    key,
    event: createEnvelope(topic, payload, { producer: ServiceName.caseCoordination }) as EventEnvelope<object>,
  });
  const id = randomUUID();
  if (index % 1000 === 999) {
    switch ((index / 1000) % 4 | 0) {
      case 0:
        return envelope(Topics.meetingHeld, 'netvaerk-langaa', { meetingId: id, bodyId: 'netvaerk-langaa', heldAt: at, attendees: 9, decisions: 2, actionItems: 4 });
      case 1:
        return envelope(Topics.areaAlertRaised, 'langaa', { alertId: id, areaId: 'langaa', offenceCategory: 'theft', weekStart: day, count: 7, trailingMean: 2, raisedAt: at });
      case 2:
        return envelope(Topics.personErased, person, { personPseudonym: person, reason: 'retention', erasedAt: at });
      default:
        return envelope(Topics.policeListIngested, id, { listId: id, contentSha256: person, source: 'upload', fileName: 'uge.csv', rows: 500, accepted: 490, rejected: 10, duplicates: 0, ingestedAt: at });
    }
  }
  const caseId = randomUUID();
  switch (index % 20) {
    case 16:
      return envelope(Topics.caseOpened, person, { caseId, personPseudonym: person, reopened: false, openedAt: at });
    case 17:
      return envelope(Topics.personReviewed, person, { decisionId: id, caseId, personPseudonym: person, decision: 'concern-conversation', caseState: 'action-agreed', decidedAt: at });
    case 18:
      return envelope(Topics.interventionAssigned, person, { interventionId: id, caseId, personPseudonym: person, ownerBody: 'skole', deadline: day, assignedAt: at });
    case 19:
      return index % 40 === 19
        ? envelope(Topics.interventionCompleted, person, { interventionId: id, caseId, personPseudonym: person, ownerBody: 'skole', deadline: day, completedAt: at })
        : envelope(Topics.interventionOverdue, person, { interventionId: id, caseId, personPseudonym: person, ownerBody: 'skole', deadline: day, status: 'agreed', reportedAt: at });
    default:
      return envelope(
        Topics.incidentRecorded,
        person,
        incidentOnTopic({
        incidentId: id,
        listId: '00000000-0000-4000-8000-000000000001',
        personPseudonym: person,
        pseudonymStrength: 'strong',
        journalNumber: `4100-${index}`,
        role: pick(ROLES, next),
        incidentDate: day,
        offenceCategory: pick(CATEGORIES, next),
        ageAtIncident: 10 + Math.floor(next() * 12),
        areaId: pick(AREAS, next),
      }),
      );
  }
}

async function publishEvents(kafka: Kafka, namespace: TopicNamespace): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, topicsConsumedBy(ServiceName.reporting), namespace, 1);
  await admin.disconnect();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const next = seededRandom(11);
  for (let sent = 0; sent < EVENTS; sent += 2000) {
    const byTopic = new Map<string, { key: string; value: string }[]>();
    for (let index = sent; index < Math.min(EVENTS, sent + 2000); index++) {
      const { topic, key, event } = benchEvent(index, next);
      const name = namespace.topic(topic.name);
      const messages = byTopic.get(name) ?? [];
      messages.push({ key, value: JSON.stringify(event) });
      byTopic.set(name, messages);
    }
    await producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
  }
  await producer.disconnect();
}

/** Deletes every topic of a benchmark's namespace: a million events are a gigabyte on the local broker. */
async function deleteTopicsOf(kafka: Kafka, namespace: TopicNamespace): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(namespace.prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

/**
 * The rebuild from every event on the topics until its tables are swapped in; beside it,
 * kafkajs reading the same events with its defaults and nothing else, right before: a
 * stricter yardstick than the suite's consume baseline (whose 1 KB events cost more to read
 * than these), printed as well.
 */
export async function reportingRebuild(consumeBaseline: Result): Promise<Result[]> {
  const kafka = new Kafka({ clientId: 'bench-reporting', brokers, logLevel: logLevel.NOTHING });
  const namespace = new TopicNamespace(`bench${randomBytes(4).toString('hex')}.`);
  console.log(`reporting: publishing ${EVENTS.toLocaleString('en')} events for the rebuild ...`);
  await publishEvents(kafka, namespace);
  try {
    const sameEvents = await consumeSameEvents(kafka, namespace);
    const rebuild = await rebuildFromTopics(kafka, namespace, consumeBaseline);
    console.log(`reporting: the rebuild reads at ${((rebuild.perSecond / sameEvents.perSecond) * 100).toFixed(1)} % of the rate kafkajs reads the same events alone (${Math.round(sameEvents.perSecond).toLocaleString('en')} events/s)`);
    return [sameEvents, rebuild];
  } finally {
    await deleteTopicsOf(kafka, namespace);
  }
}

async function consumeSameEvents(kafka: Kafka, namespace: TopicNamespace): Promise<Result> {
  const consumer = kafka.consumer({ groupId: namespace.group('bench-consume') });
  await consumer.connect();
  try {
    const topics = topicsConsumedBy(ServiceName.reporting).map((topic) => namespace.topic(topic.name));
    const startedAt = process.hrtime.bigint();
    await (await consumeAll(consumer, topics, EVENTS)).allConsumed;
    return result(`kafkajs consume only, the rebuild's ${EVENTS.toLocaleString('en')} events`, EVENTS, startedAt);
  } finally {
    await consumer.disconnect();
  }
}

async function rebuildFromTopics(kafka: Kafka, namespace: TopicNamespace, consumeBaseline: Result): Promise<Result> {
  return withDatabase(async (url) => {
    const dataSource = new DataSource(serviceDataSourceOptions(url, SCHEMA));
    await dataSource.initialize();
    try {
      await runMigrationsUnderLock(dataSource);
      const startedAt = process.hrtime.bigint();
      const report = await new ReadModelRebuild(dataSource, kafka, { namespace, replicationFactor: 1 }).run();
      const measured = result(`reporting: rebuild of the read model from ${EVENTS.toLocaleString('en')} events`, report.events, startedAt);
      const [{ incidents }] = (await dataSource.query('SELECT count(*)::int AS incidents FROM incident')) as { incidents: number }[];
      console.log(`reporting: rebuilt ${incidents.toLocaleString('en')} incidents (${report.invalid} invalid messages)`);
      return { ...measured, ratioToBaseline: measured.perSecond / consumeBaseline.perSecond };
    } finally {
      await dataSource.destroy();
    }
  });
}

/** N incidents straight into the read model with COPY, and their pre-aggregated counts as the projection keeps them. */
export async function fillIncidents(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const next = seededRandom(5);
    const persons = Array.from({ length: Math.max(1, Math.ceil(INCIDENTS / 3)) }, (_, person) => pseudonym(person));
    const bands = AGE_BANDS.map((band) => band.id);
    const rows = Readable.from(
      (function* () {
        for (let index = 0; index < INCIDENTS; index++) {
          const person = pick(persons, next);
          const journal = createHash('sha256').update(`4100-${index}`).digest('hex');
          yield `${randomUUID()}\t00000000-0000-4000-8000-000000000001\t${person}\t${journal}\t${pick(ROLES, next)}\t${dayOf(next)}\t${pick(CATEGORIES, next)}\t${pick(bands, next)}\t${pick(AREAS, next)}\n`;
        }
      })(),
    );
    await pipeline(rows, client.query(copyFrom('COPY incident (incident_id, list_id, person_pseudonym, journal_key, role, incident_date, offence_category, age_band, area_id) FROM STDIN')));
    await client.query(`INSERT INTO incident_count (month, area_id, offence_category, age_band, role, incidents)
      SELECT date_trunc('month', incident_date::timestamp)::date, area_id, offence_category, age_band, role, count(*) FROM incident GROUP BY 1, 2, 3, 4, 5`);
    await client.query(`INSERT INTO incident_count_by_dimension (dimension, month, area_id, value, incidents)
      SELECT dimension, date_trunc('month', incident_date::timestamp)::date, area_id, value, count(*)
      FROM incident, LATERAL (VALUES ('offenceCategory', offence_category), ('ageBand', age_band), ('role', role)) AS v(dimension, value) GROUP BY 1, 2, 3, 4`);
    await client.query(`INSERT INTO decision (decision_id, case_id, person_pseudonym, kind, case_state, decided_at, decided_on)
      SELECT gen_random_uuid(), gen_random_uuid(), person_pseudonym, 'concern-conversation', 'action-agreed', (incident_date + 10)::timestamptz, incident_date + 10
      FROM incident TABLESAMPLE SYSTEM (10)`);
    // Vacuumed as autovacuum would have done by the time anyone reads a year of statistics, and
    // checkpointed, so that the load's writes are on disk before the measurement and not during it.
    await client.query('VACUUM ANALYZE');
    await client.query('CHECKPOINT');
  } finally {
    await client.end();
  }
}

/**
 * Report queries against the service in a process of its own, over N incidents:
 *
 * 1. Cold: every report of the mix once, one at a time, right after the read model changed
 *    (nothing kept yet): what the first viewer after a change waits.
 * 2. Steady: the mix at a steady rate while the read model stands still.
 * 3. Changing: the same while the read model changes every REPORTING_BENCH_CHANGE_SECONDS
 *    (default 10; its version raised as a consumer batch raises it), so every report is
 *    computed again after each change.
 */
export async function reportingQueries(): Promise<Result> {
  const changeSeconds = Number(process.env.REPORTING_BENCH_CHANGE_SECONDS ?? 10);
  const issuer = await DevIssuer.open(path.join(mkdtempSync(path.join(tmpdir(), 'ssp-bench-')), 'issuer'));
  return withDatabase(async (url) => {
    const dataSource = new DataSource(serviceDataSourceOptions(url, SCHEMA));
    await dataSource.initialize();
    await runMigrationsUnderLock(dataSource);
    // The callers' bodies, as the registry's topic would have put them in this service's copy.
    const memberships = new MembershipRepository(dataSource.manager);
    for (const [subject, bodyId, areaId] of [['bench-koordination', 'koordinationsteam', null], ['bench-netvaerk', 'netvaerk-langaa', 'langaa']] as const) {
      await memberships.put({ membershipId: randomUUID(), subject, bodyId, areaId, validFrom: '2020-01-01', validTo: null });
    }
    await dataSource.destroy();
    console.log(`reporting: writing ${INCIDENTS.toLocaleString('en')} incidents with COPY ...`);
    await fillIncidents(url);
    const port = await freePort();
    const namespace = new TopicNamespace(`bench${randomBytes(4).toString('hex')}.`);
    const service = ChildNodeProcess.startBuilt('reporting', {
      ...issuer.serviceEnv,
      DATABASE_URL: url,
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_TOPIC_NAMESPACE: namespace.prefix,
      HTTP_PORT: String(port),
      LOG_LEVEL: 'error',
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    const writer = new Client({ connectionString: url });
    await writer.connect();
    // What a consumer batch does to the version; the counts themselves stay as they are.
    const changeReadModel = () => writer.query('UPDATE read_model_version SET version = version + 1');
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitFor('the reporting service to answer', () => fetch(`${base}/health`).then((response) => response.status, () => 0), (status) => status === 200, { timeoutMs: 120_000, intervalMs: 250 });
      const coordination = await issuer.token({ roles: [Role.sspConsultant], subject: 'bench-koordination' });
      const council = await issuer.token({ roles: [Role.localCouncilMember] });
      const network = await issuer.token({ roles: [Role.networkGroupMember], subject: 'bench-netvaerk' });
      // What the dashboards ask for a year, per audience: trends per category, areas side by side, young people, the repeat rate and the headline numbers.
      const mix: [string, string][] = YEARS.flatMap((year): [string, string][] => [
        [`/statistics/full/incidents?from=${year}-01&to=${year}-12&groupBy=area`, coordination],
        [`/statistics/full/incidents?from=${year}-01&to=${year}-12&groupBy=offenceCategory&areaId=${AREAS[year % AREAS.length]}`, coordination],
        [`/statistics/full/incidents?from=${year}-01&to=${year}-12&period=quarter&groupBy=area,offenceCategory`, coordination],
        [`/statistics/full/young-people?from=${year}-01&to=${year}-12&groupBy=area`, coordination],
        [`/statistics/full/repeat-rate?from=${year}-01&to=${year}-12`, coordination],
        [`/statistics/full/overview?from=${year}-01&to=${year}-12`, coordination],
        [`/statistics/municipality/incidents?year=${year}&groupBy=offenceCategory`, council],
        [`/statistics/municipality/incidents?year=${year}&groupBy=area`, council],
        [`/statistics/municipality/young-people?year=${year}&groupBy=area`, council],
        [`/statistics/municipality/overview?year=${year}`, council],
        [`/statistics/areas/langaa/incidents?year=${year}&groupBy=role`, network],
        [`/statistics/areas/langaa/incidents?year=${year}&period=quarter&groupBy=offenceCategory`, network],
        [`/statistics/areas/langaa/overview?year=${year}`, network],
      ]);
      const get = async ([route, token]: [string, string]) => {
        const response = await fetch(`${base}${route}`, { headers: { authorization: `Bearer ${token}` } });
        await response.arrayBuffer();
        return response.status;
      };

      await changeReadModel();
      const cold = new Map<string, number[]>();
      for (const report of mix) {
        const startedAt = performance.now();
        const status = await get(report);
        if (status !== 200) throw new Error(`${report[0]} answered ${status}`);
        const statistic = /statistics\/[a-z]+(?:\/[a-z-]+)?\/([a-z-]+)/.exec(report[0])![1];
        cold.set(statistic, [...(cold.get(statistic) ?? []), performance.now() - startedAt]);
      }
      for (const [statistic, latencies] of cold) {
        latencies.sort((a, b) => a - b);
        console.log(`reporting: ${statistic}, computed after a change, one at a time: median ${percentile(latencies, 0.5).toFixed(0)} ms, max ${latencies[latencies.length - 1].toFixed(0)} ms (${latencies.length} reports)`);
      }

      const count = Math.round(RATE * SECONDS);
      const loadBefore = loadavg()[0];
      const steady = percentiles(await openLoop(base, mix, count, RATE));
      // Latency on a shared machine says as much about the neighbours as about the service.
      console.log(`reporting: ${count} report queries at ${RATE}/s over ${INCIDENTS.toLocaleString('en')} incidents, read model standing still: ${steady.text} (load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, ${cpus().length} CPUs)`);

      // The last change may still be under way when the load ends: it is awaited before the writer closes.
      let lastChange: Promise<unknown> = changeReadModel();
      const changes = setInterval(() => (lastChange = changeReadModel()), changeSeconds * 1000);
      let changing: ReturnType<typeof percentiles>;
      try {
        await lastChange;
        changing = percentiles(await openLoop(base, mix, count, RATE));
      } finally {
        clearInterval(changes);
        await lastChange;
      }
      console.log(`reporting: the same while the read model changes every ${changeSeconds} s: ${changing.text} (load average ${loadavg()[0].toFixed(1)} after)`);
      return {
        name: `reporting: report queries over ${INCIDENTS.toLocaleString('en')} incidents at ${RATE}/s, p99 ${steady.p99.toFixed(1)} ms standing still, ${changing.p99.toFixed(0)} ms changing every ${changeSeconds} s`,
        items: count,
        seconds: SECONDS,
        perSecond: RATE,
      };
    } finally {
      await writer.end();
      await service.kill('SIGTERM');
      await deleteTopicsOf(new Kafka({ clientId: 'bench-reporting', brokers, logLevel: logLevel.NOTHING }), namespace);
    }
  });
}
