import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@ssp/platform';
import { createEmptyTestDatabase, TestClock, type TestDatabase } from '@ssp/testing';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { OidcStandIn } from '../auth/oidc-stand-in.fixture';
import { createWebApp } from '../web-app';
import { WebConfig } from '../web.config';

/*
 * The probes of k8s/web/web.yaml and docker-compose.yml: /health/live is the process only,
 * /health/ready the web app's database; neither needs a sign-in, and ready says 503 (as JSON,
 * not a page) once the database no longer answers.
 */
describe('the web app health', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;

  beforeAll(async () => {
    database = await createEmptyTestDatabase('web_health');
    const config = loadConfig(WebConfig, {
      DATABASE_URL: database.url,
      OIDC_ISSUER: 'https://login.example',
      OIDC_CLIENT_SECRET: 'a-secret-of-sixteen-or-more',
      SESSION_KEY: randomBytes(32).toString('base64'),
      CASE_COORDINATION_URL: 'http://127.0.0.1:9',
      POLICE_LIST_INGESTION_URL: 'http://127.0.0.1:9',
      NETWORK_GROUPS_URL: 'http://127.0.0.1:9',
      REPORTING_URL: 'http://127.0.0.1:9',
      LOG_LEVEL: 'error',
    });
    app = await createWebApp(config, { clock: new TestClock('2026-11-23T08:00:00.000Z'), oidc: new OidcStandIn() });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('is live and ready without a sign-in while its database answers', async () => {
    const live = await request(app.getHttpServer()).get('/health/live');
    const ready = await request(app.getHttpServer()).get('/health/ready');
    expect([live.status, live.body]).toEqual([200, { status: 'ok' }]);
    expect([ready.status, ready.body]).toEqual([200, { status: 'ok' }]);
  });

  it('is not ready once the database is gone, and still live', async () => {
    await app.get(DataSource).destroy();
    const ready = await request(app.getHttpServer()).get('/health/ready');
    expect([ready.status, ready.headers['content-type'], ready.body]).toEqual([503, expect.stringContaining('application/json'), { status: 'unavailable' }]);
    expect((await request(app.getHttpServer()).get('/health/live')).status).toBe(200);
  });
});
