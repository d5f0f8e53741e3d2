import { INCIDENT_UPCAST_GROUP, Topics, type EventEnvelope, type IncidentRecordedV1, type IncidentRecordedV2 } from '@ssp/contracts';
import {
  createKafkaClient,
  decodeMessage,
  endOffsetsOf,
  ensureTopics,
  IdentityCipher,
  incidentRecordedV2Of,
  PartitionProgress,
  Pseudonymiser,
  TopicNamespace,
} from '@ssp/platform';
import type { Admin, Consumer, IHeaders, Producer } from 'kafkajs';
import type { PoliceListIngestionConfig } from '../police-list-ingestion.config';

/** How long the copy may take before it gives up (a history of millions of incidents takes minutes). */
const DEADLINE_MS = 60 * 60 * 1000;

export interface UpcastReport {
  copied: number;
  /** Messages on v1 that were not valid v1 incidents (consumers dead-lettered them too): left behind, each printed. */
  skipped: number;
}

/** The v2 event of a v1 event: the same id, time, origin and key, so a consumer that handled the v1 event skips it (its inbox). */
export function upcastIncidentEvent(event: EventEnvelope<IncidentRecordedV1>, pseudonymiser: Pseudonymiser, cipher: IdentityCipher): EventEnvelope<IncidentRecordedV2> {
  return { ...event, type: Topics.incidentRecorded.eventType, version: Topics.incidentRecorded.version, payload: incidentRecordedV2Of(event.payload, pseudonymiser, cipher) };
}

/**
 * The `upcast-incidents` command (the image's `upcast-incidents` argument): copies the history
 * of the retired ssp.incident.recorded.v1 to ssp.incident.recorded.v2, each incident with its
 * journal number as a keyed digest and sealed, up to where v1 ended when the command started
 * (nothing publishes v1 any more). Safe to run again: the copies keep the v1 events' ids,
 * and consumers skip ids they have handled. Reads its own consumer group from the earliest
 * offset and deletes the group at the end. Returns the exit code: 0 done, 1 failed.
 */
export async function upcastIncidentsCommand(config: PoliceListIngestionConfig, print: (line: string) => void): Promise<number> {
  const namespace = new TopicNamespace(config.KAFKA_TOPIC_NAMESPACE);
  const kafka = createKafkaClient('police-list-ingestion-upcast', config);
  const admin = kafka.admin();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  const source = namespace.topic(Topics.incidentRecordedV1.name);
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(source)) {
      print(`${source} does not exist: nothing to copy`);
      return 0;
    }
    await ensureTopics(admin, [Topics.incidentRecorded], namespace, config.KAFKA_REPLICATION_FACTOR);
    await producer.connect();
    const keys = { pseudonymiser: new Pseudonymiser(Buffer.from(config.PSEUDONYM_KEY, 'base64')), cipher: IdentityCipher.fromConfig(config.IDENTITY_KEYS, config.IDENTITY_ACTIVE_KEY_ID) };
    const report = await copyHistory(kafka.consumer({ groupId: namespace.group(INCIDENT_UPCAST_GROUP), allowAutoTopicCreation: false }), admin, producer, { source, target: namespace.topic(Topics.incidentRecorded.name), keys, print });
    await admin.deleteGroups([namespace.group(INCIDENT_UPCAST_GROUP)]);
    print(`copied ${report.copied} incident(s) from ${source} to ${namespace.topic(Topics.incidentRecorded.name)}; skipped ${report.skipped}`);
    return 0;
  } catch (error) {
    print(`upcast-incidents failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await producer.disconnect();
    await admin.disconnect();
  }
}

interface CopyPlan {
  source: string;
  target: string;
  keys: { pseudonymiser: Pseudonymiser; cipher: IdentityCipher };
  print: (line: string) => void;
}

/** Reads `source` from the start to its ends at the start, and sends every batch's copies before its offsets count as read. */
async function copyHistory(consumer: Consumer, admin: Admin, producer: Producer, plan: CopyPlan): Promise<UpcastReport> {
  const progress = new PartitionProgress(await endOffsetsOf(admin, [plan.source]));
  const report: UpcastReport = { copied: 0, skipped: 0 };
  if (progress.isCaughtUp()) return report;
  let reachedTheEnd: () => void = () => undefined;
  const copied = new Promise<void>((resolve, reject) => {
    reachedTheEnd = resolve;
    consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
    setTimeout(() => reject(new Error(`${plan.source} was not copied within ${DEADLINE_MS / 60_000} minutes`)), DEADLINE_MS).unref();
  });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [plan.source], fromBeginning: true });
    await consumer.run({
      eachBatch: async ({ batch }) => {
        const messages: { key: Buffer | null; value: string; headers?: IHeaders }[] = [];
        for (const message of batch.messages) {
          const decoded = decodeMessage(Topics.incidentRecordedV1, message.key?.toString('utf8') ?? null, message.value);
          if (decoded.kind === 'event') {
            messages.push({ key: message.key, value: JSON.stringify(upcastIncidentEvent(decoded.event, plan.keys.pseudonymiser, plan.keys.cipher)), headers: message.headers });
          } else {
            report.skipped += 1;
            plan.print(`skipped ${plan.source}[${batch.partition}] offset ${message.offset}: ${decoded.kind === 'invalid' ? decoded.reason : 'tombstone'}`);
          }
        }
        if (messages.length > 0) await producer.send({ topic: plan.target, acks: -1, messages });
        report.copied += messages.length;
        for (const message of batch.messages) progress.applied(batch.topic, batch.partition, message.offset);
        if (progress.isCaughtUp()) reachedTheEnd();
      },
    });
    await copied;
    return report;
  } finally {
    await consumer.disconnect();
  }
}
