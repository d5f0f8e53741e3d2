import { ServiceName } from './services';
import { deadLetterTopicOf, type TopicDefinition } from './topic-definition';
import { ALL_TOPICS, Topics, topicsConsumedBy, topicsProducedBy } from './topics';

export type KafkaAclOperation = 'Read' | 'Write' | 'Describe' | 'Create' | 'Delete';

/**
 * Reporting's read-model rebuild reads every topic from the earliest offset in a consumer
 * group of its own, so the live consumer's offsets are never touched, and deletes it at the end.
 */
export const REPORTING_REBUILD_GROUP = `${ServiceName.reporting}-rebuild`;

/**
 * Ingestion's `upcast-incidents` command reads the retired ssp.incident.recorded.v1 once, from
 * the earliest offset, in a group of its own that it deletes at the end.
 */
export const INCIDENT_UPCAST_GROUP = `${ServiceName.policeListIngestion}-upcast`;

/** Consumer groups a service uses besides its own (whose id is the service's name). */
const EXTRA_CONSUMER_GROUPS: Readonly<Partial<Record<ServiceName, readonly { name: string; operations: readonly KafkaAclOperation[] }[]>>> = {
  [ServiceName.reporting]: [{ name: REPORTING_REBUILD_GROUP, operations: ['Read', 'Delete'] }],
  [ServiceName.policeListIngestion]: [{ name: INCIDENT_UPCAST_GROUP, operations: ['Read', 'Delete'] }],
};

/** Retired topics a service still reads to copy their history to the new version (not consumers: nothing subscribes to them live). */
const RETIRED_TOPIC_READS: Readonly<Partial<Record<ServiceName, readonly string[]>>> = {
  [ServiceName.policeListIngestion]: [Topics.incidentRecordedV1.name],
};

/** One ACL in the shape of a Strimzi KafkaUser's `spec.authorization.acls` entry. */
export interface KafkaAcl {
  readonly type: 'allow' | 'deny';
  readonly resource: { readonly type: 'topic' | 'group'; readonly name: string; readonly patternType: 'literal' };
  readonly operations: readonly KafkaAclOperation[];
}

function allowTopic(name: string, operations: KafkaAclOperation[]): KafkaAcl {
  return { type: 'allow', resource: { type: 'topic', name, patternType: 'literal' }, operations };
}

function denyTopicRead(name: string): KafkaAcl {
  return { type: 'deny', resource: { type: 'topic', name, patternType: 'literal' }, operations: ['Read'] };
}

/**
 * What a service's Kafka user (named after the service) may do, derived from the topic
 * catalogue; k8s/kafka/users.yaml states the same and a unit test holds the two together.
 *
 * - Write on the topics it produces (its outbox relay; Write also lets the idempotent
 *   producer start, so no cluster-level IdempotentWrite is needed).
 * - Read on the topics it consumes, and Read on its consumer group (group id = service name);
 *   Read and Delete on the extra groups it uses (reporting's rebuild, ingestion's upcast).
 * - Read and Describe on a retired topic whose history it copies to the new version.
 * - Describe and Create on every topic it uses and on that topic's dead-letter topic: at
 *   start-up it lists the topics and creates those missing (ensureTopics).
 * - Write on the dead-letter topic of each topic it consumes, where it puts what it cannot
 *   process. Not Read: no service reads dead letters back.
 * - An explicit deny of Read on identity-carrying topics (and their dead-letter topics) for
 *   every service that is not their consumer, so a later broad allow cannot open them.
 */
export function kafkaAclsFor(service: ServiceName): KafkaAcl[] {
  const produced = topicsProducedBy(service);
  const consumed = topicsConsumedBy(service);
  const produces = (topic: TopicDefinition) => produced.includes(topic);
  const consumes = (topic: TopicDefinition) => consumed.includes(topic);
  const used = ALL_TOPICS.filter((topic) => produces(topic) || consumes(topic));
  const guarded = ALL_TOPICS.filter((topic) => topic.carriesIdentity && !consumes(topic));

  const topicAcls = used.map((topic) =>
    allowTopic(topic.name, [
      ...(consumes(topic) ? (['Read'] as const) : []),
      ...(produces(topic) ? (['Write'] as const) : []),
      'Describe',
      'Create',
    ]),
  );
  const deadLetterAcls = used.map((topic) =>
    allowTopic(deadLetterTopicOf(topic.name), [...(consumes(topic) ? (['Write'] as const) : []), 'Describe', 'Create']),
  );
  const groupAcls: KafkaAcl[] = [
    ...(consumed.length > 0 ? [{ name: service, operations: ['Read'] as const }] : []),
    ...(EXTRA_CONSUMER_GROUPS[service] ?? []),
  ].map(({ name, operations }) => ({ type: 'allow', resource: { type: 'group', name, patternType: 'literal' }, operations }));
  const identityDenials = guarded.flatMap((topic) => [denyTopicRead(topic.name), denyTopicRead(deadLetterTopicOf(topic.name))]);

  const retiredReads = (RETIRED_TOPIC_READS[service] ?? []).map((name) => allowTopic(name, ['Read', 'Describe']));

  return [...topicAcls, ...retiredReads, ...deadLetterAcls, ...groupAcls, ...identityDenials];
}

/** Every service's ACLs, by Kafka user name. */
export function kafkaAclPlan(): Record<ServiceName, KafkaAcl[]> {
  const plan = {} as Record<ServiceName, KafkaAcl[]>;
  for (const service of Object.values(ServiceName)) plan[service] = kafkaAclsFor(service);
  return plan;
}
