/** A partition's log as the broker reports it: `low` is the first offset still kept, `high` the next to be written. */
export interface PartitionEnds {
  partition: number;
  low: string;
  high: string;
}

/** A consumer group's committed offset on a partition: the next message it will read; "-1" when it never committed. */
export interface CommittedOffset {
  partition: number;
  offset: string;
}

export interface PartitionLag {
  partition: number;
  lag: number;
}

/**
 * How many messages of each partition the group has still to handle. A group that never
 * committed on a partition, or whose offset fell behind retention, starts at the first
 * message kept (consumers subscribe from the beginning), so everything kept is its lag.
 */
export function consumerLag(ends: readonly PartitionEnds[], committed: readonly CommittedOffset[]): PartitionLag[] {
  const offsets = new Map(committed.map((entry) => [entry.partition, BigInt(entry.offset)]));
  return ends.map(({ partition, low, high }) => {
    const first = BigInt(low);
    const next = offsets.get(partition) ?? -1n;
    const from = next < first ? first : next;
    const lag = BigInt(high) - from;
    return { partition, lag: lag > 0n ? Number(lag) : 0 };
  });
}

/** Messages kept on a topic right now, over all its partitions. */
export function retainedMessages(ends: readonly PartitionEnds[]): number {
  return ends.reduce((sum, { low, high }) => sum + Math.max(0, Number(BigInt(high) - BigInt(low))), 0);
}
