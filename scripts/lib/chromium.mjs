// The browser tests (the reporting dashboard, the web app) drive Debian's Chromium with playwright-core
// (playwright's own browser download does not work on these machines). Installs it when missing.
import { ensureDebianPackage } from './debian-packages.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  return ensureDebianPackage(CHROMIUM_PATH, 'chromium', "for the browser tests (dashboard, web app)");
}
