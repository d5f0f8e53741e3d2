// npm run test:node24 (and npm test, after the main run): the unit tests, and a boot of each
// service in a process of its own (jest's `boot` project, test/service-boot.boot-spec.ts:
// ready on GET /health/ready, exit 0 on SIGTERM, against PostgreSQL and Kafka), on Node 24, the image's Node, while the
// rest of the suite runs on the machine's (package.json engines names both). The Node 24
// binary is the npm registry's, pinned in scripts/lib/node24.mjs. Needs the broker and the
// server npm test uses: KAFKA_BROKERS and DATABASE_URL, else the local ones.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureNode24, NODE24 } from './lib/node24.mjs';
import { ensureDependencies, log, ROOT } from './lib/process.mjs';

const JEST = path.join(ROOT, 'node_modules/jest/bin/jest.js');

export const NODE24_STEPS = {
  unit: { what: 'unit tests', jestArgs: ['--selectProjects', 'unit'] },
  boot: { what: 'service boot', jestArgs: ['--selectProjects', 'boot'] },
};

/** Runs each step's jest under Node 24 (both unless named); the exit code of the first that fails, else 0. */
export function testOnNode24(env = process.env, steps = [NODE24_STEPS.unit, NODE24_STEPS.boot]) {
  const node = ensureNode24();
  // First on PATH too, so that whatever a test starts as `node` runs on Node 24 as well.
  const node24Env = { ...env, PATH: `${path.dirname(node)}${path.delimiter}${env.PATH}` };
  for (const step of steps) {
    log(`${step.what} on Node v${NODE24.version} (${path.relative(ROOT, node)})`);
    const started = Date.now();
    const jest = spawnSync(node, [JEST, '--ci', ...step.jestArgs], { cwd: ROOT, stdio: 'inherit', env: node24Env });
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (jest.status !== 0) {
      log(`${step.what} failed on Node v${NODE24.version} (${jest.error?.message ?? `exit ${jest.status ?? jest.signal}`}, ${seconds} s)`);
      return jest.status || 1;
    }
    log(`${step.what} passed on Node v${NODE24.version} in ${seconds} s`);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    ensureDependencies();
    process.exit(testOnNode24());
  } catch (error) {
    log(`Node 24 step failed: ${error.message}`);
    process.exit(1);
  }
}
