import type { INestApplication } from '@nestjs/common';
import { createServiceApp, loadConfig, startServiceApp, type ServiceConfig, type ServiceDefinition } from '@ssp/platform';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { testIssuerEnv } from './identity';
import { createTestDatabase, type TestDatabase } from './postgres';
import { testSecretsOf } from './test-secrets';
import { TestClock } from './test-clock';

/** Settings every test service gets unless the test says otherwise. */
export function baseTestEnv(): Record<string, string> {
  return {
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    NODE_ENV: 'test',
    LOG_FORMAT: 'text',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    OUTBOX_POLL_INTERVAL_MS: '200',
    CONSUMER_MAX_ATTEMPTS: '2',
    RATE_LIMIT_PER_MINUTE: '100000',
    RATE_LIMIT_PER_SUBJECT_PER_MINUTE: '100000',
    // Most tests name a caller's bodies in the token (testToken's groups); the tests of the
    // registry's memberships (test/memberships.int-spec.ts) and the seeded suite (the access
    // matrix, the fuzzer) set `registry`.
    MEMBERSHIP_SOURCE: 'token',
    ...testIssuerEnv(),
  };
}

/** A topic namespace of its own, so a test file shares the broker but no topic. */
export function newTopicNamespace(): string {
  return `t${randomBytes(4).toString('hex')}.`;
}

export interface RunningService {
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  /** What the service reads as "now": from `TEST_NOW` on, until the test moves it. */
  clock: TestClock;
  close(): Promise<void>;
}

/**
 * Starts a service in this process exactly as main.ts would, on a free port, on a clock the
 * test holds (a fresh `TestClock` at `TEST_NOW` unless one is given, so services sharing a
 * test can share one).
 */
export async function startTestService<T extends ServiceConfig>(
  definition: ServiceDefinition<T>,
  env: Record<string, string>,
  clock: TestClock = new TestClock(),
): Promise<RunningService> {
  const config = loadConfig(definition.configClass, { ...baseTestEnv(), ...env });
  const app = await createServiceApp(definition, config, { clock });
  // A start that fails (e.g. keys that do not fit the data) must not leave its connections open.
  await startServiceApp(app, 0).catch(async (error: unknown) => {
    await app.close().catch(() => undefined);
    throw error;
  });
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, url, dataSource: app.get(DataSource), clock, close: () => app.close() };
}

/** One service's database and namespace for a test file; `drop` removes the database. */
export interface ServiceTestEnvironment {
  database: TestDatabase;
  env: Record<string, string>;
}

export async function serviceTestEnvironment(service: string, namespace: string): Promise<ServiceTestEnvironment> {
  const database = await createTestDatabase(service);
  return { database, env: { ...testIssuerEnv(), ...testSecretsOf(service), DATABASE_URL: database.url, KAFKA_TOPIC_NAMESPACE: namespace } };
}
