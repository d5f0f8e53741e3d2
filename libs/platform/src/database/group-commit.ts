interface Waiting<T> {
  item: T;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Writes items one batch at a time: what is submitted while a write is in flight waits and goes
 * in the next batch together (at most `maxBatch` items), as a database commits a group of
 * transactions with one flush. A writer that must serialise its writes (the audit chain's lock)
 * then holds its lock once per batch instead of once per item, so a burst does not queue behind
 * the lock. Each `submit` settles when the write of its batch has: resolved when it was written,
 * rejected with the write's error when not.
 */
export class GroupCommit<T> {
  private readonly waiting: Waiting<T>[] = [];
  private writing = false;

  constructor(
    private readonly write: (batch: readonly T[]) => Promise<void>,
    readonly maxBatch: number,
  ) {
    if (!Number.isSafeInteger(maxBatch) || maxBatch < 1) throw new RangeError(`a group commit needs a batch of at least 1, not ${maxBatch}`);
  }

  submit(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.writing) void this.writeWaiting();
    });
  }

  private async writeWaiting(): Promise<void> {
    this.writing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.maxBatch);
        try {
          await this.write(batch.map((waiting) => waiting.item));
          batch.forEach((waiting) => waiting.resolve());
        } catch (error) {
          batch.forEach((waiting) => waiting.reject(error));
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
