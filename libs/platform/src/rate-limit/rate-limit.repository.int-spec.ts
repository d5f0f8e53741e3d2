import { createTestDatabase, waitFor, type TestDatabase } from '@ssp/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RateLimitRepository, type RateLimitRule } from './rate-limit.repository';

/*
 * The rate limit's one statement against the real PostgreSQL: windows, blocks, roll-over on
 * the database's clock (short windows, waited for with a deadline) and atomic counting under
 * concurrent hits, as replicas would send them.
 */

const MINUTE: RateLimitRule = { ttlMs: 60_000, limit: 3, blockMs: 60_000 };
const newKey = (): Buffer => randomBytes(32);

describe('RateLimitRepository', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let repository: RateLimitRepository;

  beforeAll(async () => {
    database = await createTestDatabase('police-list-ingestion');
    dataSource = await new DataSource({ type: 'postgres', url: database.url, extra: { max: 10 } }).initialize();
    repository = new RateLimitRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const hitsOf = async (key: Buffer, rule: RateLimitRule, times: number, throttler = 'per-minute') => {
    const hits = [];
    for (let i = 0; i < times; i++) hits.push(await repository.hit(throttler, key, rule));
    return hits;
  };

  it('counts hits in a window, blocks the one past the limit for the block duration, and counts no hit while blocked', async () => {
    const hits = await hitsOf(newKey(), MINUTE, 5);
    expect(hits.map(({ hits, blocked }) => [hits, blocked])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, true],
      [4, true],
    ]);
    for (const hit of hits) expect(hit.msToWindowEnd).toBeGreaterThan(50_000);
    expect(hits[3]!.msToBlockEnd).toBeGreaterThan(50_000);
    expect(hits[3]!.msToBlockEnd).toBeLessThanOrEqual(60_000);
    expect(hits[0]!.msToBlockEnd).toBeNull();
  });

  it('counts each key and each throttler on its own', async () => {
    const key = newKey();
    await hitsOf(key, MINUTE, 4);
    expect((await repository.hit('per-minute', newKey(), MINUTE)).hits).toBe(1);
    expect((await repository.hit('per-second', key, MINUTE)).hits).toBe(1);
  });

  it('starts a new window when the old one is over', async () => {
    const rule = { ttlMs: 300, limit: 1000, blockMs: 300 };
    const key = newKey();
    expect((await hitsOf(key, rule, 2)).map((hit) => hit.hits)).toEqual([1, 2]);
    const fresh = await waitFor('a new window', () => repository.hit('per-minute', key, rule), (hit) => hit.hits === 1, { timeoutMs: 10_000, intervalMs: 50 });
    expect(fresh.msToWindowEnd).toBeGreaterThan(0);
    expect(fresh.msToWindowEnd).toBeLessThanOrEqual(300);
    expect((await repository.hit('per-minute', key, rule)).hits).toBe(2);
  });

  it('ends a block after its duration with a new window, even before the old window would have ended', async () => {
    const rule = { ttlMs: 60_000, limit: 1, blockMs: 300 };
    const key = newKey();
    expect((await hitsOf(key, rule, 3)).map(({ hits, blocked }) => [hits, blocked])).toEqual([
      [1, false],
      [2, true],
      [2, true],
    ]);
    const after = await waitFor('the block to end', () => repository.hit('per-minute', key, rule), (hit) => !hit.blocked, { timeoutMs: 10_000, intervalMs: 50 });
    expect(after).toMatchObject({ hits: 1, blocked: false, msToBlockEnd: null });
    expect(after.msToWindowEnd).toBeGreaterThan(50_000);
  });

  it('without a block duration, refuses hits until the window ends', async () => {
    const [, second] = await hitsOf(newKey(), { ttlMs: 60_000, limit: 1, blockMs: null }, 2);
    expect(second).toMatchObject({ hits: 2, blocked: true });
    expect(second!.msToBlockEnd).toBe(second!.msToWindowEnd);
  });

  it('blocks the first hit under a limit of 0, as the in-memory storage does', async () => {
    expect(await repository.hit('per-minute', newKey(), { ...MINUTE, limit: 0 })).toMatchObject({ hits: 1, blocked: true });
  });

  it('counts concurrent hits on one key exactly once each: the limit holds however they interleave', async () => {
    const key = newKey();
    const rule = { ttlMs: 60_000, limit: 25, blockMs: 60_000 };
    const hits = await Promise.all(Array.from({ length: 40 }, () => repository.hit('per-minute', key, rule)));
    const allowed = hits.filter((hit) => !hit.blocked).map((hit) => hit.hits);
    expect(allowed.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(hits.filter((hit) => hit.blocked).map((hit) => hit.hits)).toEqual(Array.from({ length: 15 }, () => 26));
  });

  it('deletes expired rows, at most the number asked for at a time, and keeps those whose window or block lasts', async () => {
    await dataSource.query('DELETE FROM rate_limit_window');
    for (let i = 0; i < 25; i++) await repository.hit('per-minute', newKey(), { ttlMs: 1, limit: 10, blockMs: 1 });
    await repository.hit('per-minute', newKey(), MINUTE);
    await repository.hit('per-minute', newKey(), { ttlMs: 1, limit: 0, blockMs: 60_000 });
    await waitFor(
      'the short windows to end',
      async () => ((await dataSource.query('SELECT count(*)::int AS n FROM rate_limit_window WHERE expires_at <= statement_timestamp()')) as { n: number }[])[0]!.n,
      (expired) => expired === 25,
      { timeoutMs: 10_000 },
    );
    const deleted = [];
    for (let i = 0; i < 4; i++) deleted.push(await repository.deleteExpired(10));
    expect(deleted).toEqual([10, 10, 5, 0]);
    expect(await dataSource.query('SELECT count(*)::int AS n FROM rate_limit_window')).toEqual([{ n: 2 }]);
  });
});
