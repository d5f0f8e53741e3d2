// npm test: checks the lock file (scripts/lock-check.mjs), installs what is missing, lints
// the Dockerfile (scripts/lint-dockerfile.mjs), type-checks, brings up a real Kafka (unless
// KAFKA_BROKERS names one) next to PostgreSQL (Testcontainers for both where a Docker engine
// runs and neither is configured), and runs the unit tests on Node 24, the image's Node
// (scripts/node24.mjs), the integration and end-to-end tests against them on the machine's
// Node, and a boot of every service on Node 24. Extra arguments go to jest and pick what
// runs, e.g. `npm test -- --selectProjects unit` (on the machine's Node only).
import path from 'node:path';
import { KAFKA_PORT, KAFKA_SASL_PORT, startKafka, stopKafka } from './kafka.mjs';
import { ensurePostgresClient, withAdminClient, serverUrl } from './lib/postgres.mjs';
import { dockerEngineAvailable, startContainers } from './lib/containers.mjs';
import { ensureDependencies, log, ROOT } from './lib/process.mjs';
import { ensureChromium } from './lib/chromium.mjs';
import { ensureDeployTools } from './lib/deploy-tools.mjs';
import { checkLock } from './lock-check.mjs';
import { NODE24_STEPS, testOnNode24 } from './node24.mjs';
import { spawnSync } from 'node:child_process';

/** Integration and end-to-end test files run at once. */
const INTEGRATION_WORKERS = 2;

/** Configured services, else Testcontainers where Docker runs, else the local ones. */
async function bringUpStack() {
  const configured = process.env.DATABASE_URL || process.env.KAFKA_BROKERS;
  if (!configured && dockerEngineAvailable()) {
    const containers = await startContainers();
    process.env.DATABASE_URL = containers.databaseUrl;
    process.env.KAFKA_BROKERS = containers.kafkaBrokers;
    return containers.stop;
  }
  await withAdminClient(async (client) => client.query('SELECT 1'));
  log(`PostgreSQL at ${new URL(serverUrl()).host}`);
  const kafkaStartedHere = process.env.KAFKA_BROKERS
    ? false
    : await startKafka({ dataDir: path.join(ROOT, '.run/kafka-test-data'), fresh: true });
  return kafkaStartedHere ? stopKafka : async () => undefined;
}

async function main() {
  if (checkLock() !== 0) return 1;
  ensureDependencies();
  // Imported once installed: the linter is a development dependency.
  const { checkDockerfile } = await import('./lint-dockerfile.mjs');
  if (checkDockerfile() !== 0) return 1;
  const chromium = ensureChromium();
  ensureDeployTools();
  ensurePostgresClient();
  log('type-checking');
  const typecheck = spawnSync('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'], { cwd: ROOT, stdio: 'inherit' });
  if (typecheck.status !== 0) return 1;

  const tearDown = await bringUpStack();
  try {
    const env = {
      ...process.env,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? `127.0.0.1:${KAFKA_PORT}`,
      // The broker's SCRAM listener, where test/security/kafka-acl.int-spec.ts connects as each service.
      KAFKA_SASL_BROKERS: process.env.KAFKA_SASL_BROKERS ?? `127.0.0.1:${KAFKA_SASL_PORT}`,
      DATABASE_URL: serverUrl(),
      CHROMIUM_PATH: chromium,
    };
    const jestArgs = process.argv.slice(2);
    if (jestArgs.length > 0) {
      log(`jest on the machine's Node ${process.version}`);
      const jest = spawnSync('npx', ['jest', '--ci', ...jestArgs], { cwd: ROOT, stdio: 'inherit', env });
      log('the Node 24 steps are left out when jest arguments pick what runs (npm run test:node24 runs them)');
      return jest.status ?? 1;
    }
    // The unit tests once, on the image's Node, first (they fail fastest); integration and
    // end-to-end tests on the machine's; every service booted on the image's Node last.
    const unit = testOnNode24(env, [NODE24_STEPS.unit]);
    if (unit !== 0) return unit;
    log(`integration and end-to-end tests on the machine's Node ${process.version}, two files at a time`);
    // They mostly wait on Kafka, PostgreSQL and child processes: one jest worker (the default on
    // two cores) left the machine two-thirds idle. Every file has its own databases and topics.
    const jest = spawnSync('npx', ['jest', '--ci', `--maxWorkers=${INTEGRATION_WORKERS}`, '--selectProjects', 'integration', 'e2e'], { cwd: ROOT, stdio: 'inherit', env });
    if (jest.status !== 0) return jest.status ?? 1;
    return testOnNode24(env, [NODE24_STEPS.boot]);
  } finally {
    await tearDown();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(`test run failed: ${error.message}`);
    process.exit(1);
  },
);
