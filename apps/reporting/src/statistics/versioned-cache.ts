interface Entry<T> {
  version: string;
  value: Promise<T>;
  /** When a request first found a newer version: how long the value may still be given is counted from here. */
  staleSince?: number;
  /** The background computation of a newer version, waiting for its turn or under way. */
  refreshing?: Promise<void>;
  /** That computation's value, once it has started. */
  newer?: { version: string; value: Promise<T> };
}

export interface VersionedCacheOptions {
  /** Keys kept at most, the least recently used going first. */
  capacity: number;
  /**
   * For how long after the first request for a newer version a value of the older version
   * may still be given while the newer one is computed in the background; 0 makes every
   * request wait for the current version.
   */
  maxStaleMs: number;
  /** Background computations at once; the rest wait their turn. */
  refreshConcurrency: number;
  now?: () => number;
}

export interface CacheAnswer<T> {
  value: Promise<T>;
  /** `hit`: kept at this version; `stale`: kept at an older version, the current one is on its way; `computed`: computed for this request. */
  kind: 'hit' | 'stale' | 'computed';
}

/**
 * Results kept per key with the version they were computed at. A request at the kept
 * version gets the kept result. At a newer version, the kept result is still given for
 * `maxStaleMs` from the first such request while the newer one is computed in the background
 * (one computation per key, a few keys at once), so that a change of the data does not make
 * every reader wait for every result at once; after that, requests wait for the newer one.
 * Requests for a key being computed share that computation; a failed computation is not kept.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly now: () => number;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly options: VersionedCacheOptions) {
    if (!Number.isInteger(options.capacity) || options.capacity < 1) throw new RangeError(`a cache holds at least one entry, not ${options.capacity}`);
    if (!Number.isInteger(options.refreshConcurrency) || options.refreshConcurrency < 1) throw new RangeError(`at least one background computation, not ${options.refreshConcurrency}`);
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string, version: string, compute: () => Promise<T>): CacheAnswer<T> {
    const kept = this.touch(key);
    if (kept) {
      if (kept.version === version) return { value: kept.value, kind: 'hit' };
      kept.staleSince ??= this.now();
      if (this.now() - kept.staleSince < this.options.maxStaleMs) {
        kept.refreshing ??= this.refresh(key, kept, version, compute);
        return { value: kept.value, kind: 'stale' };
      }
    }
    return { value: this.keep(key, version, compute()).value, kind: 'computed' };
  }

  /**
   * The value at `version`, never one of an older version: the kept one, the background
   * computation of this version when one is under way, else one computed now (and kept). For
   * values that must agree with others of the same version.
   */
  current(key: string, version: string, compute: () => Promise<T>): Promise<T> {
    const kept = this.touch(key);
    if (kept?.version === version) return kept.value;
    if (kept?.newer?.version === version) return kept.newer.value;
    return this.keep(key, version, compute()).value;
  }

  /** The entry of the key, now the most recently used. */
  private touch(key: string): Entry<T> | undefined {
    const kept = this.entries.get(key);
    if (kept) {
      this.entries.delete(key);
      this.entries.set(key, kept);
    }
    return kept;
  }

  private keep(key: string, version: string, value: Promise<T>): Entry<T> {
    const entry: Entry<T> = { version, value };
    this.entries.delete(key);
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.options.capacity) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  /** Computes `version` in its turn and keeps it, unless the key was replaced meanwhile; a failure leaves the older value. */
  private async refresh(key: string, stale: Entry<T>, version: string, compute: () => Promise<T>): Promise<void> {
    await this.turn();
    try {
      // Computed meanwhile by a request that would not take an older value: nothing to do.
      if (this.entries.get(key) !== stale) return;
      const value = compute();
      stale.newer = { version, value };
      await value;
      if (this.entries.get(key) === stale) this.keep(key, version, value);
    } catch {
      // The older value stays until its time is up; the next request tries again.
    } finally {
      stale.refreshing = undefined;
      stale.newer = undefined;
      this.release();
    }
  }

  private async turn(): Promise<void> {
    if (this.running < this.options.refreshConcurrency) this.running += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Hands the turn to the next waiting computation, if any. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}
