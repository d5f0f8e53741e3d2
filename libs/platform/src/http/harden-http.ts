import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { ServiceConfig } from '../config/service.config';
import { SafeErrorFilter } from './safe-error.filter';

/**
 * What every service's HTTP side gets before any route: secure headers, no caching, CORS only for the
 * configured origins, bounded JSON bodies, and error bodies that say nothing they should not.
 */
export function hardenHttp(app: INestApplication, config: ServiceConfig): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  // Nothing a service answers is kept by a browser or a proxy (person data among it), so no
  // ETag to revalidate either (hashing every body cost each agenda page a few per cent).
  express.set('etag', false);
  express.use((_request: unknown, response: { setHeader(name: string, value: string): void }, next: () => void) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  express.set('trust proxy', config.TRUST_PROXY_HOPS);
  express.use(helmet());
  // JSON only: no route takes form data, so a form body is left unread and answered 415.
  express.useBodyParser('json', { limit: config.HTTP_JSON_BODY_LIMIT });
  if (config.CORS_ORIGINS.length > 0) {
    express.enableCors({ origin: config.CORS_ORIGINS, methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], allowedHeaders: ['Authorization', 'Content-Type'], maxAge: 600 });
  }
  express.useGlobalFilters(new SafeErrorFilter());
}
