import type { Admin } from 'kafkajs';

/** Where one partition ended when it was looked at: the offset after its last message (`high`) and its first (`low`). */
export interface PartitionEnd {
  topic: string;
  partition: number;
  low: string;
  high: string;
}

const key = (topic: string, partition: number) => `${topic}\u0000${partition}`;

/** Where every partition of these topics ends now. */
export async function endOffsetsOf(admin: Admin, topics: Iterable<string>): Promise<PartitionEnd[]> {
  const ends: PartitionEnd[] = [];
  for (const topic of topics) {
    for (const partition of await admin.fetchTopicOffsets(topic)) ends.push({ topic, partition: partition.partition, low: partition.low, high: partition.high });
  }
  return ends;
}

/**
 * How far a replay has come against the end offsets it must reach: every partition must
 * have been read up to the end it had when the ends were taken (an empty partition has
 * nothing to read). Offsets are strings, as Kafka clients give them; compared as big integers.
 */
export class PartitionProgress {
  private readonly next = new Map<string, bigint>();
  private targets = new Map<string, PartitionEnd>();

  constructor(ends: readonly PartitionEnd[]) {
    this.retarget(ends);
  }

  /** New ends to reach, e.g. the ends at the moment of the swap. */
  retarget(ends: readonly PartitionEnd[]): void {
    this.targets = new Map(ends.map((end) => [key(end.topic, end.partition), end]));
  }

  /** A message at `offset` was applied. */
  applied(topic: string, partition: number, offset: string): void {
    const next = BigInt(offset) + 1n;
    const id = key(topic, partition);
    if ((this.next.get(id) ?? -1n) < next) this.next.set(id, next);
  }

  /** The partitions still short of their end, and by how many offsets. */
  behind(): { topic: string; partition: number; behind: bigint }[] {
    const short: { topic: string; partition: number; behind: bigint }[] = [];
    for (const [id, end] of this.targets) {
      const high = BigInt(end.high);
      const position = this.next.get(id) ?? BigInt(end.low);
      if (position < high) short.push({ topic: end.topic, partition: end.partition, behind: high - position });
    }
    return short;
  }

  isCaughtUp(): boolean {
    return this.behind().length === 0;
  }
}

/**
 * Partitions whose earliest message is no longer offset 0: retention (or a deletion) has
 * removed events from them, and a model rebuilt from what is left would lack them.
 */
export function truncatedPartitions(ends: readonly PartitionEnd[]): PartitionEnd[] {
  return ends.filter((end) => BigInt(end.low) > 0n);
}
