import { Gauge, type Registry } from 'prom-client';
import type { TopicOffsets } from './kafka-offsets.reader';
import type { OutboxBacklog } from './outbox-backlog.reader';
import type { ReadingState } from './throttled-reading';

/** Where the gauges' values come from at scrape time; each source keeps its last good value. */
export interface OperationsSources {
  kafkaOffsets: () => Promise<ReadingState<TopicOffsets[]>>;
  outboxBacklog: () => Promise<ReadingState<OutboxBacklog>>;
  now?: () => number;
}

/** The names of the readings in `ssp_metrics_reading_up` and `ssp_metrics_reading_age_seconds`. */
export const READINGS = { kafkaOffsets: 'kafka_offsets', outboxBacklog: 'outbox' } as const;

/**
 * The gauges an operator watches the event backbone by, filled when Prometheus scrapes:
 * consumer lag, dead letters waiting, the outbox backlog, and how fresh those readings are.
 * A broker or database that does not answer leaves the last values in place and shows as
 * `ssp_metrics_reading_up 0`, so the scrape itself always succeeds.
 */
export function registerOperationsMetrics(registry: Registry, sources: OperationsSources): void {
  const now = sources.now ?? Date.now;

  new Gauge({
    name: 'ssp_consumer_lag_messages',
    help: "Messages on a consumed topic's partition that the service's consumer group has not yet committed (high watermark minus committed offset)",
    labelNames: ['topic', 'partition'],
    registers: [registry],
    async collect() {
      const { value } = await sources.kafkaOffsets();
      if (!value) return;
      this.reset();
      for (const topic of value) {
        for (const { partition, lag } of topic.partitions) this.set({ topic: topic.topic, partition: String(partition) }, lag);
      }
    },
  });

  new Gauge({
    name: 'ssp_dead_letter_messages',
    help: "Messages kept on the dead-letter topic of a consumed topic (by the broker's offsets; every consumer group of that topic writes there)",
    labelNames: ['topic'],
    registers: [registry],
    async collect() {
      const { value } = await sources.kafkaOffsets();
      if (!value) return;
      this.reset();
      for (const topic of value) this.set({ topic: topic.topic }, topic.deadLetters);
    },
  });

  new Gauge({
    name: 'ssp_outbox_backlog_events',
    help: "Events committed to the service's outbox and not yet published to Kafka",
    registers: [registry],
    async collect() {
      const { value } = await sources.outboxBacklog();
      if (value) this.set(value.rows);
    },
  });

  new Gauge({
    name: 'ssp_outbox_oldest_event_age_seconds',
    help: 'How long the oldest unpublished outbox event has waited; 0 when the outbox is empty',
    registers: [registry],
    async collect() {
      const { value } = await sources.outboxBacklog();
      if (value) this.set(value.oldestAgeSeconds);
    },
  });

  const states = async () => ({
    [READINGS.kafkaOffsets]: await sources.kafkaOffsets(),
    [READINGS.outboxBacklog]: await sources.outboxBacklog(),
  });

  new Gauge({
    name: 'ssp_metrics_reading_up',
    help: 'Whether the latest reading behind the lag, dead-letter and outbox gauges succeeded (1) or failed or timed out (0)',
    labelNames: ['reading'],
    registers: [registry],
    async collect() {
      for (const [reading, state] of Object.entries(await states())) this.set({ reading }, state.ok ? 1 : 0);
    },
  });

  new Gauge({
    name: 'ssp_metrics_reading_age_seconds',
    help: 'Seconds since the values of a reading were last read successfully; absent until the first success',
    labelNames: ['reading'],
    registers: [registry],
    async collect() {
      for (const [reading, state] of Object.entries(await states())) {
        if (state.readAt !== undefined) this.set({ reading }, Math.max(0, (now() - state.readAt) / 1000));
      }
    },
  });
}
