import { Inject, Injectable, Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Server, type CustomTransportStrategy } from '@nestjs/microservices';
import type { ServiceName, TopicDefinition } from '@ssp/contracts';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { KAFKA_CLIENT, SERVICE_CONFIG, SERVICE_NAME, TOPIC_NAMESPACE } from '../app/tokens';
import type { ServiceConfig } from '../config/service.config';
import type { TopicNamespace } from '../kafka/topic-namespace';
import { MetricsService } from '../metrics/metrics.service';
import { Clock } from '../time/clock';
import { BatchConsumer } from './batch-consumer';
import { HANDLES_EVENT, type EventHandler, type TopicHandler } from './event-handler';

/**
 * The Kafka side of each hybrid app: a Nest transport strategy that finds the providers
 * marked with `@HandlesEvent` and consumes their topics in batches. (Nest's own Kafka
 * transport handles one message at a time.)
 */
@Injectable()
export class KafkaBatchServer extends Server implements CustomTransportStrategy {
  protected override readonly logger = new Logger(KafkaBatchServer.name);
  private consumer: BatchConsumer | undefined;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly dataSource: DataSource,
    private readonly metrics: MetricsService,
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(TOPIC_NAMESPACE) private readonly namespace: TopicNamespace,
    @Inject(SERVICE_NAME) private readonly serviceName: ServiceName,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly clock: Clock,
  ) {
    super();
  }

  discoverHandlers(): TopicHandler[] {
    const routes: TopicHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const topic = Reflect.getMetadata(HANDLES_EVENT, wrapper.metatype) as TopicDefinition | undefined;
      if (!topic) continue;
      if (routes.some((route) => route.topic.name === topic.name)) {
        throw new Error(`Two handlers for ${topic.name}; a service handles each topic in one place`);
      }
      routes.push({ topic, handler: wrapper.instance as EventHandler });
    }
    return routes;
  }

  async listen(callback: () => void): Promise<void> {
    const handlers = this.discoverHandlers();
    if (handlers.length > 0) {
      this.consumer = new BatchConsumer(
        this.kafka,
        this.dataSource,
        {
          groupId: this.serviceName,
          handlers,
          namespace: this.namespace,
          maxAttempts: this.config.CONSUMER_MAX_ATTEMPTS,
          partitionsConcurrently: this.config.CONSUMER_PARTITIONS_CONCURRENTLY,
          sessionTimeoutMs: this.config.CONSUMER_SESSION_TIMEOUT_MS,
          clock: this.clock,
        },
        this.metrics,
      );
      await this.consumer.start();
      this.logger.log({ message: 'consuming', topics: handlers.map((route) => route.topic.name) });
    }
    callback();
  }

  /** Finishes the batch in hand and leaves the consumer group; safe to call twice. */
  async close(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = undefined;
    await consumer?.stop();
  }

  on(): never {
    throw new Error('KafkaBatchServer has no status events');
  }

  unwrap<T>(): T {
    throw new Error('KafkaBatchServer wraps no single client');
  }
}
