import { setTimeout as delay } from 'node:timers/promises';

/** What a broker answers about a topic created a moment ago, before its metadata has spread. */
const NOT_YET = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

/**
 * Runs `attempt` until it returns true, again (backing off up to 2 s) while it returns false
 * or the broker answers that a topic is unknown or has no leader yet: topics created a moment
 * ago, by this service or another starting beside it, take a while to be known everywhere.
 * Any other error, or still not settled after `timeoutMs`, is thrown.
 */
export async function whenTopicsSettle(attempt: () => Promise<boolean>, onWait: (tries: number, error?: unknown) => void = () => undefined, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let tries = 1; ; tries++) {
    let error: unknown;
    try {
      if (await attempt()) return;
    } catch (failure) {
      if (!NOT_YET.has((failure as { type?: string }).type ?? '')) throw failure;
      error = failure;
    }
    if (Date.now() > deadline) throw error ?? new Error(`topics not settled after ${timeoutMs} ms`);
    onWait(tries, error);
    await delay(Math.min(100 * 2 ** tries, 2_000));
  }
}
