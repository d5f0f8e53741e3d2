import { Role, SUBJECT_RATE_LIMIT_MESSAGE } from '@ssp/platform';
import { newTopicNamespace, serviceTestEnvironment, startTestService, testToken, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';

/*
 * The second rate limit: per signed-in subject, counted after the token is verified and before
 * access is decided. One person spreading requests over addresses is still one person; many
 * colleagues behind one municipal address are many. The subject reaches the store as a digest.
 *
 * Negative control: register only AddressThrottlerGuard (drop SubjectThrottlerGuard from
 * platform.module.ts's guards): no X-RateLimit-Remaining-subject (null, null, null instead of
 * 2, 1, 0), the school token refused 403 five times instead of 403, 403, 403, 429, 429.
 */

const PER_SUBJECT = 3;

describe('the rate limit per signed-in subject', () => {
  let environment: ServiceTestEnvironment;
  let service: RunningService;

  /** A request from `client` as the ingress forwards it (TRUST_PROXY_HOPS=1). */
  const get = (token: string, client: string) => fetch(`${service.url}/audit-log?limit=1`, { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': client } });
  const auditRows = async (actor: string) => ((await service.dataSource.query('SELECT count(*)::int AS n FROM audit_log WHERE actor = $1', [actor])) as { n: number }[])[0]!.n;

  beforeAll(async () => {
    environment = await serviceTestEnvironment('police-list-ingestion', newTopicNamespace());
    service = await startTestService(INGESTION, {
      ...environment.env,
      RATE_LIMIT_PER_MINUTE: '1000',
      RATE_LIMIT_PER_SUBJECT_PER_MINUTE: String(PER_SUBJECT),
      TRUST_PROXY_HOPS: '1',
    });
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  it('counts one subject over every address it comes from, and refuses the request past the limit with Retry-After and a Danish message', async () => {
    const token = await testToken({ roles: [Role.operator], subject: 'operatoer-spredt' });
    const remaining: (string | null)[] = [];
    for (let i = 0; i < PER_SUBJECT; i++) {
      const response = await get(token, `198.51.100.${i + 1}`);
      expect(response.status).toBe(200);
      remaining.push(response.headers.get('x-ratelimit-remaining-subject'));
    }
    expect(remaining).toEqual(['2', '1', '0']);

    const refused = await get(token, '198.51.100.99');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({ statusCode: 429, error: 'ThrottlerException', message: SUBJECT_RATE_LIMIT_MESSAGE });
  });

  it('counts each subject behind one address on its own', async () => {
    const office = '203.0.113.50';
    for (const subject of ['kollega-1', 'kollega-2', 'kollega-3']) {
      const token = await testToken({ roles: [Role.operator], subject });
      const statuses = [];
      for (let i = 0; i < PER_SUBJECT; i++) statuses.push((await get(token, office)).status);
      expect(statuses).toEqual([200, 200, 200]);
    }
  });

  it('counts before access is decided: requests past the limit are neither decided nor audited', async () => {
    const token = await testToken({ roles: [Role.school], groups: ['netvaerk-nord'], subject: 'laerer-mange' });
    const statuses = [];
    for (let i = 0; i < PER_SUBJECT + 2; i++) statuses.push((await get(token, `192.0.2.${i + 1}`)).status);
    expect(statuses).toEqual([403, 403, 403, 429, 429]);
    expect(await auditRows('laerer-mange')).toBe(PER_SUBJECT);
  });

  it('keeps the subject out of the store: only digests, under the subject throttler', async () => {
    const rows = (await service.dataSource.query("SELECT key FROM rate_limit_window WHERE throttler = 'subject'")) as { key: Buffer }[];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const { key } of rows) {
      expect(key).toHaveLength(32);
      for (const subject of ['operatoer-spredt', 'kollega-1', 'laerer-mange']) expect(key.includes(Buffer.from(subject))).toBe(false);
    }
  });
});
