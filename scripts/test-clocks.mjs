// npm run test:clocks: the whole suite (npm test) again with Node's clock moved by libfaketime
// to days the tests must not depend on. The Kafka broker (scripts/kafka.mjs starts its JVMs
// without libfaketime, under which they spin) and PostgreSQL keep the real time, as other
// hosts would. The run starts a broker of its own on ports 9192 to 9194, beside any other,
// configured to take message timestamps from a clock ahead of its own. Names of moments run
// only those, e.g. `npm run test:clocks -- 2029`; arguments after `--jest` go to npm test.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './lib/chromium.mjs';
import { ensureDebianPackage } from './lib/debian-packages.mjs';
import { ensureDependencies, log, ROOT, run } from './lib/process.mjs';
import { ensureNode24 } from './lib/node24.mjs';

/** When to run, in UTC (libfaketime reads the time in TZ, set to UTC below). */
const MOMENTS = [
  { name: 'mid-2027', at: '2027-06-15 10:00:00', why: 'another year, in summer time' },
  { name: '2029', at: '2029-02-14 10:00:00', why: 'past the retention period of every fixed date in the tests' },
  { name: 'eve-of-summer-time', at: '2027-03-27 22:30:00', why: '23:30 in Copenhagen the night the clocks go forward' },
];

const LIBFAKETIME = ensureDebianPackage(`/usr/lib/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu/faketime/libfaketime.so.1`, 'libfaketime', 'to move the clock');

const split = process.argv.indexOf('--jest');
const names = process.argv.slice(2, split === -1 ? undefined : split);
const jestArgs = split === -1 ? [] : process.argv.slice(split + 1);
const unknown = names.filter((name) => !MOMENTS.some((moment) => moment.name === name));
if (unknown.length > 0) {
  log(`unknown moment ${unknown.join(', ')}; the moments are ${MOMENTS.map((moment) => moment.name).join(', ')}`);
  process.exit(2);
}

/** The environment without brokers named in it: the run starts its own under the moved clock. */
function withoutBrokers({ KAFKA_BROKERS, KAFKA_SASL_BROKERS, ...rest }) {
  return rest;
}

// What comes over TLS comes first, on the real clock: a moved clock fails the certificates.
ensureDependencies();
ensureChromium();
ensureNode24();
run('node', ['scripts/kafka.mjs', 'fetch']);

const results = [];
for (const moment of MOMENTS.filter((candidate) => names.length === 0 || names.includes(candidate.name))) {
  log(`npm test at ${moment.at} UTC (${moment.name}: ${moment.why})`);
  const run = spawnSync('node', ['scripts/test.mjs', ...jestArgs], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...withoutBrokers(process.env),
      TZ: 'UTC',
      LD_PRELOAD: LIBFAKETIME,
      // "@": start at that instant and run on at the real pace; timers measure real intervals.
      FAKETIME: `@${moment.at}`,
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
      KAFKA_LOCAL_PORT: '9192',
      KAFKA_LOCAL_CONTROLLER_PORT: '9193',
      KAFKA_LOCAL_SASL_PORT: '9194',
      // npm start's fresh clone (the e2e test) installs from npm's cache, without the registry's TLS.
      npm_config_prefer_offline: 'true',
    },
  });
  results.push({ ...moment, status: run.status });
}
for (const { name, at, status } of results) log(`${status === 0 ? 'passed' : 'FAILED'}: ${name} (${at} UTC)`);
process.exit(results.every((result) => result.status === 0) ? 0 : 1);
