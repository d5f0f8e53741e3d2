/*
 * npm run bench: the raw baselines first, then each pipeline of the suite, with its
 * throughput as a ratio to the baseline it is built on, measured in this same run: the
 * police list against the kafkajs round trip, case coordination and the reporting rebuild
 * against consume only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EVENTS, kafkaConsume, kafkaRoundTrip, postgresCopy, type Result } from './baselines';
import { caseCoordinationConsumer } from './case-coordination.bench';
import { policeListIngestion } from './police-list-ingestion.bench';
import { policeListMemory } from './police-list-memory.bench';
import { reportingQueries, reportingRebuild } from './reporting.bench';

function table(results: Result[]): void {
  console.table(
    results.map((r) => ({
      benchmark: r.name,
      items: r.items,
      seconds: r.seconds.toFixed(2),
      'items/s': Math.round(r.perSecond),
      'ratio to its raw baseline': r.ratioToBaseline === undefined ? '' : `${(r.ratioToBaseline * 100).toFixed(1)}%`,
      'peak RSS MB': r.peakRssMb ?? '',
    })),
  );
}

async function main(): Promise<void> {
  const kafka = await kafkaRoundTrip();
  const consume = await kafkaConsume();
  const results = [kafka, consume, await postgresCopy(), await policeListIngestion(kafka), await policeListMemory(), await caseCoordinationConsumer(consume), ...(await reportingRebuild(consume)), await reportingQueries()];
  table(results);
  const directory = path.resolve(__dirname, 'results');
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ measuredAt: new Date().toISOString(), events: EVENTS, results }, null, 2));
  console.log(`results written to ${path.relative(process.cwd(), file)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
