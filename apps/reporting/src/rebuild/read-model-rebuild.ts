import { Logger } from '@nestjs/common';
import { REPORTING_REBUILD_GROUP, ServiceName, topicsConsumedBy, type EventEnvelope, type TopicDefinition } from '@ssp/contracts';
import { decodeMessage, endOffsetsOf, ensureTopics, HANDLES_EVENT, PartitionProgress, truncatedPartitions, type ConsumedEvent, type PartitionEnd, type TopicNamespace } from '@ssp/platform';
import type { EachBatchPayload, Kafka } from 'kafkajs';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { Projection } from '../read-model/projection';
import { PROJECTIONS } from '../read-model/projections';
import { AGGREGATE_TABLES, FACT_TABLES } from '../read-model/read-model-tables';
import { LIVE_WRITE_LOCK_KEY, ReadModelTarget } from '../read-model/read-model-target';
import { PartitionedWrites } from './partitioned-writes';
import { analyzeRebuildTables, createRebuildTables, dropIndexesForReplay, dropRebuildTables, dropRetiredTables, lockLiveTables, restoreIndexes, swapInRebuiltTables, type DeferredIndexes } from './table-swap';

/**
 * The rebuild's own consumer group, never the live one. It commits no offsets (a rebuild
 * always starts from the earliest) and is deleted at the end; named in the contracts, so that
 * the Kafka ACL plan grants it (docs/reporting.md).
 */
export const REBUILD_GROUP = REPORTING_REBUILD_GROUP;

/** Batches written side by side unless the options say otherwise. */
const DEFAULT_CONCURRENCY = 3;

/**
 * How much one fetch brings, per partition and in all. kafkajs joins each response's network
 * chunks into one buffer, and the C library's allocator maps fresh memory for every buffer
 * above 32 MB: joining those ran at about a tenth of the speed (measured on 2026-11-23:
 * responses of up to 64 MB cost a rebuild of a million events 3 to 4 s of its Node time).
 */
const FETCH_BYTES_PER_PARTITION = 8 << 20;
const FETCH_BYTES = 16 << 20;

/** Held for the whole rebuild (session lock): two rebuilds at once would fight over one schema. */
export const REBUILD_LOCK_KEY = 7_340_115_005;

export interface RebuildOptions {
  namespace: TopicNamespace;
  replicationFactor: number;
  /** Batches the rebuild applies at once, each in its own transaction; as many more wait decoded. */
  concurrency?: number;
  /** How long the swap waits for readers of the live tables before it tries again. */
  swapLockTimeoutMs?: number;
  onProgress?: (progress: RebuildProgress) => void;
  /** Called once the replay has reached the noted ends, before the swap (tests write there, into the gap). */
  onReplayed?: () => Promise<void>;
}

export interface RebuildProgress {
  phase: 'replay' | 'catch-up';
  events: number;
  behind: number;
}

export interface RebuildReport {
  groupId: string;
  /** Events applied (valid ones; a replay may go a little past the end offsets taken at start). */
  events: number;
  /** Messages skipped because they are not valid events (the live consumer dead-letters them). */
  invalid: number;
  /** The end offsets taken at start: everything before them is in the rebuilt model. */
  endOffsetsAtStart: PartitionEnd[];
  /** The end offsets at the swap, reached under the live write lock. */
  endOffsetsAtSwap: PartitionEnd[];
  seconds: number;
}

interface Route {
  topic: TopicDefinition<object>;
  projection: Projection<object>;
}

type Sink = (route: Route, events: ConsumedEvent[]) => Promise<void>;

/** Lets batches be applied side by side, and a switch of where they go wait until none is in flight. */
class Gate {
  private inFlight = 0;
  private closed: Promise<void> | undefined;
  private drained: (() => void) | undefined;

  async shared<T>(work: () => Promise<T>): Promise<T> {
    while (this.closed) await this.closed;
    this.inFlight += 1;
    try {
      return await work();
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) this.drained?.();
    }
  }

  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.closed) await this.closed;
    let open: () => void = () => undefined;
    this.closed = new Promise((resolve) => (open = resolve));
    try {
      if (this.inFlight > 0) await new Promise<void>((resolve) => (this.drained = resolve));
      return await work();
    } finally {
      this.drained = undefined;
      this.closed = undefined;
      open();
    }
  }
}

/**
 * Rebuilds the read model from the topics while the live consumer keeps running:
 *
 * 1. Fresh copies of the read-model tables in their own schema; the end offsets of every
 *    topic are noted.
 * 2. Every topic is read from its earliest offset with a consumer group of the rebuild's
 *    own (the live group's offsets are never touched) through the very projections the live
 *    consumer uses, aimed at the fresh tables, until the noted ends are reached. Meanwhile
 *    the projections write facts only, into tables without their secondary indexes; then
 *    the aggregates are computed from the facts and the indexes built, each in one go. The
 *    consumer fetches and decodes the next batches while the database writes the last ones
 *    (`PartitionedWrites`, in order per partition).
 * 3. One transaction takes the live write lock exclusively (live batches finish, new ones
 *    wait) and the live tables, reads the end offsets again and applies what came since, so
 *    the fresh tables hold everything the live ones do; then swaps the tables by renaming
 *    and commits. The old tables are dropped afterwards.
 *
 * The live consumer then goes on from its own position. Everything it had applied is in the
 * rebuilt tables (its events lie before the ends read under the lock); what it applies
 * next that the rebuild already applied changes nothing, the projections being idempotent.
 */
export class ReadModelRebuild {
  private readonly logger = new Logger(ReadModelRebuild.name);
  private readonly routes: Map<string, Route>;
  private readonly target = ReadModelTarget.rebuild();
  private readonly gate = new Gate();
  private readonly concurrency: number;
  private readonly writes: PartitionedWrites;
  private sink: Sink | undefined;
  private progress: PartitionProgress | undefined;
  private events = 0;
  private invalid = 0;
  private failure: unknown;
  private notify: (() => void) | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly kafka: Kafka,
    private readonly options: RebuildOptions,
  ) {
    // Decoded batches wait here for the database while the consumer fetches the next ones.
    this.concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    this.writes = new PartitionedWrites({ running: this.concurrency, queued: this.concurrency }, (error) => this.fail(error));
    this.routes = new Map(
      PROJECTIONS.map((Projection) => {
        const topic = Reflect.getMetadata(HANDLES_EVENT, Projection) as TopicDefinition<object>;
        return [options.namespace.topic(topic.name), { topic, projection: new Projection(this.target) }];
      }),
    );
  }

  async run(): Promise<RebuildReport> {
    const startedAt = process.hrtime.bigint();
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      const [{ locked }] = (await lock.query('SELECT pg_try_advisory_lock($1) AS locked', [REBUILD_LOCK_KEY])) as { locked: boolean }[];
      if (!locked) throw new Error('Another rebuild of the read model is running');
      try {
        const report = await this.rebuild();
        return { ...report, seconds: Number(process.hrtime.bigint() - startedAt) / 1e9 };
      } finally {
        await lock.query('SELECT pg_advisory_unlock($1)', [REBUILD_LOCK_KEY]);
      }
    } finally {
      await lock.release();
    }
  }

  private async rebuild(): Promise<Omit<RebuildReport, 'seconds'>> {
    const admin = this.kafka.admin();
    await admin.connect();
    const groupId = this.options.namespace.group(REBUILD_GROUP);
    const consumer = this.kafka.consumer({ groupId, allowAutoTopicCreation: false, sessionTimeout: 30_000, maxBytesPerPartition: FETCH_BYTES_PER_PARTITION, maxBytes: FETCH_BYTES, maxWaitTimeInMs: 100 });
    let swap: QueryRunner | undefined;
    try {
      await ensureTopics(admin, topicsConsumedBy(ServiceName.reporting), this.options.namespace, this.options.replicationFactor);
      const endOffsetsAtStart = await endOffsetsOf(admin, this.routes.keys());
      const truncated = truncatedPartitions(endOffsetsAtStart);
      if (truncated.length > 0) {
        throw new Error(
          `Refusing to rebuild: events were deleted from ${truncated.map((end) => `${end.topic}[${end.partition}] (first offset ${end.low})`).join(', ')}; ` +
            'a model rebuilt from what is left would lack them. The topics reporting reads need retention.ms=-1 (docs/reporting.md).',
        );
      }
      await createRebuildTables(this.dataSource);
      const deferredIndexes = await dropIndexesForReplay(this.dataSource);
      this.target.deferAggregates();
      this.progress = new PartitionProgress(endOffsetsAtStart);
      this.sink = (route, events) => this.dataSource.transaction((tx) => route.projection.handleBatch(events, tx));

      await consumer.connect();
      await consumer.subscribe({ topics: [...this.routes.keys()], fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: true,
        partitionsConsumedConcurrently: this.concurrency,
        eachBatch: (payload) => this.applyBatch(payload),
      });
      await this.caughtUp('replay');
      await this.gate.exclusive(() => this.completeReplayedTables(deferredIndexes));
      await this.options.onReplayed?.();

      swap = this.dataSource.createQueryRunner();
      const endOffsetsAtSwap = await this.gate.exclusive(() => this.enterSwap(swap!, admin));
      await this.caughtUp('catch-up');
      await this.gate.exclusive(async () => {
        this.sink = undefined;
        await swapInRebuiltTables(swap!.manager);
        await swap!.commitTransaction();
      });
      this.logger.log({ message: 'read model rebuilt and swapped in', events: this.events, invalid: this.invalid });
      return { groupId, events: this.events, invalid: this.invalid, endOffsetsAtStart, endOffsetsAtSwap };
    } catch (error) {
      this.sink = undefined;
      await this.writes.drained();
      if (swap?.isTransactionActive) await swap.rollbackTransaction();
      await dropRebuildTables(this.dataSource);
      throw error;
    } finally {
      this.sink = undefined;
      await this.writes.drained();
      await swap?.release();
      await consumer.disconnect();
      await dropRetiredTables(this.dataSource);
      await admin.deleteGroups([groupId]).catch(() => undefined);
      await admin.disconnect();
    }
  }

  /**
   * With no batch in flight, side by side, each on a connection of its own: the aggregates
   * from every fact replayed so far, then their keys; each of the fact tables' indexes the
   * replay went without; and planner statistics for the fact tables (`ANALYZE` of a table
   * waits for the index builds on it). Batches from now on keep the aggregates up to date
   * as they go, as the live consumer does.
   */
  private async completeReplayedTables(deferred: DeferredIndexes): Promise<void> {
    this.target.resumeAggregates();
    // Sorts and hash tables of whole tables, once: in memory rather than in temporary files.
    const aggregates = () =>
      this.dataSource.transaction(async (tx) => {
        await tx.query(`SET LOCAL work_mem = '64MB'`);
        for (const { projection } of this.routes.values()) await projection.recomputeAggregates(tx);
        await tx.query(`SET LOCAL maintenance_work_mem = '128MB'`);
        await restoreIndexes(tx, deferred.aggregates);
        await analyzeRebuildTables(tx, AGGREGATE_TABLES);
      });
    const factIndex = (statement: string) =>
      this.dataSource.transaction(async (tx) => {
        await tx.query(`SET LOCAL maintenance_work_mem = '128MB'`);
        await restoreIndexes(tx, [statement]);
      });
    const factStatistics = () => this.dataSource.transaction((tx) => analyzeRebuildTables(tx, FACT_TABLES));
    await Promise.all([aggregates(), ...deferred.facts.map(factIndex), factStatistics()]);
  }

  /**
   * Under the live write lock and with the live tables held: the ends at this moment, and
   * every batch from now on into this one transaction.
   */
  private async enterSwap(swap: QueryRunner, admin: ReturnType<Kafka['admin']>): Promise<PartitionEnd[]> {
    await swap.connect();
    for (;;) {
      await swap.startTransaction();
      await swap.query('SELECT pg_advisory_xact_lock($1)', [LIVE_WRITE_LOCK_KEY]);
      if (await lockLiveTables(swap.manager, this.options.swapLockTimeoutMs ?? 2_000)) break;
      await swap.rollbackTransaction();
      this.logger.warn({ message: 'readers held the read model; trying the swap again' });
    }
    const ends = await endOffsetsOf(admin, this.routes.keys());
    this.progress!.retarget(ends);
    const tx: EntityManager = swap.manager;
    this.sink = (route, events) => route.projection.handleBatch(events, tx);
    return ends;
  }

  private async applyBatch({ batch, heartbeat }: EachBatchPayload): Promise<void> {
    const route = this.routes.get(batch.topic);
    if (!route || batch.messages.length === 0) return;
    const events: ConsumedEvent[] = [];
    for (const message of batch.messages) {
      const key = message.key?.toString('utf8') ?? null;
      const decoded = decodeMessage(route.topic, key, message.value);
      if (decoded.kind === 'event') {
        events.push({ event: decoded.event as EventEnvelope<object>, message: { topic: route.topic.name, partition: batch.partition, offset: message.offset, key } });
      } else {
        this.invalid += 1;
      }
    }
    const lastOffset = batch.messages[batch.messages.length - 1].offset;
    const write = () => this.apply(route, { topic: batch.topic, partition: batch.partition, lastOffset }, events);
    await this.writes.enqueue(`${batch.topic}|${batch.partition}`, write);
    await heartbeat();
  }

  /** Writes one batch's events wherever the rebuild writes at the moment, and notes how far its partition is applied. */
  private async apply(route: Route, batch: { topic: string; partition: number; lastOffset: string }, events: ConsumedEvent[]): Promise<void> {
    await this.gate.shared(async () => {
      if (!this.sink || this.failure) return;
      await this.sink(route, events);
      this.events += events.length;
      this.progress!.applied(batch.topic, batch.partition, batch.lastOffset);
      this.notify?.();
    });
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    this.notify?.();
  }

  /** Resolves once every partition has reached its end; rejects when applying failed. */
  private async caughtUp(phase: RebuildProgress['phase']): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      const behind = this.progress!.behind().reduce((sum, partition) => sum + Number(partition.behind), 0);
      this.options.onProgress?.({ phase, events: this.events, behind });
      if (behind === 0) return;
      await new Promise<void>((resolve) => {
        this.notify = resolve;
        setTimeout(resolve, 1_000).unref();
      });
    }
  }
}
