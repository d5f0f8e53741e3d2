import type { EntityManager } from 'typeorm';

/** Where the live read model is: beside the platform's tables, so plain table names reach it. */
export const LIVE_SCHEMA = 'public';

/** Where a rebuild writes until its tables are swapped in, and where the replaced ones wait to be dropped. */
export const REBUILD_SCHEMA = 'read_model_rebuild';
export const RETIRED_SCHEMA = 'read_model_retired';

/**
 * Taken shared by every live write to the read model and exclusively by the rebuild while it
 * catches up and swaps tables, so that the swap never falls in the middle of a live batch.
 */
export const LIVE_WRITE_LOCK_KEY = 7_340_115_004;

export const READ_MODEL_TARGET = Symbol('ssp:read-model-target');

/**
 * Raises the read model's version in the caller's transaction: the live consumer after each
 * batch, the rebuild in its swap. Taken last, the row is locked only until the commit.
 */
export async function raiseReadModelVersion(tx: EntityManager): Promise<void> {
  await tx.query(`UPDATE ${LIVE_SCHEMA}.read_model_version SET version = version + 1`);
}

const PLAIN_NAME = /^[a-z_][a-z0-9_]*$/;

/** The read-model tables the projections write to: the live ones, or the fresh ones a rebuild fills. */
export class ReadModelTarget {
  private aggregatesDeferred = false;

  private constructor(
    readonly schema: string,
    private readonly holdsLiveLock: boolean,
  ) {}

  /** The live read model: its writes wait while a rebuild swaps tables. */
  static live(): ReadModelTarget {
    return new ReadModelTarget(LIVE_SCHEMA, true);
  }

  /** A rebuild's own schema, which nothing else writes to. */
  static rebuild(schema: string = REBUILD_SCHEMA): ReadModelTarget {
    if (!PLAIN_NAME.test(schema)) throw new Error(`"${schema}" is not a plain schema name`);
    return new ReadModelTarget(schema, false);
  }

  /** The schema-qualified name of a read-model table, safe to put into SQL. */
  table(name: string): string {
    if (!PLAIN_NAME.test(name)) throw new Error(`"${name}" is not a plain table name`);
    return `${this.schema}.${name}`;
  }

  /**
   * Whether projections write their facts only and leave the aggregates kept beside them
   * alone: a rebuild's replay does, and computes the aggregates from all facts at its end
   * (`Projection.recomputeAggregates`), one statement instead of one per batch.
   */
  get defersAggregates(): boolean {
    return this.aggregatesDeferred;
  }

  deferAggregates(): void {
    if (this.holdsLiveLock) throw new Error('the live read model keeps its aggregates up to date');
    this.aggregatesDeferred = true;
  }

  resumeAggregates(): void {
    this.aggregatesDeferred = false;
  }

  /** Every projection calls this in its transaction before it writes. */
  async beforeWrite(tx: EntityManager): Promise<void> {
    if (this.holdsLiveLock) await tx.query('SELECT pg_advisory_xact_lock_shared($1)', [LIVE_WRITE_LOCK_KEY]);
  }

  /** And this after it wrote: a change to the live read model is a new version (a rebuild's tables count at the swap). */
  async afterWrite(tx: EntityManager): Promise<void> {
    if (this.holdsLiveLock) await raiseReadModelVersion(tx);
  }
}
