import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import path from 'node:path';

/** Where Det Fælles Designsystem's built CSS, fonts and icons are: the package exports only its script, dist/js/dkfds.min.js. */
export const DKFDS_DIST = path.resolve(path.dirname(require.resolve('dkfds')), '..');

/**
 * A strict Content-Security-Policy: no script at all, styles, fonts and images from this
 * site only, forms only to this site and the provider (sign-out continues there), never in a
 * frame. Pages are never stored (they show person data); the design system's files are.
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
          scriptSrc: ["'none'"],
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
  app.use((request: { path: string }, response: { setHeader(name: string, value: string): void }, next: () => void) => {
    if (!request.path.startsWith('/static/')) response.setHeader('Cache-Control', 'no-store');
    next();
  });
}
