import { baseTestEnv, ChildNodeProcess, createEmptyTestDatabase, freePort, newTopicNamespace, testSecretsOf, waitFor, type TestDatabase } from '@ssp/testing';
import { SERVICE_DEFINITIONS } from '../tools/openapi/service-apis';

/** The readiness probe's path; a service is up when it answers 200 there. */
const READINESS_PATH = '/health/ready';
const BOOT_TIMEOUT_MS = 90_000;

async function httpStatus(url: string): Promise<number> {
  return fetch(url).then((response) => response.status, () => 0);
}

/*
 * Each service in a process of its own, on the Node that runs the test (child processes run
 * on process.execPath: the npm test step of scripts/node24.mjs runs this file on Node 24),
 * as main.ts starts it (on the tests' clock), against an empty database it migrates itself,
 * and the broker: it must become ready, and on SIGTERM shut down cleanly with exit code 0.
 */
describe('every service boots in its own process', () => {
  const namespace = newTopicNamespace();

  it.each(SERVICE_DEFINITIONS.map((service) => service.name))(`%s answers GET ${READINESS_PATH} with 200, then exits 0 on SIGTERM`, async (service) => {
    let database: TestDatabase | undefined;
    let child: ChildNodeProcess | undefined;
    try {
      database = await createEmptyTestDatabase(`t_boot_${service.replace(/-/g, '_')}`);
      const port = await freePort();
      child = ChildNodeProcess.start('test/fixtures/service-on-test-clock.fixture.ts', {
        ...baseTestEnv(),
        ...testSecretsOf(service),
        SSP_SERVICE: service,
        HTTP_PORT: String(port),
        DATABASE_URL: database.url,
        KAFKA_TOPIC_NAMESPACE: namespace,
      });
      const running = child;
      // A process that dies while starting fails the test at once, with what it printed.
      const died = running.exited.then((code) => {
        throw new Error(`${service} exited (${code}) before it was ready:\n${running.printed}`);
      });
      const ready = waitFor(`${service} to answer GET ${READINESS_PATH} with 200`, () => httpStatus(`http://127.0.0.1:${port}${READINESS_PATH}`), (status) => status === 200, {
        timeoutMs: BOOT_TIMEOUT_MS,
        intervalMs: 250,
      });
      await Promise.race([ready, died]);
      const code = await running.kill('SIGTERM');
      if (code !== 0) throw new Error(`${service} exited ${code} on SIGTERM, not 0:\n${running.printed}`);
    } finally {
      await child?.kill('SIGKILL');
      await database?.drop();
    }
  }, BOOT_TIMEOUT_MS + 30_000);
});
