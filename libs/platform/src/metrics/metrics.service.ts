import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One Prometheus registry per service instance, with the event backbone's own metrics. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly outboxPublished = new Counter({
    name: 'ssp_outbox_published_total',
    help: 'Events the outbox relay published, by topic',
    labelNames: ['topic'],
    registers: [this.registry],
  });

  readonly outboxPublishSeconds = new Histogram({
    name: 'ssp_outbox_publish_batch_seconds',
    help: 'Time to publish one claimed outbox batch',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly consumedEvents = new Counter({
    name: 'ssp_consumer_events_total',
    help: 'Events seen by consumers, by topic and outcome (handled, duplicate, dead_lettered)',
    labelNames: ['topic', 'outcome'],
    registers: [this.registry],
  });

  readonly consumerBatchSeconds = new Histogram({
    name: 'ssp_consumer_batch_seconds',
    help: 'Time to process one consumed batch, including its database transaction',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly consumerRejoins = new Counter({
    name: 'ssp_consumer_rejoins_total',
    help: 'Times a consumer stopped on an error Kafka does not retry (e.g. let go by its group during a long batch) and joined again',
    registers: [this.registry],
  });

  readonly outboxRelayErrors = new Counter({
    name: 'ssp_outbox_relay_errors_total',
    help: 'Outbox relay passes that failed (database or broker unavailable); the relay retries',
    registers: [this.registry],
  });

  readonly outboxRelayLeader = new Gauge({
    name: 'ssp_outbox_relay_leader',
    help: '1 on the one replica whose outbox relay holds the publishing lock of the database, else 0',
    registers: [this.registry],
  });

  readonly identityUnreadable = new Counter({
    name: 'ssp_identity_unreadable_total',
    help: 'Identities that could not be decrypted when read (a key that does not fit, or damaged data), by key id; the person is shown as unreadable',
    labelNames: ['key_id'],
    registers: [this.registry],
  });

  readonly httpRequestSeconds = new Histogram({
    name: 'ssp_http_request_duration_seconds',
    help: 'HTTP requests by method, route template (never the raw path) and status code',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
