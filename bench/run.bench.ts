/*
 * npm run bench: the raw baselines first, then each pipeline of the suite, with its
 * throughput as a ratio to the baseline it is built on, measured in this same run: the
 * police list against the kafkajs round trip, case coordination and the reporting rebuild
 * against consume only. Network groups consume the police list beside its ingestion; a run in
 * which PostgreSQL or their log saw a deadlock fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EVENTS, kafkaConsume, kafkaRoundTrip, postgresCopy, type Result } from './baselines';
import { caseCoordinationConsumer } from './case-coordination.bench';
import { mondayGroupReads } from './monday-group.bench';
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
      'deadlocks (PostgreSQL / log lines)': r.deadlocks === undefined ? '' : `${r.deadlocks} / ${r.deadlockLogLines ?? 0}`,
      'fallbacks to one at a time': r.fallbacks ?? '',
    })),
  );
}

/**
 * `BENCH_ONLY=police-list`: the kafkajs baseline and the police list with network groups beside
 * it; `BENCH_ONLY=monday-group`: the agenda and person search at 100,000 persons;
 * `BENCH_ONLY=case-coordination`: the consume-only baseline and case coordination's incident
 * consumer; nothing else.
 */
async function benchmarks(): Promise<Result[]> {
  const only = process.env.BENCH_ONLY;
  const alone = ['police-list', 'monday-group', 'case-coordination'];
  if (only !== undefined && !alone.includes(only)) throw new Error(`BENCH_ONLY=${only}: the parts that run alone are ${alone.join(', ')}`);
  if (only === 'monday-group') return mondayGroupReads();
  if (only === 'case-coordination') {
    const baseline = await kafkaConsume();
    return [baseline, await caseCoordinationConsumer(baseline)];
  }
  const kafka = await kafkaRoundTrip();
  if (only === 'police-list') return [kafka, ...(await policeListIngestion(kafka))];
  const consume = await kafkaConsume();
  return [kafka, consume, await postgresCopy(), ...(await policeListIngestion(kafka)), await policeListMemory(), await caseCoordinationConsumer(consume), ...(await mondayGroupReads()), ...(await reportingRebuild(consume)), await reportingQueries()];
}

async function main(): Promise<void> {
  const results = await benchmarks();
  table(results);
  const directory = path.resolve(__dirname, 'results');
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ measuredAt: new Date().toISOString(), events: EVENTS, results }, null, 2));
  console.log(`results written to ${path.relative(process.cwd(), file)}`);
  // Issue 18, finding 7: concurrent consumer batches must never deadlock; a run that met one fails.
  const deadlocked = results.filter((r) => (r.deadlocks ?? 0) > 0 || (r.deadlockLogLines ?? 0) > 0);
  if (deadlocked.length > 0) throw new Error(`deadlocks detected in: ${deadlocked.map((r) => r.name).join('; ')}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
