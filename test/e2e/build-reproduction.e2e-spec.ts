import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEmptyTestDatabase, freePort, newTopicNamespace, testIssuer, testIssuerEnv, testSecretsOf, type TestDatabase } from '@ssp/testing';

/*
 * The image, built without Docker by scripts/build-reproduction.mjs from exactly what the
 * Dockerfile copies, starts in production mode against the real Kafka and PostgreSQL and
 * reports healthy; a Dockerfile that leaves out a file the build or the service needs fails,
 * naming the step or showing the service's error. The three runs share a layer cache, so
 * the failing ones repeat no install.
 */
const ROOT = path.resolve(__dirname, '../..');
const SERVICE = 'police-list-ingestion';

interface Outcome {
  code: number | null;
  output: string;
}

function reproduce(args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/build-reproduction.mjs'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.once('close', (code) => resolve({ code, output }));
  });
}

/** The Dockerfile without the line that is exactly `line`, in a file of its own. */
function dockerfileWithout(folder: string, line: string): string {
  const lines = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8').split('\n');
  expect(lines).toContain(line);
  const file = path.join(folder, `Dockerfile.without-${lines.indexOf(line)}`);
  writeFileSync(file, lines.filter((candidate) => candidate !== line).join('\n'));
  return file;
}

describe('the image built from the Dockerfile without Docker', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'ssp-image-test-'));
  const cache = path.join(scratch, 'cache');
  let database: TestDatabase;
  let runEnv: string[];

  beforeAll(async () => {
    // The image runs as USER 1000, which must read the issuer's public keys: a copy outside
    // the test issuer's private folder.
    chmodSync(scratch, 0o755);
    const issuer = await testIssuer();
    const jwks = path.join(scratch, 'jwks.json');
    copyFileSync(issuer.jwksFile, jwks);
    chmodSync(jwks, 0o644);
    database = await createEmptyTestDatabase('t_image');
    const env: Record<string, string> = {
      ...testIssuerEnv(),
      ...testSecretsOf(SERVICE),
      OIDC_JWKS_URI: pathToFileURL(jwks).href,
      SSP_SERVICE: SERVICE,
      DATABASE_URL: database.url,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
      KAFKA_TOPIC_NAMESPACE: newTopicNamespace(),
      HTTP_PORT: String(await freePort()),
    };
    runEnv = Object.entries(env).flatMap(([name, value]) => ['-e', `${name}=${value}`]);
  });

  afterAll(async () => {
    await database?.drop();
    rmSync(scratch, { recursive: true, force: true });
  });

  // Negative control: in the Dockerfile's prod-deps stage, `npm ci --omit=dev` without
  // --omit=optional; the image then holds ts-node and typescript (typeorm's optional peer), and
  // the last expectation fails with ['typescript', 'ts-node'].
  it('builds in an empty folder, holds production dependencies only, and is ready in production mode', async () => {
    const work = path.join(scratch, 'image');
    const { code, output } = await reproduce(['--cache', cache, '--work', work, ...runEnv]);
    expect([code, output]).toEqual([0, expect.stringContaining("the image's command answered GET /health/ready with 200")]);
    const app = path.join(work, 'stages/runtime/app');
    expect(existsSync(path.join(app, `dist/apps/${SERVICE}/src/main.js`))).toBe(true);
    expect(['typescript', 'ts-node', 'jest'].filter((devOnly) => existsSync(path.join(app, 'node_modules', devOnly)))).toEqual([]);
  });

  // Negative control of the one above: the Dockerfile without the COPY of the compiler's
  // settings. (Leaving out `COPY libs ./libs` fails the same step, "Cannot find module
  // '@ssp/platform'", but only after a whole compile; this fails it at once.)
  it('fails at the compile step, naming it, when the Dockerfile leaves out a file the build needs', async () => {
    const dockerfile = dockerfileWithout(scratch, 'COPY tsconfig.json tsconfig.build.json ./');
    const { code, output } = await reproduce(['--cache', cache, '--work', path.join(scratch, 'no-tsconfig'), '--dockerfile', dockerfile, ...runEnv]);
    expect(code).toBe(1);
    expect(output).toMatch(/Dockerfile:\d+ \(stage build\) RUN npx tsc -p tsconfig.build.json\n {2}failed: exit 1/);
    expect(output).toContain('tsconfig.build.json');
  });

  it('fails at start-up, with the service\'s error, when the Dockerfile leaves out a file the service loads', async () => {
    const dockerfile = dockerfileWithout(scratch, 'COPY scripts/register-dist-paths.cjs ./scripts/register-dist-paths.cjs');
    const { code, output } = await reproduce(['--cache', cache, '--work', path.join(scratch, 'no-paths'), '--dockerfile', dockerfile, ...runEnv]);
    expect(code).toBe(1);
    expect(output).toContain("the image's command exited (1) before GET /health/ready answered 200");
    expect(output).toContain("Cannot find module './scripts/register-dist-paths.cjs'");
  });
});
