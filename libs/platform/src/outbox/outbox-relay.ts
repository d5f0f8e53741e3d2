import { Logger } from '@nestjs/common';
import type { Message, Producer, TopicMessages } from 'kafkajs';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { TopicNamespace } from '../kafka/topic-namespace';
import type { MetricsService } from '../metrics/metrics.service';
import { OUTBOX_CHANNEL } from './outbox.service';

/** Only one relay per database publishes at a time, so per-key order holds across replicas. */
export const RELAY_LEADER_LOCK_KEY = 7_340_115_002;

export interface OutboxRelayOptions {
  databaseUrl: string;
  batchSize: number;
  pollIntervalMs: number;
  namespace: TopicNamespace;
}

interface OutboxRow {
  position: string;
  topic: string;
  message_key: string | null;
  value: object | null;
  headers: Record<string, string> | null;
}

/**
 * Publishes committed outbox rows to Kafka in insertion order and deletes them once the
 * brokers have acknowledged them (acks from all in-sync replicas, idempotent producer).
 * A crash between publish and delete republishes the batch; consumers' inboxes absorb it.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener: Client | undefined;
  private leader = false;
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private woken = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: Producer,
    private readonly options: OutboxRelayOptions,
    private readonly metrics?: MetricsService,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops the loop after publishing everything committed so far (bounded by `timeoutMs`). */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake();
    await this.loop;
    if (this.leader) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && (await this.publishBatch()) > 0) {
        // keep flushing until the outbox is empty or time is up
      }
    }
    await this.closeListener();
  }

  /** Publishes one batch; returns how many rows it published. */
  async publishBatch(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const rows: OutboxRow[] = await tx.query(
        `SELECT position, topic, message_key, value, headers FROM outbox_event
          ORDER BY position LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize],
      );
      if (rows.length === 0) return 0;
      const stopTimer = this.metrics?.outboxPublishSeconds.startTimer();
      await this.producer.sendBatch({ acks: -1, topicMessages: this.toTopicMessages(rows) });
      stopTimer?.();
      await tx.query('DELETE FROM outbox_event WHERE position = ANY($1::bigint[])', [rows.map((row) => row.position)]);
      for (const row of rows) this.metrics?.outboxPublished.inc({ topic: row.topic });
      return rows.length;
    });
  }

  private toTopicMessages(rows: OutboxRow[]): TopicMessages[] {
    const byTopic = new Map<string, Message[]>();
    for (const row of rows) {
      const topic = this.options.namespace.topic(row.topic);
      const messages = byTopic.get(topic) ?? [];
      messages.push({
        key: row.message_key,
        value: row.value === null ? null : JSON.stringify(row.value),
        headers: row.headers ?? {},
      });
      byTopic.set(topic, messages);
    }
    return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (!this.leader) await this.tryBecomeLeader();
        if (this.leader) {
          const published = await this.publishBatch();
          if (published === this.options.batchSize) continue;
        }
      } catch (error) {
        this.logger.error({ message: 'outbox relay pass failed; retrying', error: String(error) });
        this.metrics?.outboxRelayErrors.inc();
      }
      await this.sleepUntilWoken(this.options.pollIntervalMs);
    }
  }

  private async tryBecomeLeader(): Promise<void> {
    if (!this.listener) {
      const client = new Client({ connectionString: this.options.databaseUrl, application_name: 'ssp-outbox-relay' });
      client.on('notification', () => this.wake());
      client.on('error', (error) => {
        this.logger.warn({ message: 'outbox relay lost its database session', error: String(error) });
        this.leader = false;
        this.metrics?.outboxRelayLeader.set(0);
        this.listener = undefined;
      });
      await client.connect();
      this.listener = client;
    }
    const result = await this.listener.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
      RELAY_LEADER_LOCK_KEY,
    ]);
    if (result.rows[0]?.locked) {
      await this.listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.leader = true;
      this.metrics?.outboxRelayLeader.set(1);
    }
  }

  private async closeListener(): Promise<void> {
    const listener = this.listener;
    this.listener = undefined;
    this.leader = false;
    this.metrics?.outboxRelayLeader.set(0);
    await listener?.end().catch(() => undefined);
  }

  private wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  private sleepUntilWoken(ms: number): Promise<void> {
    if (this.woken || !this.running) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wakeUp = undefined;
        self.woken = false;
        resolve();
      }
      this.wakeUp = done;
    });
  }
}
