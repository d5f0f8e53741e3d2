interface Entry<T> {
  version: string;
  value: Promise<T>;
}

/**
 * Results kept per key for as long as the version they were computed at stands. A request
 * for a key already being computed at the same version waits for that computation instead
 * of starting its own; a failed computation is not kept. At most `capacity` keys, the least
 * recently used going first.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`a cache holds at least one entry, not ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The result for `key` at `version`: kept, or computed now and kept. */
  get(key: string, version: string, compute: () => Promise<T>): { value: Promise<T>; hit: boolean } {
    const kept = this.entries.get(key);
    this.entries.delete(key);
    if (kept && kept.version === version) {
      this.entries.set(key, kept);
      return { value: kept.value, hit: true };
    }
    const entry: Entry<T> = { version, value: compute() };
    this.entries.set(key, entry);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return { value: entry.value, hit: false };
  }
}
