// npm run lock:check [-- --lock <file>] | npm run lock:repair
//
// Keeps package-lock.json fit for `npm ci` on every machine the suite runs on:
// - every optional dependency of every locked package is itself locked. npm 11, installing
//   over an existing node_modules, writes lock files without the other platforms' optional
//   binaries, and `npm ci` on those platforms then refuses the lock;
// - each package that ships native binaries as optional packages has one locked for Linux
//   x64 and arm64, glibc and musl (the image's platforms and Alpine's);
// - the production install's `--omit=optional` (Dockerfile) drops nothing a production
//   dependency needs: each optional package of the production tree is listed below with why.
// `--repair` rewrites the lock as npm does without a node_modules to go by, which locks
// every platform's packages, and checks it again.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ROOT, run } from './lib/process.mjs';

const LINUX_TARGETS = [
  { cpu: 'x64', libc: 'glibc' },
  { cpu: 'x64', libc: 'musl' },
  { cpu: 'arm64', libc: 'glibc' },
  { cpu: 'arm64', libc: 'musl' },
];

/** Optional packages of the production tree that the image leaves out, and why it may. */
const OPTIONAL_IN_PRODUCTION = {
  'pg-cloudflare': 'pg loads it only on Cloudflare Workers',
};

/** Where Node would find `name` from the package at `from` (a lock key): its own node_modules, then each parent's. */
function resolveInLock(packages, from, name) {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

/** npm's os/cpu/libc lists: names allow, names with `!` deny, none allows all. */
function allows(list, value) {
  if (!list) return true;
  if (list.includes(value)) return true;
  return list.every((entry) => entry.startsWith('!')) && !list.includes(`!${value}`);
}

function fitsLinux(entry, { cpu, libc }) {
  return allows(entry.os, 'linux') && allows(entry.cpu, cpu) && allows(entry.libc, libc);
}

/** Every problem with the lock, as sentences; none means `npm ci` works on every Linux target. */
export function lockProblems(lock) {
  const packages = lock.packages ?? {};
  const problems = [];
  for (const [key, entry] of Object.entries(packages)) {
    const where = key || 'the project';
    const optional = Object.keys(entry.optionalDependencies ?? {}).map((name) => ({ name, key: resolveInLock(packages, key, name) }));
    for (const { name } of optional.filter((dependency) => !dependency.key)) {
      problems.push(`${where}: optional dependency ${name} is not in the lock`);
    }
    const binaries = optional.filter((dependency) => dependency.key && (packages[dependency.key].os || packages[dependency.key].cpu));
    if (binaries.length === 0) continue;
    for (const target of LINUX_TARGETS) {
      if (!binaries.some((dependency) => fitsLinux(packages[dependency.key], target))) {
        problems.push(`${where}: no optional binary for linux ${target.cpu} ${target.libc} in the lock`);
      }
    }
  }
  for (const [key, entry] of Object.entries(packages)) {
    const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (key && entry.optional && !entry.dev && !entry.devOptional && !OPTIONAL_IN_PRODUCTION[name]) {
      problems.push(`${key}: an optional package of the production tree, which the image's --omit=optional leaves out (list it in OPTIONAL_IN_PRODUCTION, scripts/lock-check.mjs, if it may)`);
    }
  }
  return problems;
}

/** Relocks package.json in a folder without node_modules, where npm locks every platform's packages. */
function repairLock() {
  const scratch = mkdtempSync(path.join(tmpdir(), 'ssp-lock-'));
  try {
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(path.join(ROOT, file), path.join(scratch, file));
    run('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund'], { cwd: scratch });
    copyFileSync(path.join(scratch, 'package-lock.json'), path.join(ROOT, 'package-lock.json'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Prints the lock's problems; 0 when there are none, 1 otherwise. */
export function checkLock(file = path.join(ROOT, 'package-lock.json')) {
  const problems = lockProblems(JSON.parse(readFileSync(file, 'utf8')));
  for (const problem of problems) process.stderr.write(`lock-check: ${problem}\n`);
  if (problems.length > 0) {
    process.stderr.write('lock-check: package-lock.json is incomplete; `npm run lock:repair` relocks it\n');
    return 1;
  }
  process.stdout.write(`lock-check: ${path.basename(file)} is complete for linux x64 and arm64, glibc and musl\n`);
  return 0;
}

function main() {
  const { values } = parseArgs({ options: { lock: { type: 'string' }, repair: { type: 'boolean' } } });
  if (values.repair) repairLock();
  return checkLock(values.lock);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main());
