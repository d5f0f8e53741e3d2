/**
 * At most `limit` runs of costly work at once; the rest wait their turn in arrival order.
 * A burst of expensive reads then holds at most `limit` of the database pool's connections,
 * and the probes, the rate limiter and the writes keep the others.
 */
export class Bulkhead {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`a bulkhead needs a limit of at least 1, not ${limit}`);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      // The place passes straight to the next in line, so the count never dips below a waiter.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
