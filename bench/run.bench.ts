/*
 * npm run bench: the raw baselines first, then each pipeline of the suite, with its
 * throughput as a ratio to the baseline it is built on, measured in this same run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EVENTS, kafkaRoundTrip, postgresCopy, type Result } from './baselines';
import { policeListIngestion } from './police-list-ingestion.bench';

function table(results: Result[]): void {
  console.table(
    results.map((r) => ({
      benchmark: r.name,
      items: r.items,
      seconds: r.seconds.toFixed(2),
      'items/s': Math.round(r.perSecond),
      'ratio to raw Kafka': r.ratioToBaseline === undefined ? '' : `${(r.ratioToBaseline * 100).toFixed(1)}%`,
      'peak RSS MB': r.peakRssMb ?? '',
    })),
  );
}

async function main(): Promise<void> {
  const kafka = await kafkaRoundTrip();
  const results = [kafka, await postgresCopy(), await policeListIngestion(kafka)];
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
