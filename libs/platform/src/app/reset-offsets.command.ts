import { topicsConsumedBy, type ServiceName } from '@ssp/contracts';
import { parseArgs } from 'node:util';
import type { KafkaSettings } from '../config/kafka-settings';
import { rewindGroupToTime } from '../consumer/offset-rewind';
import { createKafkaClient } from '../kafka/kafka-client';
import { TopicNamespace } from '../kafka/topic-namespace';

/** A time with its zone: a bare local time would mean another hour on the operator's laptop and in the pod. */
const ZONED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const USAGE = 'usage: reset-offsets <time, e.g. 2026-11-23T01:50:00Z> [--dry-run]';

/**
 * The `reset-offsets` command (the image's `reset-offsets` argument): after the service's
 * database was restored to a backup taken at a time, moves the service's consumer group
 * back to that time on every topic it consumes, so the events applied after the backup are
 * applied again (docs/operations.md, Backup and restore). Reads the service's Kafka settings
 * only. Returns the exit code: 0 done, 1 failed, 64 usage.
 */
export async function resetOffsetsCommand(service: ServiceName, config: KafkaSettings, args: string[], print: (line: string) => void): Promise<number> {
  let time: string | undefined;
  let dryRun = false;
  try {
    const { values, positionals } = parseArgs({ args, options: { 'dry-run': { type: 'boolean', default: false } }, allowPositionals: true });
    [time] = positionals;
    dryRun = values['dry-run'];
  } catch (error) {
    print(`${(error as Error).message}\n${USAGE}`);
    return 64;
  }
  if (!time || !ZONED_TIME.test(time) || Number.isNaN(Date.parse(time))) {
    print(`${time ? `not a time with a zone: ${time}\n` : ''}${USAGE}`);
    return 64;
  }
  const namespace = new TopicNamespace(config.KAFKA_TOPIC_NAMESPACE);
  const groupId = namespace.group(service);
  const admin = createKafkaClient(`${service}-reset-offsets`, config).admin();
  await admin.connect();
  try {
    const rewinds = await rewindGroupToTime(admin, {
      groupId,
      topics: topicsConsumedBy(service).map((topic) => namespace.topic(topic.name)),
      to: new Date(time),
      dryRun,
    });
    for (const rewind of rewinds) print(`${rewind.topic}[${rewind.partition}]: ${rewind.from} -> ${rewind.to}`);
    const messages = rewinds.reduce((sum, rewind) => sum + (BigInt(rewind.from) - BigInt(rewind.to)), 0n);
    print(`${dryRun ? 'would move' : 'moved'} consumer group ${groupId} back to ${new Date(time).toISOString()}: ${rewinds.length} partition(s), ${messages} message(s) to read again`);
    return 0;
  } catch (error) {
    print(`reset-offsets failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await admin.disconnect();
  }
}
