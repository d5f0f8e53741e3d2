// The reporting dashboard's browser test drives Debian's Chromium with playwright-core
// (playwright's own browser download does not work on these machines). Installs it when missing.
import { existsSync } from 'node:fs';
import { log, run } from './process.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}; install it or set CHROMIUM_PATH`);
  }
  log("installing Debian's chromium for the dashboard's browser test (apt-get)");
  const [command, ...aptGet] = process.getuid?.() === 0 ? ['apt-get'] : ['sudo', 'apt-get'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run(command, [...aptGet, 'update', '-q'], { env });
  run(command, [...aptGet, 'install', '-y', '-q', '--no-install-recommends', 'chromium'], { env });
  return CHROMIUM_PATH;
}
