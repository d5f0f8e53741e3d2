import { randomBytes } from 'node:crypto';
import { AssignerProtocol, Kafka, logLevel, type KafkaMessage, type Message } from 'kafkajs';
import { waitFor, type WaitOptions } from './wait-for';

export interface SeenMessage {
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

function toSeen(partition: number, message: KafkaMessage): SeenMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = String(value);
  return {
    partition,
    offset: message.offset,
    key: message.key?.toString('utf8') ?? null,
    value: message.value?.toString('utf8') ?? null,
    headers,
  };
}

/** A consumer group as its coordinator on the broker describes it. */
export interface GroupDescription {
  /** Empty, PreparingRebalance, CompletingRebalance, Stable or Dead. */
  state: string;
  memberIds: string[];
  /** Each member's partitions by topic, in the order of `memberIds` (empty while the group rebalances). */
  assignments: Record<string, number[]>[];
}

/** Raw access to the shared test broker: what is on a topic, and putting bytes on one. */
export class KafkaProbe {
  private readonly kafka = new Kafka({
    clientId: 'test-probe',
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    logLevel: logLevel.NOTHING,
  });

  /** Reads a topic from the beginning until `enough` holds for what was read. */
  async readUntil(topic: string, enough: (seen: SeenMessage[]) => boolean, options?: WaitOptions): Promise<SeenMessage[]> {
    const seen: SeenMessage[] = [];
    const consumer = this.kafka.consumer({ groupId: `probe-${randomBytes(4).toString('hex')}` });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({ eachMessage: async ({ partition, message }) => void seen.push(toSeen(partition, message)) });
      await waitFor(`messages on ${topic}`, () => seen.length, () => enough(seen), options);
      return [...seen];
    } finally {
      await consumer.disconnect();
    }
  }

  /** Everything on the topic right now, every partition. */
  async readAll(topic: string, options?: WaitOptions): Promise<SeenMessage[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    let total = 0;
    try {
      for (const partition of await admin.fetchTopicOffsets(topic)) total += Number(partition.high) - Number(partition.low);
    } finally {
      await admin.disconnect();
    }
    return this.readUntil(topic, (seen) => seen.length >= total, options);
  }

  async createTopic(topic: string, partitions: number): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }], waitForLeaders: true });
    } finally {
      await admin.disconnect();
    }
  }

  /** The topics whose names start with `prefix` (a test's namespace), sorted. */
  async topicsStartingWith(prefix: string): Promise<string[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return (await admin.listTopics()).filter((topic) => topic.startsWith(prefix)).sort();
    } finally {
      await admin.disconnect();
    }
  }

  async send(topic: string, messages: Message[]): Promise<void> {
    const producer = this.kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    try {
      await producer.send({ topic, acks: -1, messages });
    } finally {
      await producer.disconnect();
    }
  }

  /** Waits until the group has committed every message now on the topic. */
  async waitForGroupToCatchUp(groupId: string, topic: string, options?: WaitOptions): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p.high]));
      await waitFor(
        `consumer group ${groupId} to commit the end of ${topic}`,
        async () => {
          const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
          return (committed?.partitions ?? []).map((p) => ({ partition: p.partition, offset: p.offset, end: ends.get(p.partition) }));
        },
        (partitions) => partitions.every((p) => p.end === '0' || p.offset === p.end),
        options,
      );
    } finally {
      await admin.disconnect();
    }
  }

  /**
   * Waits until the group's coordinator describes the group as `done` wants it: for instance
   * empty once a killed member's session has timed out and the broker has let it go.
   */
  async waitForGroup(groupId: string, what: string, done: (group: GroupDescription) => boolean, options?: WaitOptions): Promise<GroupDescription> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await waitFor(
        `${what} (consumer group ${groupId})`,
        async () => {
          const { groups } = await admin.describeGroups([groupId]);
          const members = groups[0]?.members ?? [];
          return {
            state: groups[0]?.state ?? 'Dead',
            memberIds: members.map((member) => member.memberId),
            // The coordinator hands out the leader's assignment as opaque bytes in the consumer protocol's format.
            assignments: members.map((member) => AssignerProtocol.MemberAssignment.decode(member.memberAssignment)?.assignment ?? {}),
          };
        },
        done,
        options,
      );
    } finally {
      await admin.disconnect();
    }
  }

  /** Moves an idle group back to the start of the topic, so it replays everything. */
  async rewindGroup(groupId: string, topic: string): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.resetOffsets({ groupId, topic, earliest: true });
    } finally {
      await admin.disconnect();
    }
  }
}
