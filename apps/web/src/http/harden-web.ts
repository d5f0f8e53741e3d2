import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Response } from 'express';
import helmet from 'helmet';
import path from 'node:path';
import { UPLOAD_PROGRESS_SCRIPT, UPLOAD_PROGRESS_SCRIPT_PATH } from '../police-lists/upload-progress.script';

/** Where Det Fælles Designsystem's built CSS, fonts and icons are: the package exports only its script, dist/js/dkfds.min.js. */
export const DKFDS_DIST = path.resolve(path.dirname(require.resolve('dkfds')), '..');

/**
 * A strict Content-Security-Policy: scripts only as files from this site (there is one, the
 * upload page's progress, `/static/upload-progress.js`; nothing inline, no eval), requests
 * from a script only to this site (that script's upload), styles, fonts and images from this
 * site only, forms only to this site and the provider (sign-out continues there), never in a
 * frame. Pages are never stored (they show person data); the design system's files and the
 * script are.
 */
export function hardenWeb(app: NestExpressApplication, issuer: string): void {
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          formAction: ["'self'", new URL(issuer).origin],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
        },
      },
    }),
  );
  app.useStaticAssets(DKFDS_DIST, { prefix: '/static/dkfds/', maxAge: '1d', index: false });
  app.use(UPLOAD_PROGRESS_SCRIPT_PATH, (request: { method: string; path: string }, response: Response, next: () => void) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.path !== '/') return next();
    response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    response.setHeader('Cache-Control', 'public, max-age=3600');
    response.end(request.method === 'HEAD' ? undefined : UPLOAD_PROGRESS_SCRIPT);
  });
  app.use((request: { path: string }, response: { setHeader(name: string, value: string): void }, next: () => void) => {
    if (!request.path.startsWith('/static/')) response.setHeader('Cache-Control', 'no-store');
    next();
  });
}
