/** What a scrape gets: the last good value, when it was read, and whether the latest try worked. */
export interface ReadingState<T> {
  value: T | undefined;
  /** Clock time (ms) of the last successful reading; undefined until one succeeds. */
  readAt: number | undefined;
  /** False after a failed or timed-out try, until one succeeds again. */
  ok: boolean;
}

export interface ThrottledReadingOptions {
  /** A new reading starts at most this often, however often it is asked for. */
  minIntervalMs: number;
  /** How long a caller waits for a reading in progress before it takes the last value. */
  waitMs: number;
  now?: () => number;
  /** Told when readings start failing, once until one succeeds again (no log line per scrape). */
  onFailure?: (error: unknown) => void;
}

/**
 * A value read from somewhere slow or fallible (the broker, the database) for a scrape.
 * Readings are throttled and never overlap, so frequent or parallel scrapes cannot pile work
 * onto the source; a failure or a slow answer leaves the last good value in place and marks
 * the state not ok, so the scrape itself never fails or hangs because of the source. A reading
 * that hangs holds back the next one instead of letting them pile up on a struggling source.
 */
export class ThrottledReading<T> {
  private value: T | undefined;
  private readAt: number | undefined;
  private ok = false;
  private failureReported = false;
  private startedAt: number | undefined;
  private inFlight: Promise<void> | undefined;
  private readonly now: () => number;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly options: ThrottledReadingOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  async current(): Promise<ReadingState<T>> {
    const due = this.startedAt === undefined || this.now() - this.startedAt >= this.options.minIntervalMs;
    if (!this.inFlight && due) this.inFlight = this.refresh();
    // A source that does not answer in time counts as failing until it does.
    if (this.inFlight && !(await finishesWithin(this.inFlight, this.options.waitMs))) this.ok = false;
    return { value: this.value, readAt: this.readAt, ok: this.ok };
  }

  private async refresh(): Promise<void> {
    this.startedAt = this.now();
    try {
      this.value = await this.read();
      this.readAt = this.now();
      this.ok = true;
      this.failureReported = false;
    } catch (error) {
      if (!this.failureReported) this.options.onFailure?.(error);
      this.failureReported = true;
      this.ok = false;
    } finally {
      this.inFlight = undefined;
    }
  }
}

function finishesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer));
}
