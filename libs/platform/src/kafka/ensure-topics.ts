import { deadLetterTopicOf, type TopicDefinition } from '@ssp/contracts';
import type { Admin, ITopicConfig } from 'kafkajs';
import type { TopicNamespace } from './topic-namespace';
import { whenTopicsSettle } from './topics-settle';

export function topicConfigsFor(
  topics: readonly TopicDefinition[],
  namespace: TopicNamespace,
  replicationFactor: number,
): ITopicConfig[] {
  const configs: ITopicConfig[] = [];
  for (const topic of topics) {
    configs.push({
      topic: namespace.topic(topic.name),
      numPartitions: topic.partitions,
      replicationFactor,
      configEntries: [
        { name: 'cleanup.policy', value: topic.compacted ? 'compact' : 'delete' },
        { name: 'min.insync.replicas', value: String(Math.min(2, replicationFactor)) },
      ],
    });
    configs.push({
      topic: namespace.topic(deadLetterTopicOf(topic.name)),
      numPartitions: 1,
      replicationFactor,
      configEntries: [{ name: 'cleanup.policy', value: 'delete' }],
    });
  }
  return configs;
}

/**
 * Creates the topics (and their dead-letter topics) that are missing, and waits until every
 * partition of them has a leader; existing ones are left alone. kafkajs's own wait for
 * leaders gives up at the first "unknown topic" from a broker that has not heard of a topic
 * yet, so the wait is `whenTopicsSettle`'s.
 */
export async function ensureTopics(
  admin: Admin,
  topics: readonly TopicDefinition[],
  namespace: TopicNamespace,
  replicationFactor: number,
): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = topicConfigsFor(topics, namespace, replicationFactor).filter((config) => !existing.has(config.topic));
  if (missing.length === 0) return;
  try {
    await admin.createTopics({ topics: missing, waitForLeaders: false });
  } catch (error) {
    // Another replica may have created them between listing and creating.
    const now = new Set(await admin.listTopics());
    if (missing.some((config) => !now.has(config.topic))) throw error;
  }
  await whenTopicsSettle(async () => {
    const { topics: described } = await admin.fetchTopicMetadata({ topics: missing.map((config) => config.topic) });
    return described.every((topic) => topic.partitions.length > 0 && topic.partitions.every((partition) => partition.leader >= 0));
  });
}
