import { RATE_LIMIT_MESSAGE, Role } from '@ssp/platform';
import { newTopicNamespace, serviceTestEnvironment, startTestService, testToken, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';

/*
 * Two replicas of one service on one database, as Kubernetes runs them behind a Service:
 * the rate limit is one limit per client, not one per replica. Requests alternate between
 * the replicas; the one past the limit is refused by either.
 *
 * Negative control: leave `storage` out of `rateLimitModule` (libs/platform/src/rate-limit/
 * rate-limit.module.ts), so each replica counts in its own memory: the first test fails,
 * X-RateLimit-Remaining going 3, 3, 2, 2 instead of 3, 2, 1, 0.
 */

const LIMIT = 4;

describe('the rate limit of two replicas of one service', () => {
  const namespace = newTopicNamespace();
  let environment: ServiceTestEnvironment;
  const replicas: RunningService[] = [];
  let token: string;

  /** A request from `client` as the ingress forwards it (TRUST_PROXY_HOPS=1). */
  const get = (replica: RunningService, client: string) =>
    fetch(`${replica.url}/audit-log?limit=1`, { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': client } });

  beforeAll(async () => {
    environment = await serviceTestEnvironment('police-list-ingestion', namespace);
    const env = { ...environment.env, RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY_HOPS: '1' };
    replicas.push(await startTestService(INGESTION, env), await startTestService(INGESTION, env));
    token = await testToken({ roles: [Role.operator] });
  });

  afterAll(async () => {
    for (const replica of replicas) await replica.close();
    await environment?.database.drop();
  });

  it('counts the requests to both replicas against one limit, and refuses the one past it on either', async () => {
    const client = '203.0.113.10';
    const remaining: (string | null)[] = [];
    for (let i = 0; i < LIMIT; i++) {
      const response = await get(replicas[i % 2]!, client);
      expect(response.status).toBe(200);
      remaining.push(response.headers.get('x-ratelimit-remaining'));
    }
    expect(remaining).toEqual(['3', '2', '1', '0']);

    for (const replica of replicas) {
      const refused = await get(replica, client);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(await refused.json()).toEqual({ statusCode: 429, error: 'ThrottlerException', message: RATE_LIMIT_MESSAGE });
    }
  });

  it('counts each client address on its own', async () => {
    const [first, second] = replicas;
    for (let i = 0; i <= LIMIT; i++) await get(first!, '203.0.113.20');
    expect((await get(second!, '203.0.113.20')).status).toBe(429);
    expect((await get(second!, '203.0.113.21')).status).toBe(200);
  });

  it('refuses a request whose count cannot be kept, rather than let it through uncounted', async () => {
    const client = '203.0.113.30';
    await replicas[0]!.dataSource.query('ALTER TABLE rate_limit_window RENAME TO rate_limit_window_away');
    try {
      const refused = await get(replicas[0]!, client);
      expect(refused.status).toBe(500);
      expect(await refused.json()).toMatchObject({ statusCode: 500, errorId: expect.any(String) });
    } finally {
      await replicas[0]!.dataSource.query('ALTER TABLE rate_limit_window_away RENAME TO rate_limit_window');
    }
    expect((await get(replicas[1]!, client)).status).toBe(200);
  });
});
