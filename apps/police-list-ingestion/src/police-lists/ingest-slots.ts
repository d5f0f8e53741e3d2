/**
 * At most `size` tasks at once; the others wait their turn in the order they came. Ingestion
 * reads at most MAX_CONCURRENT_INGESTS lists at a time, so that the memory the XLSX limits
 * allow one list is multiplied by a known number (memory-budget.ts).
 */
export class IngestSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line, so a newcomer cannot take it first.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
