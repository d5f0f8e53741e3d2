import { Logger } from '@nestjs/common';
import { deadLetterTopicOf } from '@ssp/contracts';
import type { Consumer, EachBatchPayload, IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { setTimeout as delay } from 'node:timers/promises';
import type { DataSource, EntityManager } from 'typeorm';
import type { TopicNamespace } from '../kafka/topic-namespace';
import type { MetricsService } from '../metrics/metrics.service';
import type { Clock } from '../time/clock';
import { DeadLetterRepository } from '../dead-letters/dead-letter.repository';
import { whenTopicsSettle } from '../kafka/topics-settle';
import { applyConsumed, claimInInbox, type Outcome } from './apply-consumed';
import { decodeMessage, type DecodedMessage } from './decode-message';
import type { ConsumedEvent, ConsumedMessage, TopicHandler } from './event-handler';

export interface BatchConsumerOptions {
  /** The consumer group, before namespacing; usually the service's name. */
  groupId: string;
  handlers: TopicHandler[];
  namespace: TopicNamespace;
  maxAttempts: number;
  /** Partitions worked on at once, each batch in its own transaction; 1 by default. */
  partitionsConcurrently?: number;
  /** First retry delay; doubles per attempt, capped at five seconds. */
  retryBackoffMs?: number;
  /** How long a member that stopped heartbeating keeps its partitions; 30 seconds by default. */
  sessionTimeoutMs?: number;
  /** The service's Clock: a dead letter's time is read from it, as a send-back's is. */
  clock: Clock;
}

/** The warning logged when a batch's transaction fails and its messages go one at a time; `npm run bench` counts it. */
export const BATCH_FALLBACK_MESSAGE = 'batch failed as a whole; retrying its messages one at a time';

interface Item {
  message: KafkaMessage;
  meta: ConsumedMessage;
  decoded: DecodedMessage;
}

/**
 * Consumes whole batches: one database transaction applies a batch (inbox entries and the
 * handlers' writes), and the offsets are committed only after it. When the batch fails, its
 * messages are retried one at a time, and a message that still fails, or never was valid,
 * goes to `<topic>.dlq` with the reason so the partition moves on, and waits in the service's
 * `dead_letter` table until an operator sends it back (DeadLetterResender).
 */
export class BatchConsumer {
  private readonly logger = new Logger(BatchConsumer.name);
  private readonly consumer: Consumer;
  private readonly deadLetters: Producer;
  private readonly routes: Map<string, TopicHandler>;
  private readonly groupId: string;
  private stopping = false;
  /** A rejoin after a crash kafkajs does not restart from, while it runs. */
  private rejoining: Promise<void> = Promise.resolve();

  constructor(
    kafka: Kafka,
    private readonly dataSource: DataSource,
    private readonly options: BatchConsumerOptions,
    private readonly metrics?: MetricsService,
  ) {
    this.groupId = options.namespace.group(options.groupId);
    this.consumer = kafka.consumer({ groupId: this.groupId, allowAutoTopicCreation: false, sessionTimeout: options.sessionTimeoutMs ?? 30_000 });
    this.deadLetters = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    this.routes = new Map(options.handlers.map((route) => [options.namespace.topic(route.topic.name), route]));
  }

  async start(): Promise<void> {
    await this.deadLetters.connect();
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart && !this.stopping) this.rejoining = this.rejoinAfterCrash(payload.error);
    });
    await this.join();
  }

  private async join(): Promise<void> {
    await this.consumer.connect();
    await this.subscribeOnceTopicsAreKnown();
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConcurrently ?? 1,
      eachBatch: (payload) => this.processBatch(payload),
    });
  }

  /**
   * kafkajs restarts a crashed consumer only after errors it deems retriable; after any other
   * it has disconnected and stays so, while the process serves on. One such error is a commit
   * refused because the group let the member go while its batch ran past the session timeout
   * ("The coordinator is not aware of this member"). The batch's writes are committed and its
   * offsets are not, so another member gets it again and the inbox skips it; this member must
   * only join again. It does so until it succeeds or the service stops.
   */
  private async rejoinAfterCrash(error: Error): Promise<void> {
    this.logger.error({ message: 'the consumer stopped on an error Kafka does not retry; joining the group again', group: this.groupId, error: String(error) });
    this.metrics?.consumerRejoins.inc();
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        await this.join();
        return;
      } catch (joinError) {
        this.logger.warn({ message: 'joining the group again failed; trying again', group: this.groupId, attempt, error: String(joinError) });
        await delay(Math.min(500 * 2 ** attempt, 30_000));
      }
    }
  }

  /** Subscribing to topics created a moment ago can meet a broker that does not know them yet. */
  private async subscribeOnceTopicsAreKnown(): Promise<void> {
    await whenTopicsSettle(
      async () => {
        await this.consumer.subscribe({ topics: [...this.routes.keys()], fromBeginning: true });
        return true;
      },
      (attempt, error) => this.logger.warn({ message: 'topics not known to the broker yet; subscribing again', attempt, error: String(error) }),
    );
  }

  /** Waits for the batch in hand to finish, then leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.rejoining;
    await this.consumer.disconnect();
    await this.deadLetters.disconnect();
  }

  private async processBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const route = this.routes.get(batch.topic);
    if (!route || batch.messages.length === 0) return;
    const stopTimer = this.metrics?.consumerBatchSeconds.startTimer();
    const items: Item[] = batch.messages.map((message) => {
      const key = message.key?.toString('utf8') ?? null;
      return {
        message,
        meta: { topic: route.topic.name, partition: batch.partition, offset: message.offset, key },
        decoded: decodeMessage(route.topic, key, message.value),
      };
    });

    const outcomes = await this.applyInOneTransaction(route, items);
    let lastDone: string | undefined;
    for (const [index, item] of items.entries()) {
      if (!isRunning() || isStale()) break;
      let outcome: Outcome;
      if (item.decoded.kind === 'invalid') outcome = await this.deadLetter(item, item.decoded.reason);
      else outcome = outcomes?.[index] ?? (await this.applyAlone(route, item, heartbeat));
      this.metrics?.consumedEvents.inc({ topic: route.topic.name, outcome });
      resolveOffset(item.message.offset);
      lastDone = item.message.offset;
    }
    if (lastDone !== undefined) {
      await this.consumer.commitOffsets([
        { topic: batch.topic, partition: batch.partition, offset: (BigInt(lastDone) + 1n).toString() },
      ]);
    }
    stopTimer?.();
  }

  /** The fast path: every valid message of the batch in one transaction, or none of them. */
  private async applyInOneTransaction(route: TopicHandler, items: Item[]): Promise<Outcome[] | undefined> {
    try {
      return await this.dataSource.transaction(async (tx) => {
        if (route.handler.handleBatch && items.every((item) => item.decoded.kind !== 'tombstone')) return this.applyAsSet(tx, route, items);
        const outcomes: Outcome[] = [];
        for (const item of items) outcomes.push(item.decoded.kind === 'invalid' ? 'dead_lettered' : await this.apply(tx, route, item));
        return outcomes;
      });
    } catch (error) {
      this.logger.warn({
        message: BATCH_FALLBACK_MESSAGE,
        topic: route.topic.name,
        partition: items[0]?.meta.partition,
        firstOffset: items[0]?.meta.offset,
        error: String(error),
      });
      return undefined;
    }
  }

  /** One inbox statement for the whole batch, then the handler's set-based path with the events new to it. */
  private async applyAsSet(tx: EntityManager, route: TopicHandler, items: Item[]): Promise<Outcome[]> {
    const events = items.map((item) => (item.decoded.kind === 'event' ? { event: item.decoded.event, message: item.meta } : undefined));
    const fresh = await claimInInbox(tx, this.options.groupId, route.topic.name, events.flatMap((consumed) => (consumed ? [consumed.event.id] : [])));
    const outcomes: Outcome[] = events.map((consumed) => {
      if (!consumed) return 'dead_lettered';
      // The same event twice in one batch is new only the first time; PostgreSQL returns uuids in lower case.
      return fresh.delete(consumed.event.id.toLowerCase()) ? 'handled' : 'duplicate';
    });
    const toHandle = events.filter((consumed, index): consumed is ConsumedEvent => consumed !== undefined && outcomes[index] === 'handled');
    if (toHandle.length > 0) await route.handler.handleBatch!(toHandle, tx);
    return outcomes;
  }

  private async applyAlone(route: TopicHandler, item: Item, heartbeat: () => Promise<void>): Promise<Outcome> {
    const firstBackoff = this.options.retryBackoffMs ?? 200;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction((tx) => this.apply(tx, route, item));
      } catch (error) {
        this.logger.warn({ message: `handling failed (attempt ${attempt} of ${this.options.maxAttempts})`, ...this.logContext(item), error: String(error) });
        if (attempt >= this.options.maxAttempts) {
          return this.deadLetter(item, `failed after ${attempt} attempts: ${(error as Error).message ?? String(error)}`);
        }
        await heartbeat();
        await delay(Math.min(firstBackoff * 2 ** (attempt - 1), 5_000));
      }
    }
  }

  private apply(tx: EntityManager, route: TopicHandler, item: Item): Promise<Outcome> {
    return applyConsumed(tx, this.options.groupId, route, item.decoded, item.meta);
  }

  private async deadLetter(item: Item, reason: string): Promise<Outcome> {
    const { message, meta } = item;
    const failedAt = this.options.clock.now();
    const headers: IHeaders = {
      ...message.headers,
      'dlq-reason': reason.slice(0, 2000),
      'dlq-original-topic': meta.topic,
      'dlq-original-partition': String(meta.partition),
      'dlq-original-offset': meta.offset,
      'dlq-consumer-group': this.options.groupId,
      'dlq-failed-at': failedAt.toISOString(),
    };
    const [placed] = await this.deadLetters.send({
      topic: this.options.namespace.topic(deadLetterTopicOf(meta.topic)),
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers }],
    });
    // Before the offset commit: a crash in between dead-letters the message again, into the same row.
    await new DeadLetterRepository(this.dataSource.manager).record({
      consumerGroup: this.options.groupId,
      topic: meta.topic,
      originalPartition: meta.partition,
      originalOffset: meta.offset,
      dlqPartition: placed?.partition ?? null,
      dlqOffset: placed?.baseOffset ?? null,
      reason: reason.slice(0, 2000),
      failedAt,
      key: meta.key,
      value: message.value,
    });
    this.logger.error({ message: 'message dead-lettered', reason, ...this.logContext(item) });
    return 'dead_lettered';
  }

  private logContext(item: Item): Record<string, unknown> {
    const correlationId = item.decoded.kind === 'event' ? item.decoded.event.correlationId : undefined;
    return { correlationId, topic: item.meta.topic, partition: item.meta.partition, offset: item.meta.offset, consumerGroup: this.groupId };
  }
}
