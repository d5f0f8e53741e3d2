import { createTestDatabase, waitFor, type TestDatabase } from '@ssp/testing';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PostgresThrottlerStorage, SWEEP_EVERY } from './postgres-throttler.storage';
import { RateLimitRepository } from './rate-limit.repository';

/*
 * The storage as ThrottlerGuard calls it: its answer in the throttler's terms, keys that
 * reach the table only as digests, and the sweep that bounds the table riding on the hits.
 */
describe('PostgresThrottlerStorage', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let storage: PostgresThrottlerStorage;

  beforeAll(async () => {
    database = await createTestDatabase('police-list-ingestion');
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    storage = new PostgresThrottlerStorage(new RateLimitRepository(dataSource));
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const rowCount = async (): Promise<number> => ((await dataSource.query('SELECT count(*)::int AS n FROM rate_limit_window')) as { n: number }[])[0]!.n;

  it('answers in seconds as the throttler expects, and blocks past the limit', async () => {
    const key = randomBytes(32).toString('hex');
    const first = await storage.increment(key, 60_000, 1, 30_000, 'per-minute');
    expect(first).toEqual({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
    const second = await storage.increment(key, 60_000, 1, 30_000, 'per-minute');
    expect(second).toMatchObject({ totalHits: 2, timeToExpire: 60, isBlocked: true });
    expect(second.timeToBlockExpire).toBeGreaterThanOrEqual(29);
    expect(second.timeToBlockExpire).toBeLessThanOrEqual(30);
  });

  it('stores a digest of the key, never the key itself', async () => {
    const key = 'ThrottledController-handler-per-minute-203.0.113.7';
    await storage.increment(key, 60_000, 10, 60_000, 'per-minute');
    const keys = ((await dataSource.query('SELECT key FROM rate_limit_window')) as { key: Buffer }[]).map((row) => row.key);
    expect(keys).toContainEqual(createHash('sha256').update(key).digest());
    expect(keys.filter((stored) => stored.includes(Buffer.from('203.0.113.7')))).toEqual([]);
  });

  it(`deletes expired rows on every ${SWEEP_EVERY}th hit, not before`, async () => {
    await dataSource.query('DELETE FROM rate_limit_window');
    const replica = new PostgresThrottlerStorage(new RateLimitRepository(dataSource));
    let hits = 0;
    const hit = async (key: string, ttl: number) => {
      hits += 1;
      await replica.increment(key, ttl, 1_000, ttl, 'per-minute');
    };
    for (let i = 0; i < 20; i++) await hit(randomBytes(32).toString('hex'), 1);
    await waitFor(
      'the short windows to end',
      async () => ((await dataSource.query('SELECT count(*)::int AS n FROM rate_limit_window WHERE expires_at <= statement_timestamp()')) as { n: number }[])[0]!.n,
      (expired) => expired === 20,
    );
    const live = randomBytes(32).toString('hex');
    while (hits < SWEEP_EVERY - 1) await hit(live, 60_000);
    expect(await rowCount()).toBe(21);
    await hit(live, 60_000);
    expect(await rowCount()).toBe(1);
  });
});
