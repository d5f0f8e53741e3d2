import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@ssp/platform';
import { createEmptyTestDatabase, TestClock, type TestDatabase } from '@ssp/testing';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import request from 'supertest';
import { OidcStandIn, stateOf } from './auth/oidc-stand-in.fixture';
import { UPLOAD_PROGRESS_SCRIPT } from './police-lists/upload-progress.script';
import { createWebApp } from './web-app';
import { WebConfig } from './web.config';

/*
 * The web app's own rules over HTTP, on a clock the test holds, with its sessions in a real
 * PostgreSQL and a stand-in for the provider: sign-in and its cookies, the page asked for,
 * the form token, idle expiry and sign-out, the Danish pages for each, the headers. The
 * browser test (test/web-app.int-spec.ts) does the same through the real provider.
 */
describe('the web app over HTTP', () => {
  let database: TestDatabase;
  let clock: TestClock;
  let app: NestExpressApplication;
  const MINUTE = 60_000;
  /** Case coordination's answers to the agenda, by the page cursor the web app sends on (`after`). */
  const answers: Record<string, { status: number; body: unknown }> = {
    first: { status: 200, body: { meetingDate: '2026-11-23', startsAt: '2026-11-23T08:00:00.000Z', items: [], next: 'second' } },
    refused: { status: 403, body: { code: 'not-in-person-data-group', message: 'Personoplysninger kræver medlemskab af Mandagsgruppen.' } },
    unknown: { status: 400, body: { code: 'page-cursor-invalid', message: 'after er ikke en side fra denne liste.' } },
    revoked: { status: 401, body: { statusCode: 401 } },
    broken: { status: 500, body: { statusCode: 500 } },
  };
  const seenByService: { authorization?: string; url?: string }[] = [];
  const caseCoordination = http.createServer((incoming, response) => {
    seenByService.push({ authorization: incoming.headers.authorization, url: incoming.url });
    const answer = answers[new URL(incoming.url ?? '/', 'http://service').searchParams.get('after') ?? 'first'];
    response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  });

  const start = async (publicUrl: string) => {
    const config = loadConfig(WebConfig, {
      DATABASE_URL: database.url,
      PUBLIC_URL: publicUrl,
      OIDC_ISSUER: 'https://login.example',
      OIDC_CLIENT_SECRET: 'a-secret-of-sixteen-or-more',
      SESSION_KEY: randomBytes(32).toString('base64'),
      CASE_COORDINATION_URL: `http://127.0.0.1:${(caseCoordination.address() as { port: number }).port}`,
      POLICE_LIST_INGESTION_URL: 'http://127.0.0.1:9',
      NETWORK_GROUPS_URL: 'http://127.0.0.1:9',
      REPORTING_URL: 'http://127.0.0.1:9',
      LOG_LEVEL: 'error',
    });
    const started = await createWebApp(config, { clock, oidc: new OidcStandIn() });
    await started.init();
    return started;
  };
  const cookieOf = (response: request.Response, name: string) =>
    ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((cookie) => cookie.startsWith(`${name}=`)) ?? '';
  const valueOf = (setCookie: string) => setCookie.split(';')[0];

  /** Signs in through /log-ind and the callback; returns the session cookie's `name=value`. */
  const signIn = async (returnTo = '/') => {
    const started = await request(app.getHttpServer()).get(`/log-ind?til=${encodeURIComponent(returnTo)}`);
    const finished = await request(app.getHttpServer())
      .get(`/auth/callback?code=demo-karen-kjaer&state=${stateOf(started.headers.location)}`)
      .set('Cookie', valueOf(cookieOf(started, 'ssp_sign_in')));
    return { started, finished, session: valueOf(cookieOf(finished, 'ssp_session')) };
  };
  const formTokenOf = (page: string) => /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => caseCoordination.listen(0, '127.0.0.1', resolve));
    database = await createEmptyTestDatabase('web');
    clock = new TestClock('2026-11-23T08:00:00.000Z');
    app = await start('http://localhost:3000');
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await new Promise((resolve) => caseCoordination.close(resolve));
  });

  it('sends a person who is not signed in to sign-in, and back to the page they asked for', async () => {
    const page = await request(app.getHttpServer()).get('/dagsorden?efter=abc');
    expect([page.status, page.headers.location]).toEqual([303, '/log-ind?til=%2Fdagsorden%3Fefter%3Dabc']);
    const { started, finished } = await signIn('/tilgaengelighed');
    expect([started.status, started.headers.location]).toEqual([303, 'https://login.example/authorize?n=1']);
    expect(cookieOf(started, 'ssp_sign_in')).toMatch(/^ssp_sign_in=[A-Za-z0-9_-]{43}; Max-Age=600; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/);
    expect([finished.status, finished.headers.location]).toEqual([303, '/tilgaengelighed']);
    expect(cookieOf(finished, 'ssp_session')).toMatch(/^ssp_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(cookieOf(finished, 'ssp_sign_in')).toMatch(/^ssp_sign_in=; Path=\/; Expires=Thu, 01 Jan 1970/);
  });

  it('never returns to another site after sign-in', async () => {
    const { finished } = await signIn('//evil.example/');
    expect(finished.headers.location).toBe('/');
  });

  it('shows who is signed in on a page without script, stored nowhere, in no frame', async () => {
    const { session } = await signIn();
    const page = await request(app.getHttpServer()).get('/').set('Cookie', session);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Du er logget ind som <strong>Karen Kjær</strong>');
    expect(page.text).toContain('<li>SSP-konsulent</li>');
    expect(page.text).not.toContain('<script');
    expect(page.headers['content-security-policy']).toBe(
      "default-src 'none';script-src 'self';connect-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';form-action 'self' https://login.example;frame-ancestors 'none';base-uri 'none'",
    );
    expect(page.headers['cache-control']).toBe('no-store');
    const stylesheet = await request(app.getHttpServer()).get('/static/dkfds/css/dkfds.min.css');
    expect([stylesheet.status, stylesheet.headers['content-type']]).toEqual([200, 'text/css; charset=utf-8']);
    // The one script, the upload page's progress, is a file from this site, to anyone (it holds nothing of anyone).
    const script = await request(app.getHttpServer()).get('/static/upload-progress.js');
    expect([script.status, script.headers['content-type'], script.headers['x-content-type-options'], script.text]).toEqual([200, 'text/javascript; charset=utf-8', 'nosniff', UPLOAD_PROGRESS_SCRIPT]);
  });

  it('refuses a form without the page\'s form token, and changes nothing', async () => {
    const { session } = await signIn();
    for (const form of [{}, { _csrf: 'x'.repeat(43) }]) {
      const refused = await request(app.getHttpServer()).post('/log-ud').type('form').send(form).set('Cookie', session);
      expect([refused.status, refused.text.includes('Formularen kunne ikke sendes')]).toEqual([403, true]);
    }
    expect((await request(app.getHttpServer()).get('/').set('Cookie', session)).status).toBe(200);
  });

  it('ends a session unused for 30 minutes and says why, with a way to sign in again', async () => {
    const { session } = await signIn();
    clock.advance(29 * MINUTE);
    expect((await request(app.getHttpServer()).get('/').set('Cookie', session)).status).toBe(200);
    clock.advance(30 * MINUTE);
    const ended = await request(app.getHttpServer()).get('/dagsorden').set('Cookie', session);
    expect(ended.status).toBe(401);
    expect(ended.text).toContain('Du blev logget ud, fordi du ikke havde brugt løsningen i et stykke tid.');
    expect(ended.text).toContain('href="/log-ind?til=%2Fdagsorden"');
    expect(cookieOf(ended, 'ssp_session')).toMatch(/^ssp_session=; /);
    expect((await request(app.getHttpServer()).get('/').set('Cookie', session)).status).toBe(303);
  });

  it('signs out with the form token: the session ends here, then at the provider', async () => {
    const { session } = await signIn();
    const page = await request(app.getHttpServer()).get('/').set('Cookie', session);
    const signedOut = await request(app.getHttpServer()).post('/log-ud').type('form').send({ _csrf: formTokenOf(page.text) }).set('Cookie', session);
    expect([signedOut.status, signedOut.headers.location]).toEqual([303, 'https://login.example/logout?hint=id-token-of-demo-karen-kjaer']);
    expect(cookieOf(signedOut, 'ssp_session')).toMatch(/^ssp_session=; /);
    expect((await request(app.getHttpServer()).get('/').set('Cookie', session)).status).toBe(303);
  });

  it('answers a missing page and a failed sign-in with Danish pages', async () => {
    const { session } = await signIn();
    const missing = await request(app.getHttpServer()).get('/findes-ikke').set('Cookie', session);
    expect([missing.status, missing.text.includes('Siden findes ikke')]).toEqual([404, true]);
    const noSignIn = await request(app.getHttpServer()).get('/auth/callback?code=x&state=y');
    expect([noSignIn.status, noSignIn.text.includes('Du blev ikke logget ind')]).toEqual([400, true]);
    expect((await request(app.getHttpServer()).get('/tilgaengelighed')).text).toContain('Tilgængelighedserklæring for SSP Randers');
  });

  it('over https names its cookies __Host- and makes them Secure', async () => {
    const secure = await start('https://ssp.randers.example');
    try {
      const started = await request(secure.getHttpServer()).get('/log-ind');
      expect(cookieOf(started, '__Host-ssp_sign_in')).toMatch(/^__Host-ssp_sign_in=[A-Za-z0-9_-]{43}; Max-Age=600; Path=\/; Expires=.+; HttpOnly; Secure; SameSite=Lax$/);
    } finally {
      await secure.close();
    }
  });

  it("calls case coordination with the person's own token and shows each of its answers as a Danish page", async () => {
    const { session } = await signIn();
    const page = (after?: string) => request(app.getHttpServer()).get(after ? `/dagsorden?efter=${after}` : '/dagsorden').set('Cookie', session);
    const first = await page();
    expect([first.status, first.text.includes('Der er ingen personer på dagsordenen'), first.text.includes('href="/dagsorden?efter=second"')]).toEqual([200, true, true]);
    expect(seenByService.at(-1)).toEqual({ authorization: 'Bearer token-of-demo-karen-kjaer', url: '/meetings/next/agenda?limit=20' });
    const refused = await page('refused');
    expect([refused.status, refused.text.includes('Personoplysninger kræver medlemskab af Mandagsgruppen.'), refused.text.includes('not-in-person-data-group')]).toEqual([403, true, true]);
    const unknown = await page('unknown');
    expect([unknown.status, unknown.text.includes('after er ikke en side fra denne liste.')]).toEqual([400, true]);
    const broken = await page('broken');
    expect([broken.status, broken.text.includes('Systemet svarer ikke lige nu')]).toEqual([502, true]);
    // A token the service no longer accepts ends the session: sign in again, back to the same page.
    const revoked = await page('revoked');
    expect([revoked.status, revoked.headers.location]).toEqual([303, '/log-ind?til=%2Fdagsorden%3Fefter%3Drevoked']);
    expect((await request(app.getHttpServer()).get('/').set('Cookie', session)).status).toBe(303);
  });
});
