/*
 * 100,000 incident events through case coordination's consumer into persons, cases and
 * review flags: events/s from the service's start until the last incident is stored, and
 * the ratio to the raw consume baseline measured in the same run.
 */
import { createEnvelope, ServiceName, Topics, type IncidentRecordedV1 } from '@ssp/contracts';
import { createServiceApp, DevIssuer, loadConfig, startServiceApp } from '@ssp/platform';
import { incidentOnTopic, TEST_IDENTITY_SECRETS, TEST_SEARCH_INDEX_KEY } from '@ssp/testing';
import { Kafka, logLevel } from 'kafkajs';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { APP } from '../apps/case-coordination/src/app.definition';
import { brokers, result, type Result } from './baselines';
import { withDatabase } from './bench-database';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const PERSONS = Math.ceil(EVENTS / 3);
const ROLES = ['suspect', 'charged', 'victim', 'witness', 'concern'] as const;
const CATEGORIES = ['theft', 'violence', 'vandalism', 'drugs', 'robbery'];

function incident(index: number): IncidentRecordedV1 {
  const person = createHash('sha256').update(`bench-person-${index % PERSONS}`).digest('hex');
  return {
    incidentId: randomUUID(),
    listId: '00000000-0000-4000-8000-000000000001',
    personPseudonym: person,
    pseudonymStrength: 'strong',
    journalNumber: `BENCH-${index}`,
    role: ROLES[index % ROLES.length],
    incidentDate: `2026-${String(1 + (index % 10)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
    offenceCategory: CATEGORIES[index % CATEGORIES.length],
    ageAtIncident: 12 + (index % 6),
    areaId: 'randers-c',
  };
}

async function publishIncidents(namespace: string): Promise<void> {
  const kafka = new Kafka({ clientId: 'bench-case-coordination', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const topic = `${namespace}${Topics.incidentRecorded.name}`;
  await admin.createTopics({ topics: [{ topic, numPartitions: Topics.incidentRecorded.partitions, replicationFactor: 1 }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  for (let sent = 0; sent < EVENTS; sent += 500) {
    const messages = Array.from({ length: Math.min(500, EVENTS - sent) }, (_, offset) => {
      const payload = incident(sent + offset);
      return { key: payload.personPseudonym, value: JSON.stringify(createEnvelope(Topics.incidentRecorded, incidentOnTopic(payload), { producer: ServiceName.policeListIngestion })) };
    });
    await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages }] });
  }
  await producer.disconnect();
}

async function storedIncidents(dataSource: DataSource): Promise<number> {
  const [{ count }] = (await dataSource.query('SELECT count(*)::int AS count FROM person_incident')) as { count: number }[];
  return count;
}

export async function caseCoordinationConsumer(consumeBaseline: Result): Promise<Result> {
  const issuer = await DevIssuer.open(path.join(mkdtempSync(path.join(tmpdir(), 'ssp-bench-')), 'issuer'));
  const namespace = `bench${randomBytes(4).toString('hex')}.`;
  await publishIncidents(namespace);
  return withDatabase(async (databaseUrl) => {
    const config = loadConfig(APP.configClass, {
      ...issuer.serviceEnv,
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_TOPIC_NAMESPACE: namespace,
      LOG_LEVEL: 'error',
      // The keys the incidents' journal numbers were sealed with (incidentOnTopic).
      IDENTITY_KEYS: TEST_IDENTITY_SECRETS.IDENTITY_KEYS,
      IDENTITY_ACTIVE_KEY_ID: TEST_IDENTITY_SECRETS.IDENTITY_ACTIVE_KEY_ID,
      SEARCH_INDEX_KEY: TEST_SEARCH_INDEX_KEY,
    });
    const startedAt = process.hrtime.bigint();
    const app = await createServiceApp(APP, config);
    await startServiceApp(app, 0);
    try {
      const dataSource = app.get(DataSource);
      // Polling is fine here: this measures, it does not assert.
      while ((await storedIncidents(dataSource)) < EVENTS) await new Promise((resolve) => setTimeout(resolve, 100));
      const measured = result(`case coordination: ${EVENTS} incidents into persons, cases and flags`, EVENTS, startedAt);
      return { ...measured, ratioToBaseline: measured.perSecond / consumeBaseline.perSecond };
    } finally {
      await app.close();
    }
  });
}
