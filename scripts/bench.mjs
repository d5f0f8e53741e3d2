// npm run bench: raw baselines (and, as they arrive, the suite's pipelines beside them)
// against the same real Kafka and PostgreSQL that npm start and npm test use.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startKafka, stopKafka } from './kafka.mjs';
import { ensureDependencies, log, ROOT, run } from './lib/process.mjs';

ensureDependencies();
// The report-query benchmark runs the reporting service as its container does, compiled.
log('building');
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
const startedHere = process.env.KAFKA_BROKERS ? false : await startKafka({ dataDir: path.join(ROOT, '.run/kafka-bench-data'), fresh: true });
try {
  // The young generation the rebuild command runs with (package.json, reporting:rebuild): the
  // rebuild is measured as it runs, and every baseline beside it runs in the same process.
  const bench = spawnSync(
    process.execPath,
    ['--max-semi-space-size=64', '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'bench/run.bench.ts'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  process.exitCode = bench.status ?? 1;
} finally {
  if (startedHere) await stopKafka();
}
