import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Clock, runMigrationsUnderLock, SystemClock } from '@ssp/platform';
import { DataSource } from 'typeorm';
import { OidcClient } from './auth/oidc-client';
import { OpenIdConnectClient } from './auth/openid-connect.client';
import { webDataSourceOptions } from './database/web-data-source';
import { hardenWeb } from './http/harden-web';
import { WebModule } from './web.module';
import type { WebConfig } from './web.config';

export interface WebAppOptions {
  clock?: Clock;
  /** The relying party; the real one (openid-client) unless a test gives another. */
  oidc?: OidcClient;
}

/** The web app, migrated and ready to listen: sessions in its own database, pages through the services. */
export async function createWebApp(config: WebConfig, { clock = new SystemClock(), oidc }: WebAppOptions = {}): Promise<NestExpressApplication> {
  const dataSource = new DataSource(webDataSourceOptions(config.DATABASE_URL));
  await dataSource.initialize();
  try {
    await runMigrationsUnderLock(dataSource);
    const app = await NestFactory.create<NestExpressApplication>(
      WebModule.register({ config, clock, oidc: oidc ?? new OpenIdConnectClient(config), dataSource }),
      { logger: [...LOG_LEVELS[config.LOG_LEVEL]], bodyParser: false },
    );
    app.useBodyParser('urlencoded', { extended: false, limit: '64kb' });
    hardenWeb(app, config.OIDC_ISSUER);
    app.enableShutdownHooks();
    return app;
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

const LOG_LEVELS = {
  error: ['error'],
  warn: ['error', 'warn'],
  log: ['error', 'warn', 'log'],
  debug: ['error', 'warn', 'log', 'debug'],
} as const satisfies Record<WebConfig['LOG_LEVEL'], readonly string[]>;
