import type { ThrottlerStorage } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import type { RateLimitRepository } from './rate-limit.repository';
import { blockMsOf, throttlerRecordOf, type ThrottlerStorageRecord } from './throttler-record';

/**
 * Every SWEEP_EVERY-th hit of a replica also deletes up to SWEEP_MAX expired rows: ten rows
 * per hit, where a hit adds at most one, so expired rows never pile up while requests come.
 */
export const SWEEP_EVERY = 100;
export const SWEEP_MAX = 1000;

/**
 * @nestjs/throttler's storage in PostgreSQL, so that every replica of a service counts into
 * the same windows: N replicas allow a client the limit, not N times it.
 *
 * The key the throttler passes is already a SHA-256 digest of route and client address;
 * it is hashed once more to 32 bytes so that a route with its own key generator cannot put
 * an address in clear into the table. A database error fails the request (500): the limit
 * is never skipped.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  private hits = 0;

  constructor(private readonly repository: RateLimitRepository) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const digest = createHash('sha256').update(key).digest();
    const hit = await this.repository.hit(throttlerName, digest, { ttlMs: ttl, limit, blockMs: blockMsOf(blockDuration) });
    this.hits += 1;
    if (this.hits % SWEEP_EVERY === 0) await this.repository.deleteExpired(SWEEP_MAX);
    return throttlerRecordOf(hit);
  }
}
