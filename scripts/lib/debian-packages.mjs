// Programs the tests need from Debian's archive (Chromium for the browser tests, libfaketime
// for the moved-clock runs), installed with apt-get when missing.
import { existsSync } from 'node:fs';
import { log, run } from './process.mjs';

/** `file` when it exists, else installs `debianPackage` (saying `why`) and returns it. */
export function ensureDebianPackage(file, debianPackage, why) {
  if (existsSync(file)) return file;
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`${file} not found; install the ${debianPackage} package (${why})`);
  }
  log(`installing Debian's ${debianPackage} ${why} (apt-get)`);
  const [command, ...aptGet] = process.getuid?.() === 0 ? ['apt-get'] : ['sudo', 'apt-get'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run(command, [...aptGet, 'update', '-q'], { env });
  run(command, [...aptGet, 'install', '-y', '-q', '--no-install-recommends', debianPackage], { env });
  if (!existsSync(file)) throw new Error(`${debianPackage} is installed but ${file} is not there`);
  return file;
}
