import { EventEnvelope } from '../envelope';
import { contractSchemas, SCHEMA_REF_PREFIX } from '../schema/contract-schema';
import { ServiceName } from '../services';
import type { TopicDefinition } from '../topic-definition';
import { deadLetterTopicOf } from '../topic-definition';
import { ALL_TOPICS } from '../topics';

type JsonObject = { [key: string]: unknown };

function camel(value: string): string {
  return value.replace(/[-.](\w)/g, (_, letter: string) => letter.toUpperCase());
}

function channelIdOf(topic: TopicDefinition): string {
  return camel(topic.name.replace(/^ssp\./, ''));
}

function messageIdOf(topic: TopicDefinition): string {
  return topic.payload.name;
}

function channel(topic: TopicDefinition): JsonObject {
  const topicConfiguration: JsonObject = { 'cleanup.policy': [topic.compacted ? 'compact' : 'delete'] };
  return {
    address: topic.name,
    title: topic.name,
    description: topic.compacted
      ? `${topic.description} A null value (tombstone) for a key erases that person.`
      : topic.description,
    messages: { [messageIdOf(topic)]: { $ref: `#/components/messages/${messageIdOf(topic)}` } },
    bindings: { kafka: { topic: topic.name, partitions: topic.partitions, topicConfiguration, bindingVersion: '0.5.0' } },
  };
}

function deadLetterChannel(topic: TopicDefinition): JsonObject {
  return {
    address: deadLetterTopicOf(topic.name),
    title: deadLetterTopicOf(topic.name),
    description:
      `Messages of ${topic.name} that a consumer could not process, byte for byte as received. ` +
      'Headers: dlq-reason, dlq-original-topic, dlq-original-partition, dlq-original-offset, dlq-consumer-group.',
    messages: { DeadLetter: { $ref: '#/components/messages/DeadLetter' } },
  };
}

function message(topic: TopicDefinition): JsonObject {
  return {
    name: messageIdOf(topic),
    title: `${topic.eventType} v${topic.version}`,
    contentType: 'application/json',
    payload: {
      allOf: [
        { $ref: `${SCHEMA_REF_PREFIX}${EventEnvelope.name}` },
        {
          type: 'object',
          properties: {
            type: { const: topic.eventType },
            version: { const: topic.version },
            payload: { $ref: `${SCHEMA_REF_PREFIX}${topic.payload.name}` },
          },
        },
      ],
    },
    bindings: {
      kafka: { key: { type: 'string', description: `the ${topic.key}` }, bindingVersion: '0.5.0' },
    },
  };
}

function operations(topics: readonly TopicDefinition[]): JsonObject {
  const result: JsonObject = {};
  for (const topic of topics) {
    const channelRef = { $ref: `#/channels/${channelIdOf(topic)}` };
    const messages = [{ $ref: `#/channels/${channelIdOf(topic)}/messages/${messageIdOf(topic)}` }];
    for (const producer of topic.producers) {
      result[`${camel(producer)}Sends${capitalise(channelIdOf(topic))}`] = { action: 'send', channel: channelRef, messages };
    }
    for (const consumer of topic.consumers) {
      result[`${camel(consumer)}Receives${capitalise(channelIdOf(topic))}`] = { action: 'receive', channel: channelRef, messages };
    }
  }
  return result;
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** The AsyncAPI 3 document of every topic in the catalogue, derived from the contract classes. */
export function buildAsyncApiDocument(topics: readonly TopicDefinition[] = ALL_TOPICS): JsonObject {
  const contracts = contractSchemas([EventEnvelope, ...topics.map((topic) => topic.payload)]);
  const schemas = Object.fromEntries(Object.keys(contracts).sort().map((name) => [name, contracts[name]]));

  const channels: JsonObject = {};
  const messages: JsonObject = {
    DeadLetter: {
      name: 'DeadLetter',
      title: 'A message that could not be processed',
      contentType: 'application/octet-stream',
      payload: { type: 'string', description: 'The original value, unchanged.' },
    },
  };
  for (const topic of topics) {
    channels[channelIdOf(topic)] = channel(topic);
    channels[`${channelIdOf(topic)}Dlq`] = deadLetterChannel(topic);
    messages[messageIdOf(topic)] = message(topic);
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'SSP suite events',
      version: '1.0.0',
      description:
        'Every Kafka topic of the SSP suite (Randers Municipality). Generated from libs/contracts; ' +
        'a test fails when this document and the code differ. Services: ' +
        Object.values(ServiceName).join(', ') +
        '. Every message carries the headers event-id, event-type and correlation-id. ' +
        'The payload schemas are translated from the contract classes\' class-validator rules and accept exactly what consumers accept; ' +
        'the formats uuid, iso-8601-strict and base64 are class-validator\'s isUUID, isDateString({ strict: true }) and isBase64, ' +
        'and maxLength counts characters as validator.js\'s isLength does. Fields a schema does not name are dropped by consumers.',
    },
    defaultContentType: 'application/json',
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'The single-node KRaft broker that npm start and npm test bring up.' },
    },
    channels,
    operations: operations(topics),
    components: { schemas, messages },
  };
}
