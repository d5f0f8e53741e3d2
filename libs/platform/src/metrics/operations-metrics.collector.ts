import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { ServiceName } from '@ssp/contracts';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { KAFKA_CLIENT, SERVICE_NAME, TOPIC_NAMESPACE } from '../app/tokens';
import { KafkaBatchServer } from '../consumer/kafka-batch.server';
import type { TopicNamespace } from '../kafka/topic-namespace';
import { KafkaOffsetsReader, type TopicOffsets } from './kafka-offsets.reader';
import { MetricsService } from './metrics.service';
import { readOutboxBacklog, type OutboxBacklog } from './outbox-backlog.reader';
import { registerOperationsMetrics } from './operations-metrics';
import { ThrottledReading, type ReadingState } from './throttled-reading';

/**
 * Broker offsets are read at most every 5 s per replica, however many Prometheus servers
 * scrape; a scrape waits at most 2 s for a reading before it shows the last one.
 */
const KAFKA_READING = { minIntervalMs: 5_000, waitMs: 2_000 };
/** The outbox query is cheap; the interval only folds parallel scrapes into one statement. */
const OUTBOX_READING = { minIntervalMs: 1_000, waitMs: 2_000 };

/**
 * Feeds the operations gauges of `/metrics` from the broker and the service's own database,
 * and the operators' `GET /operations/status` from the same throttled readings.
 */
@Injectable()
export class OperationsMetricsCollector implements OnApplicationShutdown {
  private readonly logger = new Logger(OperationsMetricsCollector.name);
  private readonly offsets: KafkaOffsetsReader;
  private readonly kafkaOffsets: ThrottledReading<TopicOffsets[]>;
  private readonly outboxBacklog: ThrottledReading<OutboxBacklog>;
  private consumedTopics: readonly string[] | undefined;

  constructor(
    metrics: MetricsService,
    dataSource: DataSource,
    private readonly server: KafkaBatchServer,
    @Inject(KAFKA_CLIENT) kafka: Kafka,
    @Inject(TOPIC_NAMESPACE) namespace: TopicNamespace,
    @Inject(SERVICE_NAME) serviceName: ServiceName,
  ) {
    this.offsets = new KafkaOffsetsReader(kafka, { groupId: serviceName, namespace, topics: () => this.topics() });
    this.kafkaOffsets = new ThrottledReading<TopicOffsets[]>(() => this.offsets.read(), {
      ...KAFKA_READING,
      onFailure: (error) => this.logger.warn({ message: 'cannot read consumer offsets from Kafka; /metrics shows the last values', error: String(error) }),
    });
    this.outboxBacklog = new ThrottledReading<OutboxBacklog>(() => readOutboxBacklog(dataSource), {
      ...OUTBOX_READING,
      onFailure: (error) => this.logger.warn({ message: 'cannot read the outbox backlog; /metrics shows the last values', error: String(error) }),
    });
    registerOperationsMetrics(metrics.registry, {
      kafkaOffsets: () => this.kafkaOffsetsReading(),
      outboxBacklog: () => this.outboxBacklogReading(),
    });
  }

  /** Lag and dead-letter topic sizes of the consumed topics, as the latest throttled reading has them. */
  kafkaOffsetsReading(): Promise<ReadingState<TopicOffsets[]>> {
    return this.kafkaOffsets.current();
  }

  /** The outbox backlog, as the latest throttled reading has it. */
  outboxBacklogReading(): Promise<ReadingState<OutboxBacklog>> {
    return this.outboxBacklog.current();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.offsets.close();
  }

  /** The topics the consumer subscribes to: those with a handler, not every topic the catalogue lists for the service. */
  private topics(): readonly string[] {
    this.consumedTopics ??= this.server.discoverHandlers().map((route) => route.topic.name);
    return this.consumedTopics;
  }
}
