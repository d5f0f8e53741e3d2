import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { topicsConsumedBy, topicsProducedBy, type ServiceName } from '@ssp/contracts';
import type { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { ServiceConfig } from '../config/service.config';
import { KafkaBatchServer } from '../consumer/kafka-batch.server';
import { waitForMigrations } from '../database/migration-state';
import { runMigrationsUnderLock } from '../database/run-migrations';
import { ensureTopics } from '../kafka/ensure-topics';
import type { TopicNamespace } from '../kafka/topic-namespace';
import { MetricsService } from '../metrics/metrics.service';
import { OutboxRelay } from '../outbox/outbox-relay';
import type { ConfiguredKey } from '../privacy/key-check';
import { verifyKeys } from '../privacy/verify-keys';
import { CONFIGURED_KEYS, KAFKA_CLIENT, SERVICE_CONFIG, SERVICE_NAME, TOPIC_NAMESPACE } from './tokens';

/**
 * Start-up and shutdown of a service's event backbone, in the order that loses nothing:
 * migrate (or wait for the migration job), check the keys against the data, and create topics before anything runs; on shutdown stop consuming (the batch in
 * hand finishes), then flush the outbox, then let the database go.
 */
@Injectable()
export class EventBackboneLifecycle implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(EventBackboneLifecycle.name);
  private readonly producer: Producer;
  private readonly relay: OutboxRelay;

  constructor(
    private readonly dataSource: DataSource,
    private readonly server: KafkaBatchServer,
    metrics: MetricsService,
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(TOPIC_NAMESPACE) private readonly namespace: TopicNamespace,
    @Inject(SERVICE_NAME) private readonly serviceName: ServiceName,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(CONFIGURED_KEYS) private readonly keys: ConfiguredKey[],
  ) {
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    this.relay = new OutboxRelay(
      dataSource,
      this.producer,
      {
        databaseUrl: config.DATABASE_URL,
        batchSize: config.OUTBOX_BATCH_SIZE,
        pollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
        namespace,
      },
      metrics,
    );
  }

  async onModuleInit(): Promise<void> {
    if (this.config.MIGRATIONS === 'run') {
      const applied = await runMigrationsUnderLock(this.dataSource);
      if (applied.length > 0) this.logger.log({ message: 'migrations applied', migrations: applied });
    } else {
      await waitForMigrations(this.dataSource, (pending) => this.logger.warn({ message: 'waiting for the migration job', pending }));
    }
    // Before any topic is read or any request served: keys that do not fit the data would
    // give the same CPR number another pseudonym, or make identities unreadable.
    await verifyKeys(this.dataSource.manager, this.keys);
    const topics = [...new Set([...topicsProducedBy(this.serviceName), ...topicsConsumedBy(this.serviceName)])];
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await ensureTopics(admin, topics, this.namespace, this.config.KAFKA_REPLICATION_FACTOR);
    } finally {
      await admin.disconnect();
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.producer.connect();
    this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.server.close();
    await this.relay.stop();
    await this.producer.disconnect();
  }
}
