/*
 * A 100,000-row police list from upload until every incident event is on Kafka, through
 * the real ingestion service (in this process), PostgreSQL and the broker: rows/s, peak RSS
 * and the ratio to the raw kafkajs round trip measured in the same run. Network groups consume
 * the incidents as they come (network-groups-beside-ingest.bench.ts), as in production, and are
 * measured until they have counted every one, with the deadlocks they met.
 */
import { Topics } from '@ssp/contracts';
import { createServiceApp, DevIssuer, loadConfig, Role, startServiceApp } from '@ssp/platform';
import { policeListCsv, SYNTHETIC_HEADER, syntheticPoliceListRows } from '@ssp/testing';
import { Kafka, logLevel } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APP } from '../apps/police-list-ingestion/src/app.definition';
import { uploadFile } from '../apps/police-list-ingestion/src/cli/multipart-upload';
import { brokers, result, type Result } from './baselines';
import { withDatabase } from './bench-database';
import { startNetworkGroupsBesideIngest, type NetworkGroupsBesideIngest } from './network-groups-beside-ingest.bench';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);

function countIncidents(namespace: string) {
  const kafka = new Kafka({ clientId: 'bench-ingestion', brokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `${namespace}bench-counter` });
  let seen = 0;
  let wanted = Number.POSITIVE_INFINITY;
  let reached: () => void = () => undefined;
  const allSeen = new Promise<void>((resolve) => (reached = resolve));
  return {
    async start() {
      await consumer.connect();
      await consumer.subscribe({ topic: `${namespace}${Topics.incidentRecorded.name}`, fromBeginning: true });
      await consumer.run({
        eachBatch: async ({ batch }) => {
          seen += batch.messages.length;
          if (seen >= wanted) reached();
        },
      });
    },
    until(count: number) {
      wanted = count;
      if (seen >= wanted) reached();
      return allSeen;
    },
    stop: () => consumer.disconnect(),
  };
}

export async function policeListIngestion(kafkaBaseline: Result): Promise<Result[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'ssp-bench-'));
  const file = path.join(folder, 'politiliste.csv');
  writeFileSync(file, policeListCsv(SYNTHETIC_HEADER, syntheticPoliceListRows(ROWS, { seed: 7 })));
  const issuer = await DevIssuer.open(path.join(folder, 'issuer'));
  const namespace = `bench${randomBytes(4).toString('hex')}.`;
  return withDatabase(async (databaseUrl) => withDatabase(async (networkGroupsDatabaseUrl) => {
    const config = loadConfig(APP.configClass, {
      ...issuer.serviceEnv,
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_TOPIC_NAMESPACE: namespace,
      LOG_LEVEL: 'error',
      PSEUDONYM_KEY: randomBytes(32).toString('base64'),
      IDENTITY_KEYS: `bench:${randomBytes(32).toString('base64')}`,
      IDENTITY_ACTIVE_KEY_ID: 'bench',
    });
    const app = await createServiceApp(APP, config);
    let networkGroups: NetworkGroupsBesideIngest | undefined;
    const counter = countIncidents(namespace);
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    try {
      await startServiceApp(app, 0);
      networkGroups = await startNetworkGroupsBesideIngest(namespace, issuer, networkGroupsDatabaseUrl);
      await counter.start();
      const token = await issuer.token({ roles: [Role.secretariat], groups: ['koordinationsteam'] });
      const startedAt = process.hrtime.bigint();
      const answer = await uploadFile(new URL('/police-lists', (await app.getUrl()).replace('[::1]', '127.0.0.1')), file, {}, { authorization: `Bearer ${token}` }, () => undefined);
      if (answer.status !== 201) throw new Error(`upload answered ${answer.status}: ${answer.body.slice(0, 300)}`);
      const { accepted } = JSON.parse(answer.body) as { accepted: number };
      await counter.until(accepted);
      const measured = result(`police list of ${ROWS} rows: upload to every incident on Kafka`, ROWS, startedAt);
      const ingested = { ...measured, ratioToBaseline: measured.perSecond / kafkaBaseline.perSecond, peakRssMb: Math.round(peakRss / 1024 / 1024) };
      return [ingested, await networkGroups.finish(accepted, startedAt)];
    } finally {
      clearInterval(sampler);
      await counter.stop();
      await networkGroups?.close();
      await app.close();
    }
  }));
}
