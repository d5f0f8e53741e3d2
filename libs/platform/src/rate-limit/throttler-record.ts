import type { ThrottlerStorage } from '@nestjs/throttler';
import type { RateLimitHit } from './rate-limit.repository';

/** What `ThrottlerStorage.increment` returns (the package does not export its name). */
export type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * The throttler's block duration as the repository takes it: @nestjs/throttler blocks for
 * `blockDuration` ms when it is positive and otherwise only refuses hits until the window
 * ends (null).
 */
export function blockMsOf(blockDuration: number): number | null {
  return blockDuration > 0 ? blockDuration : null;
}

/**
 * A hit as @nestjs/throttler reads it: whole seconds, rounded up as its in-memory storage
 * does (they become the X-RateLimit-Reset and Retry-After headers), never below zero, and
 * no block time unless blocked.
 */
export function throttlerRecordOf(hit: RateLimitHit): ThrottlerStorageRecord {
  const blockMs = hit.blocked ? (hit.msToBlockEnd ?? 0) : 0;
  return {
    totalHits: hit.hits,
    timeToExpire: Math.max(0, Math.ceil(hit.msToWindowEnd / 1000)),
    isBlocked: hit.blocked,
    timeToBlockExpire: Math.max(0, Math.ceil(blockMs / 1000)),
  };
}
