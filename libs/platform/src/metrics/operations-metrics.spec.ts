import { Registry } from 'prom-client';
import type { TopicOffsets } from './kafka-offsets.reader';
import { registerOperationsMetrics } from './operations-metrics';
import type { OutboxBacklog } from './outbox-backlog.reader';
import type { ReadingState } from './throttled-reading';

const OFFSETS: TopicOffsets[] = [
  { topic: 'ssp.incident.recorded.v1', partitions: [{ partition: 0, lag: 3 }, { partition: 1, lag: 0 }], deadLetters: 2 },
  { topic: 'ssp.person.identity.v1', partitions: [{ partition: 0, lag: 0 }], deadLetters: 0 },
];

function scrapeWith(offsets: ReadingState<TopicOffsets[]>, outbox: ReadingState<OutboxBacklog>, now = 10_000): Promise<string> {
  const registry = new Registry();
  registerOperationsMetrics(registry, { kafkaOffsets: async () => offsets, outboxBacklog: async () => outbox, now: () => now });
  return registry.metrics();
}

describe('operations metrics', () => {
  it('shows lag per catalogue topic and partition, dead letters per topic, and the outbox backlog', async () => {
    const text = await scrapeWith({ value: OFFSETS, readAt: 8_000, ok: true }, { value: { rows: 4, oldestAgeSeconds: 61.5 }, readAt: 9_500, ok: true });

    expect(text).toContain('ssp_consumer_lag_messages{topic="ssp.incident.recorded.v1",partition="0"} 3');
    expect(text).toContain('ssp_consumer_lag_messages{topic="ssp.incident.recorded.v1",partition="1"} 0');
    expect(text).toContain('ssp_consumer_lag_messages{topic="ssp.person.identity.v1",partition="0"} 0');
    expect(text).toContain('ssp_dead_letter_messages{topic="ssp.incident.recorded.v1"} 2');
    expect(text).toContain('ssp_outbox_backlog_events 4');
    expect(text).toContain('ssp_outbox_oldest_event_age_seconds 61.5');
    expect(text).toContain('ssp_metrics_reading_up{reading="kafka_offsets"} 1');
    expect(text).toContain('ssp_metrics_reading_age_seconds{reading="kafka_offsets"} 2');
    expect(text).toContain('ssp_metrics_reading_age_seconds{reading="outbox"} 0.5');
  });

  it('keeps the last values and reports the reading down when a source fails', async () => {
    const text = await scrapeWith({ value: OFFSETS, readAt: 4_000, ok: false }, { value: { rows: 1, oldestAgeSeconds: 2 }, readAt: 9_000, ok: true });

    expect(text).toContain('ssp_consumer_lag_messages{topic="ssp.incident.recorded.v1",partition="0"} 3');
    expect(text).toContain('ssp_metrics_reading_up{reading="kafka_offsets"} 0');
    expect(text).toContain('ssp_metrics_reading_age_seconds{reading="kafka_offsets"} 6');
    expect(text).toContain('ssp_metrics_reading_up{reading="outbox"} 1');
  });

  it('shows no lag series and no age before the first successful reading, and still answers', async () => {
    const text = await scrapeWith({ value: undefined, readAt: undefined, ok: false }, { value: undefined, readAt: undefined, ok: false });

    expect(text).not.toContain('ssp_consumer_lag_messages{');
    expect(text).not.toContain('ssp_metrics_reading_age_seconds{');
    expect(text).toContain('ssp_metrics_reading_up{reading="kafka_offsets"} 0');
    expect(text).toContain('ssp_metrics_reading_up{reading="outbox"} 0');
  });
});
