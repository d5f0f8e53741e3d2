import { Inject } from '@nestjs/common';
import type { EventEnvelope } from '@ssp/contracts';
import type { ConsumedEvent, ConsumedMessage, EventHandler } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { READ_MODEL_TARGET, ReadModelTarget } from './read-model-target';

/**
 * A topic's events into the read model. The same class serves the live consumer (Nest
 * injects the live target and the platform calls `handle`/`handleBatch`) and the rebuild
 * (which constructs it with its own target): one piece of code for both.
 *
 * Every projection is idempotent on its own (unique keys, `ON CONFLICT`), so a replay from
 * offset 0, a redelivery or the overlap between a rebuild and the live consumer changes
 * nothing; the live consumer's inbox comes on top. Each table is written from one topic
 * only, so the order in which topics interleave never matters either.
 */
export abstract class Projection<P extends object> implements EventHandler<P> {
  constructor(@Inject(READ_MODEL_TARGET) protected readonly target: ReadModelTarget) {}

  async handle(event: EventEnvelope<P>, tx: EntityManager, message: ConsumedMessage): Promise<void> {
    await this.handleBatch([{ event, message }], tx);
  }

  async handleBatch(events: readonly ConsumedEvent<P>[], tx: EntityManager): Promise<void> {
    if (events.length === 0) return;
    await this.target.beforeWrite(tx);
    await this.project(
      events.map(({ event }) => event),
      tx,
    );
    await this.target.afterWrite(tx);
  }

  /** Writes the events, given in offset order, with set-based statements. */
  protected abstract project(events: readonly EventEnvelope<P>[], tx: EntityManager): Promise<void>;

  /**
   * Fills the aggregates this projection keeps beside its facts from all of its facts, into
   * empty aggregate tables without their keys: the end of a rebuild's replay, which wrote
   * facts only (`ReadModelTarget.defersAggregates`). Projections without aggregates have
   * nothing to do.
   */
  async recomputeAggregates(_tx: EntityManager): Promise<void> {}

  protected table(name: string): string {
    return this.target.table(name);
  }
}

/** A projection class as the rebuild constructs it. */
export type ProjectionClass = new (target: ReadModelTarget) => Projection<object>;

/**
 * The last event per key, for tables where a later event replaces an earlier one:
 * PostgreSQL refuses to update one row twice in one statement.
 */
export function lastPerKey<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [keyOf(item), item])).values()];
}
