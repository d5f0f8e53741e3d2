import type { Admin } from 'kafkajs';

/** A partition's offset: the next message the group reads there. */
export interface PartitionOffset {
  partition: number;
  offset: string;
}

export interface OffsetRewind {
  topic: string;
  partition: number;
  /** The group's committed offset before the rewind. */
  from: string;
  to: string;
}

/**
 * Where a group goes back to: on each partition, the first message at or after the time,
 * but never forward. A partition whose committed offset is already before that (the service
 * was behind) keeps it, since moving it on would skip events that were never applied; one
 * the group never committed on keeps nothing, and the consumer reads it from the start.
 */
export function plannedRewinds(topic: string, committed: readonly PartitionOffset[], atTime: readonly PartitionOffset[]): OffsetRewind[] {
  const target = new Map(atTime.map((entry) => [entry.partition, BigInt(entry.offset)]));
  return committed.flatMap(({ partition, offset }) => {
    const to = target.get(partition);
    if (to === undefined || BigInt(offset) < 0n || to >= BigInt(offset)) return [];
    return [{ topic, partition, from: offset, to: to.toString() }];
  });
}

export interface RewindOptions {
  groupId: string;
  topics: readonly string[];
  /** The time to go back to: every message from then on is read again. */
  to: Date;
  /** Only work out the rewinds, change nothing. */
  dryRun?: boolean;
}

/**
 * Moves a consumer group back to a point in time, the step after restoring a service's
 * database from a backup taken then: what was applied after it is read again, and the
 * restored inbox skips what the backup already holds. Only an empty group (every replica
 * of the service stopped) can be moved; the broker would refuse, and a running consumer
 * would commit over the rewind, so this refuses first, naming the members.
 */
export async function rewindGroupToTime(admin: Admin, { groupId, topics, to, dryRun = false }: RewindOptions): Promise<OffsetRewind[]> {
  const { groups } = await admin.describeGroups([groupId]);
  const group = groups[0];
  if (group && group.state !== 'Empty' && group.state !== 'Dead') {
    const members = group.members.map((member) => `${member.clientId}@${member.clientHost}`).join(', ');
    throw new Error(`consumer group ${groupId} is ${group.state} with ${group.members.length} member(s) (${members}): stop every replica of the service first`);
  }
  const rewinds: OffsetRewind[] = [];
  for (const topic of topics) {
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    const atTime = await admin.fetchTopicOffsetsByTimestamp(topic, to.getTime());
    const planned = plannedRewinds(topic, committed?.partitions ?? [], atTime);
    if (!dryRun && planned.length > 0) {
      await admin.setOffsets({ groupId, topic, partitions: planned.map(({ partition, to: offset }) => ({ partition, offset })) });
    }
    rewinds.push(...planned);
  }
  return rewinds;
}
