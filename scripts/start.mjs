// npm start: the whole suite on this machine. Installs what is missing, brings up Kafka and
// PostgreSQL databases, builds and starts the local OpenID provider, the four services and the
// web app, waits until all are healthy, and stops everything it started on Ctrl-C.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startKafka, stopKafka } from './kafka.mjs';
import { databaseUrl, ensureDatabases, serverUrl } from './lib/postgres.mjs';
import { ensureDependencies, log, ROOT, run, spawnService, waitUntil } from './lib/process.mjs';
import { SERVICES } from './lib/services.mjs';

/** The local OpenID provider (tools/oidc/provider.mjs) and the web app (apps/web), beside the services. */
const PROVIDER_PORT = 4000;
const PROVIDER_ISSUER = `http://localhost:${PROVIDER_PORT}`;
const WEB = { name: 'web', port: 3000, database: 'ssp_web', url: 'http://localhost:3000', clientSecret: 'local-development-secret-of-the-ssp-web-app' };
const DEV_ISSUER_FOLDER = path.join(ROOT, '.run/dev-issuer');

const children = new Map();
let kafkaStartedHere = false;
let stopping = false;

async function healthy(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
    return response.status === 200;
  } catch {
    return false;
  }
}

function devIssuerClass() {
  return createRequire(import.meta.url)(path.join(ROOT, 'dist/libs/platform/src/auth/dev-issuer.js')).DevIssuer;
}

/**
 * The local OpenID provider signs with the development issuer's key (.run/dev-issuer, made at
 * the first start) at its own issuer, recorded there: the services trust the provider's JWKS
 * URL as they would Entra ID's, and `npm run token` signs tokens they accept.
 */
async function startProvider() {
  const child = spawnService(process.execPath, ['tools/oidc/provider.mjs'], {
    env: { ...process.env, OIDC_PROVIDER_PORT: String(PROVIDER_PORT), OIDC_PROVIDER_KEYS: DEV_ISSUER_FOLDER, OIDC_WEB_URL: WEB.url, OIDC_WEB_CLIENT_SECRET: WEB.clientSecret },
  });
  watchChild('oidc-provider', child);
  await waitUntil(async () => (await fetch(`${PROVIDER_ISSUER}/.well-known/openid-configuration`).catch(() => undefined))?.status === 200, {
    timeoutMs: 30_000,
    what: 'the local OpenID provider to answer',
  });
  devIssuerClass().recordProvider(DEV_ISSUER_FOLDER, PROVIDER_ISSUER);
  return devIssuerClass().open(DEV_ISSUER_FOLDER);
}

function serviceUrl(name) {
  return `http://127.0.0.1:${SERVICES.find((service) => service.name === name).port}`;
}

function startWeb() {
  const child = spawnService(process.execPath, ['--enable-source-maps', '-r', './scripts/register-dist-paths.cjs', 'dist/apps/web/src/main.js'], {
    env: {
      ...process.env,
      PORT: String(WEB.port),
      PUBLIC_URL: WEB.url,
      DATABASE_URL: databaseUrl(WEB.database),
      OIDC_ISSUER: PROVIDER_ISSUER,
      OIDC_CLIENT_SECRET: WEB.clientSecret,
      SESSION_KEY: devSecrets().WEB_SESSION_KEY,
      CASE_COORDINATION_URL: serviceUrl('case-coordination'),
      POLICE_LIST_INGESTION_URL: serviceUrl('police-list-ingestion'),
      NETWORK_GROUPS_URL: serviceUrl('network-groups'),
      REPORTING_URL: serviceUrl('reporting'),
    },
  });
  watchChild(WEB.name, child);
}

function watchChild(name, child) {
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      log(`${name} stopped unexpectedly (${signal ?? `exit ${code}`}); stopping the suite`);
      void shutdown(1);
    }
  });
  children.set(name, child);
}

/**
 * Development secrets (pseudonym key, identity encryption key, search index key, the web app's
 * session key), random on the
 * first start and kept so pseudonyms stay stable between starts. Production mounts its own.
 * Only ingestion pseudonymises; ingestion and case coordination hold identities; case
 * coordination keeps the blind search index.
 */
function secretsOf(serviceName) {
  const { PSEUDONYM_KEY, IDENTITY_KEYS, IDENTITY_ACTIVE_KEY_ID, SEARCH_INDEX_KEY } = devSecrets();
  if (serviceName === 'police-list-ingestion') return { PSEUDONYM_KEY, IDENTITY_KEYS, IDENTITY_ACTIVE_KEY_ID };
  if (serviceName === 'case-coordination') return { IDENTITY_KEYS, IDENTITY_ACTIVE_KEY_ID, SEARCH_INDEX_KEY };
  return {};
}

/**
 * The development keys belong with the databases they made, which live on the PostgreSQL
 * server every checkout of this machine shares: so they are kept per user and server, not per
 * checkout. A second checkout with keys of its own would be refused by the services' key check.
 */
function devSecretsFile() {
  const { host } = new URL(serverUrl());
  return path.join(homedir(), '.ssp-suite', `dev-secrets-${host.replace(/[^a-zA-Z0-9.-]/g, '_')}.json`);
}

/**
 * A file from before a key existed gets that key added, and keeps the others: the databases
 * still need them (a search index key made now indexes the identities already held at start-up).
 */
function devSecrets() {
  const file = devSecretsFile();
  const fresh = () => ({
    PSEUDONYM_KEY: randomBytes(32).toString('base64'),
    IDENTITY_KEYS: `dev-1:${randomBytes(32).toString('base64')}`,
    IDENTITY_ACTIVE_KEY_ID: 'dev-1',
    SEARCH_INDEX_KEY: randomBytes(32).toString('base64'),
    WEB_SESSION_KEY: randomBytes(32).toString('base64'),
  });
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(fresh(), null, 2), { mode: 0o600 });
  }
  const secrets = JSON.parse(readFileSync(file, 'utf8'));
  const missing = Object.entries(fresh()).filter(([name]) => secrets[name] === undefined);
  if (missing.length > 0) {
    Object.assign(secrets, Object.fromEntries(missing));
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    log(`${file}: added ${missing.map(([name]) => name).join(', ')}`);
  }
  return secrets;
}

/**
 * The demo police list through the running ingestion service, as the secretariat would
 * upload it. The same file twice changes nothing, so a second start adds no duplicates.
 */
async function uploadDemoList(issuer) {
  const ingestion = SERVICES.find((service) => service.name === 'police-list-ingestion');
  const token = await issuer.token({ roles: ['secretariat'], groups: ['koordinationsteam'], subject: 'npm-start-demo' });
  const form = new FormData();
  form.append('file', new Blob([readFileSync(path.join(ROOT, 'demo/politiliste-demo.csv'))]), 'politiliste-demo.csv');
  form.append('source', 'demo');
  const response = await fetch(`http://127.0.0.1:${ingestion.port}/police-lists`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const summary = await response.json();
  if (!response.ok) throw new Error(`the demo list was refused (${response.status}): ${JSON.stringify(summary)}`);
  const how = summary.alreadyIngested ? 'already there from an earlier start' : 'uploaded';
  log(`demo police list ${how}: ${summary.rows} rows, ${summary.accepted} incidents, ${summary.rejected} rows with errors (${summary.id})`);
}

/** Invented members of a few bodies (demo/network-members.json), added once (a second start finds them there) and linked to their sign-in subjects. */
async function seedDemoMembers(issuer) {
  const networkGroups = SERVICES.find((service) => service.name === 'network-groups');
  const token = await issuer.token({ roles: ['secretariat'], groups: ['sekretariatet'], subject: 'npm-start-demo' });
  const call = async (method, route, body) => {
    const response = await fetch(`http://127.0.0.1:${networkGroups.port}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${route} was refused (${response.status}): ${await response.text()}`);
    return response.json();
  };
  const { members } = JSON.parse(readFileSync(path.join(ROOT, 'demo/network-members.json'), 'utf8'));
  // The members list is paged (docs/paging.md): read every page.
  const membersOf = async (bodyId) => {
    const seats = [];
    for (let after; after !== null; ) {
      const page = await call('GET', `/bodies/${bodyId}/members?limit=200${after ? `&after=${after}` : ''}`);
      seats.push(...page.items);
      after = page.next;
    }
    return seats;
  };
  let added = 0;
  for (const { bodyId, subject, ...member } of members) {
    const present = (await membersOf(bodyId)).find((seat) => seat.email.toLowerCase() === member.email.toLowerCase());
    const seat = present ?? (await call('POST', `/bodies/${bodyId}/members`, { ...member, validFrom: '2026-01-01' }));
    if (!present) added += 1;
    // The registry decides what a sign-in may (MEMBERSHIP_SOURCE=registry): the member's sign-in is linked to them.
    await call('PATCH', `/people/${seat.personId}`, { subject });
  }
  log(`demo members of the SSP bodies, linked to their sign-ins: ${added} added, ${members.length - added} already there`);
}

function startService(service, issuer) {
  const child = spawnService(
    process.execPath,
    ['--enable-source-maps', '-r', './scripts/register-dist-paths.cjs', `dist/apps/${service.name}/src/main.js`],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl(service.database),
        HTTP_PORT: String(service.port),
        KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
        LOG_FORMAT: process.env.LOG_FORMAT ?? 'text',
        ...issuer.serviceEnv,
        ...secretsOf(service.name),
      },
    },
  );
  child.on('exit', (code, signal) => {
    children.delete(service.name);
    if (!stopping) {
      log(`${service.name} stopped unexpectedly (${signal ?? `exit ${code}`}); stopping the suite`);
      // 65: its keys do not fit its database (platform KEY_MISMATCH_EXIT_CODE), as when another
      // checkout made other development keys for the same databases.
      if (code === 65) log(`the development keys in ${devSecretsFile()} do not fit these databases: restore the file that made them, or drop the ssp_* databases to start afresh`);
      void shutdown(1);
    }
  });
  children.set(service.name, child);
}

async function shutdown(exitCode) {
  if (stopping) return;
  stopping = true;
  log('stopping services');
  await Promise.all(
    [...children.values()].map(
      (child) => new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
    ),
  );
  if (kafkaStartedHere) await stopKafka();
  process.exit(exitCode);
}

async function main() {
  ensureDependencies();
  log('building');
  run('npx', ['tsc', '-p', 'tsconfig.build.json']);
  kafkaStartedHere = await startKafka();
  await ensureDatabases([...SERVICES.map((service) => service.database), WEB.database]);
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  const issuer = await startProvider();
  for (const service of SERVICES) startService(service, issuer);
  await waitUntil(async () => (await Promise.all(SERVICES.map((s) => healthy(s.port)))).every(Boolean), {
    timeoutMs: 120_000,
    what: 'all four services to report healthy',
  });
  await uploadDemoList(issuer);
  await seedDemoMembers(issuer);
  startWeb();
  await waitUntil(async () => (await fetch(`http://127.0.0.1:${WEB.port}/health/live`).catch(() => undefined))?.status === 200, { timeoutMs: 60_000, what: 'the web app to answer' });
  log('the SSP suite is up:');
  log(`  web app                ${WEB.url}  (sign in as one of the demo people)`);
  log(`  OpenID provider        ${PROVIDER_ISSUER}  (local, demo people only; the services trust ${PROVIDER_ISSUER}/jwks)`);
  for (const service of SERVICES) {
    log(`  ${service.name.padEnd(22)} http://127.0.0.1:${service.port}  (API docs /docs, /health/live, /health/ready, /metrics)`);
  }
  log('  Kafka                  127.0.0.1:9092');
  log('Every API route needs a bearer token; npm run token signs one with the local provider\'s key, for example:');
  log('  TOKEN=$(npm run -s token -- --role operator)');
  log('  curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:3001/audit-log/verification');
  log('  npm run token -- --help   lists the roles; the registry gives a sign-in its bodies and areas, so person-level data');
  log('    needs a demo member of the Monday group: npm run -s token -- --role ssp-consultant --subject demo-karen-kjaer');
  log('    (demo/network-members.json lists the demo members and their subjects)');
  log('  npm run ingest -- <file.csv|file.xlsx>   uploads a police list (as the secretariat)');
  log('  curl -H "Authorization: Bearer $(npm run -s token -- --role secretariat)" http://127.0.0.1:3003/bodies/mandagsgruppen/meetings');
  log('  curl -H "Authorization: Bearer $(npm run -s token -- --role local-council-member)" http://127.0.0.1:3004/dashboard/kommune > dashboard.html');
  log(`  PostgreSQL             databases ${[...SERVICES.map((s) => s.database), WEB.database].join(', ')}`);
  log(`Ctrl-C stops everything this command started. Logs: services on this terminal, Kafka in ${path.relative(ROOT, '.run/kafka.log') || '.run/kafka.log'}`);
}

main().catch(async (error) => {
  log(`start failed: ${error.message}`);
  await shutdown(1);
});
