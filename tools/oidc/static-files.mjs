// Det Fælles Designsystem's built files (CSS, fonts, icons) for the provider's pages, from the installed package.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// The package exports only its script (dist/js/dkfds.min.js): its dist folder is two levels up.
const DKFDS_DIST = path.resolve(path.dirname(createRequire(import.meta.url).resolve('dkfds')), '..');
const TYPES = { '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.woff': 'font/woff', '.woff2': 'font/woff2', '.png': 'image/png', '.ico': 'image/x-icon' };

export function serveStatic(pathname, response) {
  const relative = decodeURIComponent(pathname.slice('/static/dkfds/'.length));
  const file = path.resolve(DKFDS_DIST, relative);
  const type = TYPES[path.extname(file)];
  if (!pathname.startsWith('/static/dkfds/') || !file.startsWith(`${DKFDS_DIST}${path.sep}`) || !type || !existsSync(file) || !statSync(file).isFile()) {
    response.statusCode = 404;
    return response.end();
  }
  response.setHeader('Content-Type', type);
  response.setHeader('Cache-Control', 'public, max-age=86400');
  createReadStream(file).pipe(response);
}
