// A real single-node Kafka (KRaft, broker and controller in one JVM) from the Apache Kafka
// jars on Maven Central. Usage: node scripts/kafka.mjs fetch|start|stop|status
//
// Two client listeners: PLAINTEXT on KAFKA_PORT (9092), where everyone is the super user
// ANONYMOUS, for the services and tests; and SASL_PLAINTEXT with SCRAM-SHA-512 on
// KAFKA_SASL_PORT (9094), where the service users of scripts/kafka/local-scram-users.json
// are held to ACLs by the StandardAuthorizer, as in production (test/security/kafka-acl.int-spec.ts).
//
// KAFKA_LOCAL_PORT, KAFKA_LOCAL_CONTROLLER_PORT and KAFKA_LOCAL_SASL_PORT move the broker to
// other ports, e.g. to run a second one beside the default.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureDependencies, log, portOpen, ROOT, run, waitUntil } from './lib/process.mjs';

function portFromEnv(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) throw new Error(`${name} must be a port number, not "${value}"`);
  return Number(value);
}

/**
 * The broker's JVMs run on the real clock even when `npm run test:clocks` moves Node's with
 * libfaketime: a JVM spins under it (its controller then misses its own heartbeats).
 */
const JAVA_ENV = (({ LD_PRELOAD, FAKETIME, ...rest }) => rest)(process.env);

const DEFAULT_PORT = 9092;
export const KAFKA_PORT = portFromEnv('KAFKA_LOCAL_PORT', DEFAULT_PORT);
export const KAFKA_SASL_PORT = portFromEnv('KAFKA_LOCAL_SASL_PORT', 9094);
const CONTROLLER_PORT = portFromEnv('KAFKA_LOCAL_CONTROLLER_PORT', 9093);
/**
 * A broker on another port is a second instance beside the default one: its pid file, log,
 * properties and data directories carry its port, so stopping or wiping one never touches the other.
 */
const INSTANCE_SUFFIX = KAFKA_PORT === DEFAULT_PORT ? '' : `-${KAFKA_PORT}`;
const POM = path.join(ROOT, 'scripts/kafka/pom.xml');
const LOG4J = path.join(ROOT, 'scripts/kafka/log4j2.properties');
const SCRAM_USERS = path.join(ROOT, 'scripts/kafka/local-scram-users.json');
const RUN_DIR = path.join(ROOT, '.run');
const PID_FILE = path.join(RUN_DIR, `kafka${INSTANCE_SUFFIX}.pid`);
const LOG_FILE = path.join(RUN_DIR, `kafka${INSTANCE_SUFFIX}.log`);
/** Fixed so a kept data directory stays valid between runs (22 chars of URL-safe base64). */
const CLUSTER_ID = 'c3NwLWxvY2FsLWthZmthAA';

function kafkaVersion() {
  const match = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(readFileSync(POM, 'utf8'));
  if (!match) throw new Error(`no <kafka.version> in ${POM}`);
  return match[1];
}

function libsDir() {
  return path.join(ROOT, '.cache/kafka', kafkaVersion(), 'libs');
}

/** Copies the broker's runtime classpath from Maven Central once; later runs reuse it. */
export function fetchKafka() {
  const libs = libsDir();
  if (existsSync(path.join(libs, '.complete'))) return libs;
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) throw new Error('Java 17+ is needed for the local Kafka broker');
  log(`fetching Apache Kafka ${kafkaVersion()} from Maven Central`);
  const staging = `${libs}.partial`;
  rmSync(staging, { recursive: true, force: true });
  run('mvn', ['-B', '-q', '-f', POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${staging}`]);
  writeFileSync(path.join(staging, '.complete'), new Date().toISOString());
  rmSync(libs, { recursive: true, force: true });
  mkdirSync(path.dirname(libs), { recursive: true });
  renameSync(staging, libs);
  return libs;
}

function writeServerProperties(dataDir) {
  const file = path.join(RUN_DIR, `kafka${INSTANCE_SUFFIX}-server.properties`);
  const properties = {
    'process.roles': 'broker,controller',
    'node.id': '1',
    'controller.quorum.voters': `1@127.0.0.1:${CONTROLLER_PORT}`,
    listeners: `PLAINTEXT://127.0.0.1:${KAFKA_PORT},SASL_PLAINTEXT://127.0.0.1:${KAFKA_SASL_PORT},CONTROLLER://127.0.0.1:${CONTROLLER_PORT}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${KAFKA_PORT},SASL_PLAINTEXT://127.0.0.1:${KAFKA_SASL_PORT}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT',
    'sasl.enabled.mechanisms': 'SCRAM-SHA-512',
    'listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config': 'org.apache.kafka.common.security.scram.ScramLoginModule required;',
    'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    // The plaintext listeners (clients, inter-broker, controller) authenticate no one, so their
    // principal ANONYMOUS must keep every right; only SCRAM users meet the ACLs.
    'super.users': 'User:ANONYMOUS',
    // The default, stated because it matters: a resource without ACLs is closed, not open.
    'allow.everyone.if.no.acl.found': 'false',
    'log.dirs': dataDir,
    'num.partitions': '1',
    'default.replication.factor': '1',
    'min.insync.replicas': '1',
    'offsets.topic.replication.factor': '1',
    'offsets.topic.num.partitions': '1',
    'transaction.state.log.replication.factor': '1',
    'transaction.state.log.min.isr': '1',
    'share.coordinator.state.topic.replication.factor': '1',
    'share.coordinator.state.topic.min.isr': '1',
    'group.initial.rebalance.delay.ms': '0',
    'auto.create.topics.enable': 'false',
    'delete.topic.enable': 'true',
    // Message timestamps from clocks years ahead of the broker's: `npm run test:clocks` moves
    // Node's clock, not the broker's (Kafka's own default refuses more than an hour ahead).
    'log.message.timestamp.after.max.ms': '9223372036854775807',
  };
  writeFileSync(file, Object.entries(properties).map(([key, value]) => `${key}=${value}`).join('\n') + '\n');
  return file;
}

/** Whether the broker answers on the plaintext listener, or as the SCRAM user `sasl` on the SASL one. */
async function clusterAnswers(sasl) {
  const require = createRequire(path.join(ROOT, 'package.json'));
  const { Kafka, logLevel } = require('kafkajs');
  const port = sasl ? KAFKA_SASL_PORT : KAFKA_PORT;
  const admin = new Kafka({ clientId: 'ssp-kafka-script', brokers: [`127.0.0.1:${port}`], sasl, logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

function readPid() {
  if (!existsSync(PID_FILE)) return undefined;
  const pid = Number(readFileSync(PID_FILE, 'utf8'));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/**
 * Creates the SCRAM users of scripts/kafka/local-scram-users.json, or resets their passwords,
 * through the plaintext super-user listener. This runs at every start instead of
 * `kafka-storage format --add-scram`, which only a fresh data directory gets: `npm start`
 * keeps its data directory, and one formatted before the users existed would never get them.
 * Altering a user is idempotent, so fresh and kept data directories end the same.
 */
async function createScramUsers(jvm) {
  const users = scramUsers();
  await Promise.all(users.map(([name, password]) => runJava(`creating the SCRAM user ${name}`, [
    ...jvm, 'kafka.admin.ConfigCommand', '--bootstrap-server', `127.0.0.1:${KAFKA_PORT}`,
    '--alter', '--entity-type', 'users', '--entity-name', name, '--add-config', `SCRAM-SHA-512=[password=${password}]`,
  ])));
  // The controller has the credentials now; the broker gets them when it applies the metadata.
  await waitUntil(scramUsersLogIn, { timeoutMs: 30_000, what: `the SCRAM users to log in on 127.0.0.1:${KAFKA_SASL_PORT}` });
  log(`SCRAM-SHA-512 users on 127.0.0.1:${KAFKA_SASL_PORT}: ${users.map(([name]) => name).join(', ')}`);
}

function scramUsers() {
  return Object.entries(JSON.parse(readFileSync(SCRAM_USERS, 'utf8')));
}

async function scramUsersLogIn() {
  return (await Promise.all(scramUsers().map(([username, password]) => clusterAnswers({ mechanism: 'scram-sha-512', username, password })))).every(Boolean);
}

function jvmOptions(libs) {
  return ['-Xms256m', '-Xmx512m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', `-Dlog4j2.configurationFile=${LOG4J}`, '-cp', `${libs}/*`];
}

/** Runs a short-lived Java tool; several can run at once, unlike `run`. */
function runJava(what, args) {
  return new Promise((resolve, reject) => {
    const tool = spawn('java', args, { cwd: ROOT, env: JAVA_ENV, stdio: ['ignore', 'ignore', 'inherit'] });
    tool.once('error', reject);
    tool.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code})`))));
  });
}

/**
 * Starts the broker unless one already answers on 127.0.0.1:KAFKA_PORT. Returns whether this
 * call started it. `fresh` wipes the data directory first (tests); otherwise the data is kept.
 * A broker on other than the default port gets `<dataDir>-<port>` (see INSTANCE_SUFFIX).
 */
export async function startKafka({ dataDir: baseDataDir = path.join(ROOT, '.cache/kafka-data'), fresh = false } = {}) {
  if (await portOpen(KAFKA_PORT)) {
    await waitUntil(clusterAnswers, { timeoutMs: 60_000, what: `the Kafka broker on 127.0.0.1:${KAFKA_PORT}` });
    // A broker whose start was cut short (or another checkout's) may lack the service users.
    if (!(await scramUsersLogIn())) await createScramUsers(jvmOptions(fetchKafka()));
    log(`Kafka already running on 127.0.0.1:${KAFKA_PORT}; using it`);
    return false;
  }
  const dataDir = `${baseDataDir}${INSTANCE_SUFFIX}`;
  const libs = fetchKafka();
  mkdirSync(RUN_DIR, { recursive: true });
  if (fresh) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const properties = writeServerProperties(path.resolve(dataDir));
  const jvm = jvmOptions(libs);
  run('java', [...jvm, 'kafka.tools.StorageTool', 'format', '-t', CLUSTER_ID, '-c', properties, '--ignore-formatted'], { env: JAVA_ENV, stdio: ['ignore', 'ignore', 'inherit'] });
  const out = openSync(LOG_FILE, 'a');
  const broker = spawn('java', [...jvm, 'kafka.Kafka', properties], { detached: true, env: JAVA_ENV, stdio: ['ignore', out, out] });
  closeSync(out);
  broker.unref();
  writeFileSync(PID_FILE, String(broker.pid));
  log(`starting Kafka ${kafkaVersion()} (pid ${broker.pid}, log ${path.relative(ROOT, LOG_FILE)})`);
  await waitUntil(async () => {
    if (readPid() === undefined) throw new Error(`the Kafka broker exited; see ${LOG_FILE}`);
    return (await portOpen(KAFKA_PORT)) && (await clusterAnswers());
  }, { timeoutMs: 90_000, what: 'the Kafka broker to answer' });
  await createScramUsers(jvm);
  log(`Kafka ready on 127.0.0.1:${KAFKA_PORT} (plaintext) and 127.0.0.1:${KAFKA_SASL_PORT} (SASL SCRAM-SHA-512)`);
  return true;
}

/** Stops the broker this project started (by its pid file); leaves any other broker alone. */
export async function stopKafka() {
  const pid = readPid();
  if (pid === undefined) return;
  process.kill(pid, 'SIGTERM');
  try {
    await waitUntil(() => readPid() === undefined, { timeoutMs: 30_000, what: 'Kafka to stop' });
  } catch {
    process.kill(pid, 'SIGKILL');
  }
  rmSync(PID_FILE, { force: true });
  log('Kafka stopped');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2];
  const actions = {
    fetch: async () => log(`Kafka jars in ${fetchKafka()}`),
    // Checking on the broker takes kafkajs: installed first, so that a start is never cut short after the broker is up.
    start: () => (ensureDependencies(), startKafka()),
    stop: () => stopKafka(),
    status: async () => (ensureDependencies(), log((await clusterAnswers()) ? `Kafka answers on 127.0.0.1:${KAFKA_PORT}` : `Kafka is not running on 127.0.0.1:${KAFKA_PORT}`)),
  };
  if (!actions[command]) {
    process.stderr.write('usage: node scripts/kafka.mjs fetch|start|stop|status\n');
    process.exit(2);
  }
  actions[command]().catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
