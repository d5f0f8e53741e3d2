import { randomBytes } from 'node:crypto';
import { runMigrationsUnderLock } from '@ssp/platform';
import { createEmptyTestDatabase, TestClock, type TestDatabase } from '@ssp/testing';
import { DataSource } from 'typeorm';
import { SignInFailedError } from '../auth/oidc-client';
import { OidcStandIn, stateOf } from '../auth/oidc-stand-in.fixture';
import { webDataSourceOptions } from '../database/web-data-source';
import { sessionPolicy } from './session-rules';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import { TokenSealer } from './token-sealing';

describe('web sessions in PostgreSQL on a clock the test holds', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let clock: TestClock;
  let sessions: SessionService;

  const MINUTE = 60_000;
  const signIn = async (subject: string) => {
    const { cookie, url } = await sessions.beginSignIn('/dagsorden');
    return sessions.completeSignIn(cookie, new URL(`https://ssp.example/auth/callback?code=${subject}&state=${stateOf(url)}`));
  };
  const rows = async (table: string) => ((await dataSource.query(`SELECT count(*)::int AS count FROM ${table}`)) as { count: number }[])[0].count;

  beforeAll(async () => {
    database = await createEmptyTestDatabase('web');
    dataSource = new DataSource(webDataSourceOptions(database.url));
    await dataSource.initialize();
    await runMigrationsUnderLock(dataSource);
  });

  beforeEach(async () => {
    await dataSource.query('TRUNCATE web_session, web_sign_in');
    clock = new TestClock('2026-11-23T08:00:00.000Z');
    sessions = new SessionService(new SessionRepository(dataSource), new OidcStandIn(), clock, sessionPolicy(30, 8), new TokenSealer(randomBytes(32).toString('base64')));
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('signs in with a new cookie, returns to the page asked for, and keeps only hashes of cookies', async () => {
    const { cookie, returnTo } = await signIn('demo-karen-kjaer');
    expect(returnTo).toBe('/dagsorden');
    const resumed = await sessions.resume(cookie);
    expect(resumed).toMatchObject({ kind: 'active', session: { subject: 'demo-karen-kjaer', name: 'Karen Kjær', roles: ['ssp-consultant'], accessToken: 'token-of-demo-karen-kjaer' } });
    const stored = JSON.stringify(await dataSource.query('SELECT * FROM web_session'));
    expect(stored).not.toContain(cookie);
    expect(stored).not.toContain('token-of-demo-karen-kjaer');
    expect(await rows('web_sign_in')).toBe(0);
  });

  it('ends a session unused for 30 minutes, and deletes it', async () => {
    const { cookie } = await signIn('demo-karen-kjaer');
    clock.advance(29 * MINUTE);
    expect((await sessions.resume(cookie)).kind).toBe('active');
    clock.advance(29 * MINUTE);
    expect((await sessions.resume(cookie)).kind).toBe('active');
    clock.advance(30 * MINUTE);
    expect(await sessions.resume(cookie)).toEqual({ kind: 'ended', reason: 'idle' });
    expect(await rows('web_session')).toBe(0);
    expect(await sessions.resume(cookie)).toEqual({ kind: 'none' });
  });

  it('ends a session 8 hours after sign-in however busy the person is', async () => {
    const { cookie } = await signIn('demo-karen-kjaer');
    for (let minutes = 20; minutes < 8 * 60; minutes += 20) {
      clock.advance(20 * MINUTE);
      expect([minutes, (await sessions.resume(cookie)).kind]).toEqual([minutes, 'active']);
    }
    clock.advance(20 * MINUTE);
    expect(await sessions.resume(cookie)).toEqual({ kind: 'ended', reason: 'absolute' });
  });

  it('uses a sign-in once, refuses one older than 10 minutes, and one without its cookie', async () => {
    const first = await sessions.beginSignIn('/');
    const callback = new URL(`https://ssp.example/auth/callback?code=demo-karen-kjaer&state=${stateOf(first.url)}`);
    await sessions.completeSignIn(first.cookie, callback);
    await expect(sessions.completeSignIn(first.cookie, callback)).rejects.toMatchObject({ reason: 'unknown-sign-in' });
    await expect(sessions.completeSignIn(undefined, callback)).rejects.toMatchObject({ reason: 'no-sign-in-cookie' });
    const late = await sessions.beginSignIn('/');
    clock.advance(10 * MINUTE + 1000);
    await expect(sessions.completeSignIn(late.cookie, new URL(`https://ssp.example/auth/callback?code=x&state=${stateOf(late.url)}`))).rejects.toMatchObject({
      reason: 'sign-in-too-old',
    });
    const forged = await sessions.beginSignIn('/');
    await expect(sessions.completeSignIn(forged.cookie, new URL('https://ssp.example/auth/callback?code=x&state=another'))).rejects.toBeInstanceOf(SignInFailedError);
  });

  it('signs out: the session is gone and the provider is told with the ID token', async () => {
    const { cookie } = await signIn('demo-karen-kjaer');
    expect(await sessions.signOut(cookie)).toBe('https://login.example/logout?hint=id-token-of-demo-karen-kjaer');
    expect(await sessions.resume(cookie)).toEqual({ kind: 'none' });
    expect(await rows('web_session')).toBe(0);
  });

  it('cannot use a session whose tokens were sealed with another key, and deletes it', async () => {
    const { cookie } = await signIn('demo-karen-kjaer');
    const rekeyed = new SessionService(new SessionRepository(dataSource), new OidcStandIn(), clock, sessionPolicy(30, 8), new TokenSealer(randomBytes(32).toString('base64')));
    expect(await rekeyed.resume(cookie)).toEqual({ kind: 'none' });
    expect(await rows('web_session')).toBe(0);
  });
});
