import { ThrottlerModule, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ServiceConfig } from '../config/service.config';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';
import { RateLimitRepository } from './rate-limit.repository';

/** The 429 body's message; `error` beside it stays `ThrottlerException` for programs. */
export const RATE_LIMIT_MESSAGE = 'For mange forespørgsler fra din adresse. Vent det antal sekunder, som Retry-After angiver, og prøv igen.';

/**
 * `RATE_LIMIT_PER_MINUTE` requests per minute per client address and route, counted in the
 * service's database so that replicas share the limit (ThrottlerGuard applies it). The
 * throttler is the unnamed one, so its headers are the standard `Retry-After` and
 * `X-RateLimit-Limit`, `-Remaining`, `-Reset` (a named one suffixes them with its name).
 */
export function rateLimitModule(config: ServiceConfig): DynamicModule {
  return ThrottlerModule.forRootAsync({
    inject: [DataSource],
    useFactory: (dataSource: DataSource): ThrottlerModuleOptions => ({
      throttlers: [{ ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE }],
      storage: new PostgresThrottlerStorage(new RateLimitRepository(dataSource)),
      errorMessage: RATE_LIMIT_MESSAGE,
    }),
  });
}
