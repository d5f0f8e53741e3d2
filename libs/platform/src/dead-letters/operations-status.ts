import { Inject, Injectable } from '@nestjs/common';
import type { ServiceName } from '@ssp/contracts';
import { DataSource } from 'typeorm';
import { SERVICE_NAME } from '../app/tokens';
import { KafkaBatchServer } from '../consumer/kafka-batch.server';
import { OperationsMetricsCollector } from '../metrics/operations-metrics.collector';
import type { ReadingState } from '../metrics/throttled-reading';
import { DeadLetterRepository } from './dead-letter.repository';
import type { OperationsStatusDto, ReadingDto } from './operations.dto';

function readingOf(state: ReadingState<unknown>): ReadingDto {
  return { ok: state.ok, readAt: state.readAt === undefined ? null : new Date(state.readAt).toISOString() };
}

/**
 * What the operators' page shows of one service: its lag per topic and partition, its dead
 * letters and its outbox. The lag and outbox figures are the throttled readings behind
 * `/metrics` (the same values, read no more often); the waiting dead letters come from the
 * service's own `dead_letter` table.
 */
@Injectable()
export class OperationsStatus {
  constructor(
    private readonly collector: OperationsMetricsCollector,
    private readonly server: KafkaBatchServer,
    private readonly dataSource: DataSource,
    @Inject(SERVICE_NAME) private readonly serviceName: ServiceName,
  ) {}

  async status(): Promise<OperationsStatusDto> {
    const [offsets, outbox, waiting] = await Promise.all([
      this.collector.kafkaOffsetsReading(),
      this.collector.outboxBacklogReading(),
      new DeadLetterRepository(this.dataSource.manager).waitingByTopic(this.serviceName),
    ]);
    const read = new Map((offsets.value ?? []).map((entry) => [entry.topic, entry]));
    const topics = [...new Set([...this.server.discoverHandlers().map((route) => route.topic.name), ...waiting.keys()])].sort();
    return {
      service: this.serviceName,
      consumer: {
        reading: readingOf(offsets),
        topics: topics.map((topic) => {
          const entry = read.get(topic);
          return {
            topic,
            lag: entry ? entry.partitions.reduce((sum, partition) => sum + partition.lag, 0) : null,
            partitions: entry?.partitions ?? [],
            deadLettersOnTopic: entry?.deadLetters ?? null,
            deadLettersWaiting: waiting.get(topic) ?? 0,
          };
        }),
      },
      outbox: { reading: readingOf(outbox), backlog: outbox.value?.rows ?? null, oldestAgeSeconds: outbox.value?.oldestAgeSeconds ?? null },
      deadLettersWaiting: [...waiting.values()].reduce((sum, count) => sum + count, 0),
    };
  }
}
