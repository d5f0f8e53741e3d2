import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { waitFor } from '@ssp/testing';
import SERVICES from '../../libs/platform/src/config/services.json';

/*
 * `npm start` from a fresh clone of what is committed: it installs, builds, migrates and
 * starts all four services, the local OpenID provider and the web app, which report healthy; the registry, with the demo members linked
 * to their sign-ins, decides what a token may; Ctrl-C (SIGINT to its process group) stops
 * everything it started.
 */
describe('npm start from a fresh clone', () => {
  const root = path.resolve(__dirname, '../..');
  const clone = mkdtempSync(path.join(tmpdir(), 'ssp-clone-'));

  afterAll(() => rmSync(clone, { recursive: true, force: true }));

  const health = async (port: number) => {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      return { status: response.status, body: (await response.json()) as { info?: Record<string, { status: string }> } };
    } catch {
      return { status: 0, body: {} };
    }
  };

  it('brings every service to healthy, serves the APIs to a token from `npm run token` as the registry says, and stops them all on Ctrl-C', async () => {
    expect(spawnSync('git', ['clone', '--quiet', root, clone]).status).toBe(0);
    let output = '';
    const start = spawn('npm', ['start'], { cwd: clone, detached: true, stdio: 'pipe', env: { ...process.env, LOG_FORMAT: 'json' } });
    start.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    start.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => start.once('exit', () => resolve()));
    try {
      await waitFor('npm start to report the suite up', () => output.includes('the SSP suite is up') || start.exitCode !== null, Boolean, {
        timeoutMs: 480_000,
        intervalMs: 500,
      });
      expect(output).toContain('the SSP suite is up');
      for (const service of SERVICES) {
        const { status, body } = await health(service.port);
        expect([service.name, status, body.info?.database?.status, body.info?.kafka?.status]).toEqual([service.name, 200, 'up', 'up']);
      }
      expect(output).toContain('npm run -s token -- --role operator');
      const token = spawnSync('npm', ['run', '-s', 'token', '--', '--role', 'operator'], { cwd: clone, encoding: 'utf8' }).stdout.trim();
      const verification = (port: number, authorization?: string) =>
        fetch(`http://127.0.0.1:${port}/audit-log/verification`, { headers: authorization ? { authorization } : {} });
      for (const service of SERVICES) {
        expect((await verification(service.port)).status).toBe(401);
        const response = await verification(service.port, `Bearer ${token}`);
        expect([service.name, response.status, ((await response.json()) as { ok?: boolean }).ok]).toEqual([service.name, 200, true]);
      }
      // The registry decides (MEMBERSHIP_SOURCE=registry): a demo member of the Monday group reads the agenda, a stranger claiming the group does not.
      const tokenOf = (...args: string[]) => spawnSync('npm', ['run', '-s', 'token', '--', ...args], { cwd: clone, encoding: 'utf8' }).stdout.trim();
      const cases = SERVICES.find((service) => service.name === 'case-coordination')!;
      const agenda = async (bearer: string) => (await fetch(`http://127.0.0.1:${cases.port}/meetings/next/agenda`, { headers: { authorization: `Bearer ${bearer}` } })).status;
      const member = tokenOf('--role', 'ssp-consultant', '--subject', 'demo-karen-kjaer');
      expect(await waitFor("case coordination to know the demo member's membership", () => agenda(member), (status) => status === 200, { timeoutMs: 30_000, intervalMs: 200 })).toBe(200);
      expect(await agenda(tokenOf('--role', 'ssp-consultant', '--subject', 'not-in-the-registry', '--group', 'mandagsgruppen'))).toBe(403);
      // The web app sends a person to sign in at the local OpenID provider, whose keys the services trust.
      const signIn = await fetch('http://127.0.0.1:3000/log-ind', { redirect: 'manual' });
      expect([signIn.status, signIn.headers.get('location')?.startsWith('http://localhost:4000/auth?')]).toEqual([303, true]);
      expect((await fetch('http://127.0.0.1:4000/jwks')).status).toBe(200);
    } finally {
      if (start.exitCode === null) process.kill(-start.pid!, 'SIGINT');
      await exited;
    }
    const after = await Promise.all(SERVICES.map((service) => health(service.port)));
    expect(after.map((result) => result.status)).toEqual([0, 0, 0, 0]);
    expect(await fetch('http://127.0.0.1:3000/health/live').then((response) => response.status, () => 0)).toBe(0);
  });
});
