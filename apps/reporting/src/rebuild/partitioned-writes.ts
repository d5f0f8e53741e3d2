/** Up to `size` holders at once; the others wait in line, first come first served. */
class Slots {
  private readonly waiting: (() => void)[] = [];
  private taken = 0;

  constructor(private readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a number of slots must be a positive integer, not ${size}`);
  }

  async take(): Promise<void> {
    while (this.taken >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.taken += 1;
  }

  give(): void {
    this.taken -= 1;
    this.waiting.shift()?.();
  }
}

/**
 * Writes handed over by a consumer and applied in the background, so that the consumer
 * fetches and decodes the next batches while the database writes the last ones: in the order
 * given per partition (a later event may replace an earlier one), partitions side by side,
 * at most `running` at once and at most `queued` more waiting. `enqueue` waits for room,
 * which holds the consumer back.
 */
export class PartitionedWrites {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly pending: Slots;
  private readonly running: Slots;

  /** `onFailure` receives what a write threw; the writes queued behind it still run. */
  constructor(
    limits: { running: number; queued: number },
    private readonly onFailure: (error: unknown) => void,
  ) {
    this.running = new Slots(limits.running);
    this.pending = new Slots(limits.running + limits.queued);
  }

  /** Resolves once the write is queued behind the earlier ones of its partition, not once it is done. */
  async enqueue(partition: string, write: () => Promise<void>): Promise<void> {
    await this.pending.take();
    const tail = (this.tails.get(partition) ?? Promise.resolve())
      .then(() => this.run(write))
      .finally(() => {
        this.pending.give();
        if (this.tails.get(partition) === tail) this.tails.delete(partition);
      });
    this.tails.set(partition, tail);
  }

  /** Resolves once every write queued so far is done. */
  async drained(): Promise<void> {
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }

  private async run(write: () => Promise<void>): Promise<void> {
    await this.running.take();
    try {
      await write();
    } catch (error) {
      this.onFailure(error);
    } finally {
      this.running.give();
    }
  }
}
