import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/*
 * The checks npm test runs before the tests: the lock file is complete for every Linux
 * platform and drops nothing production needs under --omit=optional
 * (scripts/lock-check.mjs), and the Dockerfile passes the lint (scripts/lint-dockerfile.mjs).
 * Each is shown passing on the committed file and failing on a copy broken the way it guards
 * against.
 */
const ROOT = path.resolve(__dirname, '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'ssp-build-checks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runScript(script: string, args: string[]): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function writeScratch(name: string, content: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
}

describe('lock check', () => {
  type Lock = { packages: Record<string, Record<string, unknown>> };
  const committed = (): Lock => JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as Lock;

  it('passes the committed lock', () => {
    expect(runScript('lock-check.mjs', [])).toEqual({ code: 0, output: expect.stringContaining('complete for linux x64 and arm64, glibc and musl') });
  });

  // Negative control: drop the `is not in the lock` problem in lockProblems (scripts/lock-check.mjs);
  // this test then fails on its first expected line.
  it('names an optional platform binary missing from the lock, as npm 11 leaves them out', () => {
    const lock = committed();
    delete lock.packages['node_modules/@unrs/resolver-binding-linux-arm64-musl'];
    const { code, output } = runScript('lock-check.mjs', ['--lock', writeScratch('missing-binary.json', JSON.stringify(lock))]);
    expect(code).toBe(1);
    expect(output).toContain('node_modules/unrs-resolver: optional dependency @unrs/resolver-binding-linux-arm64-musl is not in the lock');
    expect(output).toContain('node_modules/unrs-resolver: no optional binary for linux arm64 musl in the lock');
  });

  it('names an optional package of the production tree, which the image would leave out', () => {
    const lock = committed();
    lock.packages['node_modules/kafkajs'] = { ...lock.packages['node_modules/kafkajs'], optional: true };
    const { code, output } = runScript('lock-check.mjs', ['--lock', writeScratch('optional-in-production.json', JSON.stringify(lock))]);
    expect(code).toBe(1);
    expect(output).toContain("node_modules/kafkajs: an optional package of the production tree, which the image's --omit=optional leaves out");
  });
});

describe('Dockerfile lint', () => {
  const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');

  it('passes the committed Dockerfile', () => {
    expect(runScript('lint-dockerfile.mjs', [])).toEqual({ code: 0, output: expect.stringContaining('Dockerfile passes') });
  });

  it('names each broken rule with its line', () => {
    const broken = dockerfile
      .replace('ARG NODE_IMAGE=node:24-bookworm-slim', 'ARG NODE_IMAGE=node:latest')
      .replace('RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund', 'RUN npm install')
      .replace(/USER 1000:1000(?![\s\S]*USER 1000:1000)/, 'USER root') // the last stage's (the image's), not oidc-provider's
      .replace('WORKDIR /app', 'WORKDIR app');
    const lines = broken.split('\n');
    const lineOf = (text: string) => lines.findIndex((line) => line.startsWith(text)) + 1;
    const { code, output } = runScript('lint-dockerfile.mjs', [writeScratch('Dockerfile.broken', broken)]);
    expect(code).toBe(1);
    expect(output).toContain(`:${lineOf('FROM ${NODE_IMAGE} AS build')}: FROM node:latest: pin the base image to a tag other than latest`);
    expect(output).toContain(`:${lineOf('RUN npm install')}: install with npm ci, not npm install`);
    expect(output).toContain(`:${lineOf('USER root')}: the last stage must end as a numeric user other than root`);
    expect(output).toContain(`:${lineOf('WORKDIR app')}: WORKDIR paths should be absolute`);
  });
});
