import { deadLetterTopicOf } from '@ssp/contracts';
import type { Admin, Kafka } from 'kafkajs';
import type { TopicNamespace } from '../kafka/topic-namespace';
import { consumerLag, retainedMessages, type PartitionLag } from './consumer-lag';

/** Lag and dead letters of one consumed topic, under its catalogue name (never the namespaced one). */
export interface TopicOffsets {
  topic: string;
  partitions: PartitionLag[];
  /** Messages kept on the topic's dead-letter topic, put there by any consumer group. */
  deadLetters: number;
}

export interface KafkaOffsetsReaderOptions {
  /** The consumer group before namespacing (the service's name), as the batch consumer uses it. */
  groupId: string;
  namespace: TopicNamespace;
  /** The catalogue names of the topics the service consumes; asked on each reading. */
  topics: () => readonly string[];
}

/**
 * Reads the service's consumer lag and dead-letter topic sizes from the broker's offsets with
 * one admin client, kept between readings and dropped after a failure so the next reading
 * starts on a fresh connection. It needs only what the service's Kafka user already may do:
 * Describe on its topics, their dead-letter topics and its consumer group.
 */
export class KafkaOffsetsReader {
  private admin: Admin | undefined;
  private closed = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: KafkaOffsetsReaderOptions,
  ) {}

  async read(): Promise<TopicOffsets[]> {
    const topics = this.options.topics();
    if (topics.length === 0) return [];
    const admin = await this.connected();
    try {
      const { namespace } = this.options;
      const committedRequest = admin.fetchOffsets({ groupId: namespace.group(this.options.groupId), topics: topics.map((topic) => namespace.topic(topic)) });
      const endRequests = topics.map((topic) => admin.fetchTopicOffsets(namespace.topic(topic)));
      const deadLetterRequests = topics.map((topic) => admin.fetchTopicOffsets(namespace.topic(deadLetterTopicOf(topic))));
      // Every request ends before the reading does: one still retrying would reconnect the client after a close.
      await Promise.allSettled([committedRequest, ...endRequests, ...deadLetterRequests]);
      const [committed, ends, deadLetterEnds] = await Promise.all([committedRequest, Promise.all(endRequests), Promise.all(deadLetterRequests)]);
      const committedByTopic = new Map(committed.map((entry) => [entry.topic, entry.partitions]));
      return topics.map((topic, index) => ({
        topic,
        partitions: consumerLag(ends[index] ?? [], committedByTopic.get(namespace.topic(topic)) ?? []),
        deadLetters: retainedMessages(deadLetterEnds[index] ?? []),
      }));
    } catch (error) {
      await this.disconnect();
      throw error;
    } finally {
      // close() during the reading disconnected this client, and kafkajs reconnects to retry its requests.
      if (this.closed) await admin.disconnect().catch(() => undefined);
    }
  }

  /** For shutdown: no reading connects again afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    await this.disconnect();
  }

  private async disconnect(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.disconnect().catch(() => undefined);
  }

  private async connected(): Promise<Admin> {
    if (this.closed) throw new Error('the service is shutting down');
    if (!this.admin) {
      // Few retries: a reading that cannot get through soon is better given up and tried again at the next scrape.
      const admin = this.kafka.admin({ retry: { retries: 2, initialRetryTime: 200 } });
      try {
        await admin.connect();
        if (this.closed) throw new Error('the service is shutting down');
      } catch (error) {
        await admin.disconnect().catch(() => undefined);
        throw error;
      }
      this.admin = admin;
    }
    return this.admin;
  }
}
