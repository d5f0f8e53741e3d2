import { Logger } from '@nestjs/common';
import {
  ALL_TOPICS,
  kafkaAclsFor,
  ServiceName,
  Topics,
  topicsConsumedBy,
  topicsProducedBy,
  type KafkaAcl,
  type KafkaAclOperation,
} from '@ssp/contracts';
import { createKafkaClient, ensureTopics, topicConfigsFor, TopicNamespace } from '@ssp/platform';
import { newTopicNamespace, waitFor } from '@ssp/testing';
import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  ResourcePatternTypes,
  type Admin,
  type AclEntry,
  type Kafka,
} from 'kafkajs';
import { randomUUID } from 'node:crypto';
import localScramUsers from '../../scripts/kafka/local-scram-users.json';

/*
 * Kafka authentication and the per-service ACLs, against the real broker: its SASL_PLAINTEXT
 * listener (SCRAM-SHA-512, StandardAuthorizer, scripts/kafka.mjs) knows each service's user.
 * The ACL plan, which k8s/kafka/users.yaml states for production, is granted here on this
 * file's topic namespace through the plaintext listener (the super user); then each service
 * connects as itself through createKafkaClient, as it does in production.
 */
const PLAINTEXT_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const SASL_BROKERS = (process.env.KAFKA_SASL_BROKERS ?? '127.0.0.1:9094').split(',');

const OPERATIONS: Record<KafkaAclOperation, AclOperationTypes> = {
  Read: AclOperationTypes.READ,
  Write: AclOperationTypes.WRITE,
  Describe: AclOperationTypes.DESCRIBE,
  Create: AclOperationTypes.CREATE,
  Delete: AclOperationTypes.DELETE,
};

/** The plan's ACL as the broker's entries, its topic or group moved into the namespace. */
function brokerAclEntries(service: ServiceName, acl: KafkaAcl, namespace: TopicNamespace): AclEntry[] {
  const isTopic = acl.resource.type === 'topic';
  return acl.operations.map((operation) => ({
    principal: `User:${service}`,
    host: '*',
    resourceType: isTopic ? AclResourceTypes.TOPIC : AclResourceTypes.GROUP,
    resourceName: isTopic ? namespace.topic(acl.resource.name) : namespace.group(acl.resource.name),
    resourcePatternType: ResourcePatternTypes.LITERAL,
    operation: OPERATIONS[operation],
    permissionType: acl.type === 'allow' ? AclPermissionTypes.ALLOW : AclPermissionTypes.DENY,
  }));
}

function connectAs(service: ServiceName, password: string = localScramUsers[service]): Kafka {
  return createKafkaClient(`kafka-acl-test-${service}`, {
    KAFKA_BROKERS: SASL_BROKERS,
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    KAFKA_SASL_USERNAME: service,
    KAFKA_SASL_PASSWORD: password,
    KAFKA_SSL: false,
  });
}

/** Grants the entries and waits until the broker's authorizer shows every one of them. */
async function grant(admin: Admin, entries: AclEntry[]): Promise<void> {
  await admin.createAcls({ acl: entries });
  const key = (entry: AclEntry) => [entry.principal, entry.resourceType, entry.resourceName, entry.resourcePatternType, entry.operation, entry.permissionType].join(' ');
  const wanted = entries.map(key);
  await waitFor('the broker to apply the new ACLs', async () => {
    const { resources } = await admin.describeAcls({
      resourceType: AclResourceTypes.ANY,
      resourcePatternType: ResourcePatternTypes.ANY,
      operation: AclOperationTypes.ANY,
      permissionType: AclPermissionTypes.ANY,
    });
    const present = new Set(resources.flatMap((resource) => resource.acls.map((acl) => key({ ...resource, ...acl }))));
    return wanted.filter((entry) => !present.has(entry));
  }, (missing) => missing.length === 0);
}

/** The topics a service creates at start-up (as EventBackboneLifecycle does). */
function topicsUsedBy(service: ServiceName) {
  return [...new Set([...topicsProducedBy(service), ...topicsConsumedBy(service)])];
}

async function publish(kafka: Kafka, topic: string, value: string): Promise<void> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages: [{ key: 'pseudonym-1', value }] });
  } finally {
    await producer.disconnect();
  }
}

/** Consumes the topic in the group until `value` has been read. */
async function readInGroup(kafka: Kafka, groupId: string, topic: string, value: string): Promise<void> {
  const read: string[] = [];
  // A short long-poll, so disconnecting does not wait out a five-second fetch.
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void read.push(message.value?.toString('utf8') ?? '') });
    await waitFor(`${groupId} to read ${value} from ${topic}`, () => read, (values) => values.includes(value));
  } finally {
    await consumer.disconnect();
  }
}

/**
 * Runs a consumer until the broker refuses it and returns the refusal: a refused topic fails
 * the subscription (metadata) or the fetch, a refused group fails finding its coordinator;
 * the last two arrive as the consumer's crash.
 */
async function consumerRefusal(kafka: Kafka, groupId: string, topic: string): Promise<unknown> {
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  let crash: unknown;
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    crash = payload.error;
  });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        throw new Error(`the broker let ${groupId} read offset ${message.offset} of ${topic}`);
      },
    });
    return await waitFor(`the broker to refuse ${groupId} on ${topic}`, () => crash);
  } catch (refusal) {
    return refusal;
  } finally {
    await consumer.disconnect();
  }
}

/** The broker's own error under kafkajs' wrappers (a non-retriable error keeps it as its cause). */
function brokerError(error: unknown): unknown {
  return error instanceof Error && error.cause !== undefined ? brokerError(error.cause) : error;
}

const topicRefused = expect.objectContaining({ name: 'KafkaJSProtocolError', type: 'TOPIC_AUTHORIZATION_FAILED' });

describe('Kafka authentication and per-service ACLs', () => {
  const namespace = new TopicNamespace(newTopicNamespace());
  const identityTopic = namespace.topic(Topics.personIdentity.name);
  const incidentTopic = namespace.topic(Topics.incidentRecorded.name);
  const policeListTopic = namespace.topic(Topics.policeListIngested.name);
  const granted: AclEntry[] = [];
  let superUser: Admin;

  const grantPlan = async (service: ServiceName, where: TopicNamespace) => {
    const entries = kafkaAclsFor(service).flatMap((acl) => brokerAclEntries(service, acl, where));
    granted.push(...entries);
    await grant(superUser, entries);
  };

  beforeAll(async () => {
    // Refusals are what this file provokes; kafkajs would log each one as an error.
    Logger.overrideLogger(['fatal']);
    superUser = createKafkaClient('kafka-acl-test-super-user', { KAFKA_BROKERS: PLAINTEXT_BROKERS, KAFKA_SSL: false }).admin();
    await superUser.connect();
    for (const service of Object.values(ServiceName)) await grantPlan(service, namespace);
    await ensureTopics(superUser, ALL_TOPICS, namespace, 1);
  });

  afterAll(async () => {
    await superUser.deleteAcls({ filters: granted });
    await superUser.disconnect();
  });

  it('lets every service do its start-up as itself: create all its topics and start its idempotent producer', async () => {
    for (const service of Object.values(ServiceName)) {
      // A namespace of its own, where none of its topics exists yet, so it must create them all.
      const own = new TopicNamespace(newTopicNamespace());
      await grantPlan(service, own);
      const kafka = connectAs(service);
      const admin = kafka.admin();
      const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
      await admin.connect();
      try {
        await ensureTopics(admin, topicsUsedBy(service), own, 1);
        const expected = topicConfigsFor(topicsUsedBy(service), own, 1).map((config) => config.topic);
        expect(await superUser.listTopics()).toEqual(expect.arrayContaining(expected));
        // Connecting an idempotent producer asks for a producer id, which needs Write somewhere.
        await producer.connect();
      } finally {
        await producer.disconnect();
        await admin.disconnect();
      }
    }
  });

  it('lets police-list-ingestion publish identities and case-coordination read them in its group', async () => {
    const value = `identity ${randomUUID()}`;
    await publish(connectAs(ServiceName.policeListIngestion), identityTopic, value);
    await readInGroup(connectAs(ServiceName.caseCoordination), namespace.group(ServiceName.caseCoordination), identityTopic, value);
  });

  it('refuses the identity topic to reporting and network-groups, even in their own groups', async () => {
    for (const service of [ServiceName.reporting, ServiceName.networkGroups]) {
      const refusal = await consumerRefusal(connectAs(service), namespace.group(service), identityTopic);
      expect([service, brokerError(refusal)]).toEqual([service, topicRefused]);
    }
  });

  it("refuses a service another service's consumer group, on a topic it may read in its own", async () => {
    const networkGroups = connectAs(ServiceName.networkGroups);
    const value = `incident ${randomUUID()}`;
    await publish(connectAs(ServiceName.policeListIngestion), incidentTopic, value);
    await readInGroup(networkGroups, namespace.group(ServiceName.networkGroups), incidentTopic, value);

    const refusal = await consumerRefusal(networkGroups, namespace.group(ServiceName.caseCoordination), incidentTopic);
    // The broker answers GROUP_AUTHORIZATION_FAILED to FindCoordinator; kafkajs 2.2.4 drops that
    // answer (BrokerPool.withBroker) and reports only that it found no coordinator.
    expect(brokerError(refusal)).toEqual(expect.objectContaining({ name: 'KafkaJSGroupCoordinatorNotFound' }));
  });

  it('refuses a consumer that publishes onto a topic it only reads', async () => {
    const refusal = await publish(connectAs(ServiceName.reporting), incidentTopic, 'forged incident').catch((error: unknown) => error);
    expect(brokerError(refusal)).toEqual(topicRefused);
  });

  it('keeps the identity topic closed to a service even when a broad allow opens the rest', async () => {
    const networkGroups = connectAs(ServiceName.networkGroups);
    const broadAllow: AclEntry = {
      principal: `User:${ServiceName.networkGroups}`,
      host: '*',
      resourceType: AclResourceTypes.TOPIC,
      resourceName: namespace.prefix,
      resourcePatternType: ResourcePatternTypes.PREFIXED,
      operation: AclOperationTypes.READ,
      permissionType: AclPermissionTypes.ALLOW,
    };
    granted.push(broadAllow);
    await grant(superUser, [broadAllow]);

    // The allow works: network-groups now reads a topic outside its plan...
    const value = `list ${randomUUID()}`;
    await publish(connectAs(ServiceName.policeListIngestion), policeListTopic, value);
    await readInGroup(networkGroups, namespace.group(ServiceName.networkGroups), policeListTopic, value);
    // ...and the explicit deny still keeps it from the identities.
    const refusal = await consumerRefusal(networkGroups, namespace.group(ServiceName.networkGroups), identityTopic);
    expect(brokerError(refusal)).toEqual(topicRefused);
  });

  it('refuses a wrong password', async () => {
    const admin = connectAs(ServiceName.caseCoordination, 'not-the-password').admin();
    try {
      await expect(admin.connect()).rejects.toEqual(expect.objectContaining({ name: 'KafkaJSSASLAuthenticationError' }));
    } finally {
      await admin.disconnect();
    }
  });
});
