import { ThrottlerModule, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ServiceConfig } from '../config/service.config';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';
import { ADDRESS_THROTTLER, SUBJECT_THROTTLER } from './rate-limit.guards';
import { RateLimitRepository } from './rate-limit.repository';

/** The 429 body's message; `error` beside it stays `ThrottlerException` for programs. */
export const RATE_LIMIT_MESSAGE = 'For mange forespørgsler fra din adresse. Vent det antal sekunder, som Retry-After angiver, og prøv igen.';

/**
 * Two limits, both counted in the service's one database store so that replicas share them:
 * `RATE_LIMIT_PER_MINUTE` requests per minute per client address and route, before the token
 * is checked (AddressThrottlerGuard), and `RATE_LIMIT_PER_SUBJECT_PER_MINUTE` per signed-in
 * subject and route, after it (SubjectThrottlerGuard). The address throttler is the unnamed
 * one, so its headers are the standard `Retry-After` and `X-RateLimit-Limit`, `-Remaining`,
 * `-Reset` (a named one suffixes them with its name).
 */
export function rateLimitModule(config: ServiceConfig): DynamicModule {
  return ThrottlerModule.forRootAsync({
    inject: [DataSource],
    useFactory: (dataSource: DataSource): ThrottlerModuleOptions => ({
      throttlers: [
        { name: ADDRESS_THROTTLER, ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE },
        { name: SUBJECT_THROTTLER, ttl: 60_000, limit: config.RATE_LIMIT_PER_SUBJECT_PER_MINUTE },
      ],
      storage: new PostgresThrottlerStorage(new RateLimitRepository(dataSource)),
      errorMessage: RATE_LIMIT_MESSAGE,
    }),
  });
}
