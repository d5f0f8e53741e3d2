import type { DataSource, EntityManager } from 'typeorm';
import { AGGREGATE_TABLES, READ_MODEL_TABLES, type ReadModelTable } from '../read-model/read-model-tables';
import { LIVE_SCHEMA, raiseReadModelVersion, REBUILD_SCHEMA, RETIRED_SCHEMA } from '../read-model/read-model-target';

/**
 * Fresh, empty copies of every read-model table in the rebuild schema, shaped exactly as the
 * live ones (columns, defaults, keys, indexes): the migrations stay the one definition.
 * Leftovers of a rebuild that died are dropped first.
 */
export async function createRebuildTables(db: DataSource): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`DROP SCHEMA IF EXISTS ${REBUILD_SCHEMA} CASCADE`);
    await tx.query(`DROP SCHEMA IF EXISTS ${RETIRED_SCHEMA} CASCADE`);
    await tx.query(`CREATE SCHEMA ${REBUILD_SCHEMA}`);
    for (const table of READ_MODEL_TABLES) {
      await tx.query(`CREATE TABLE ${REBUILD_SCHEMA}.${table} (LIKE ${LIVE_SCHEMA}.${table} INCLUDING ALL)`);
    }
  });
}

/** What the replay goes without, as the statements that restore it once the tables are filled. */
export interface DeferredIndexes {
  /** The fact tables' indexes that back no constraint and are not unique. */
  facts: string[];
  /** Every key and index of the aggregate tables, which the replay does not write. */
  aggregates: string[];
}

/**
 * Drops from the rebuild tables what nothing relies on while the replay writes, and returns
 * the statements that restore it: one sort per index at the end beats an index insert per
 * row. Fact tables keep their keys and unique indexes (the projections' `ON CONFLICT` needs
 * them); aggregate tables lose their keys too, being filled once from all facts, by parts
 * that never overlap (`Projection.recomputeAggregates`).
 */
export async function dropIndexesForReplay(db: DataSource): Promise<DeferredIndexes> {
  const aggregates = AGGREGATE_TABLES.map((table) => `${REBUILD_SCHEMA}.${table}`);
  const constraints = (await db.query(
    `SELECT c.conrelid::regclass::text AS "table", quote_ident(c.conname) AS name, pg_get_constraintdef(c.oid) AS definition
     FROM pg_constraint c
     WHERE c.conrelid = ANY($1::regclass[]) AND c.contype IN ('p', 'u', 'x')
     ORDER BY 1, 2`,
    [aggregates],
  )) as { table: string; name: string; definition: string }[];
  for (const constraint of constraints) await db.query(`ALTER TABLE ${constraint.table} DROP CONSTRAINT ${constraint.name}`);
  const indexes = (await db.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition, i.indrelid = ANY($2::regclass[]) AS aggregate
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = $1 AND ((NOT i.indisunique AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)) OR i.indrelid = ANY($2::regclass[]))
     ORDER BY 1`,
    [REBUILD_SCHEMA, aggregates],
  )) as { name: string; definition: string; aggregate: boolean }[];
  for (const index of indexes) await db.query(`DROP INDEX ${index.name}`);
  return {
    facts: indexes.filter((index) => !index.aggregate).map((index) => index.definition),
    aggregates: [
      ...constraints.map((constraint) => `ALTER TABLE ${constraint.table} ADD CONSTRAINT ${constraint.name} ${constraint.definition}`),
      ...indexes.filter((index) => index.aggregate).map((index) => index.definition),
    ],
  };
}

export async function restoreIndexes(tx: EntityManager, statements: readonly string[]): Promise<void> {
  for (const statement of statements) await tx.query(statement);
}

/** Fresh statistics for the planner, as the live tables have them (autovacuum would take its time). */
export async function analyzeRebuildTables(tx: EntityManager, tables: readonly ReadModelTable[]): Promise<void> {
  await tx.query(`ANALYZE ${tables.map((table) => `${REBUILD_SCHEMA}.${table}`).join(', ')}`);
}

/**
 * Takes every live read-model table for the swap, waiting at most `timeoutMs` for readers
 * to finish; false when the wait ran out or PostgreSQL broke a deadlock with a reader (the
 * caller rolls back and tries again: nothing has been written in the transaction yet).
 */
export async function lockLiveTables(tx: EntityManager, timeoutMs: number): Promise<boolean> {
  await tx.query('SAVEPOINT swap_lock');
  try {
    await tx.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
    await tx.query(`LOCK TABLE ${READ_MODEL_TABLES.map((table) => `${LIVE_SCHEMA}.${table}`).join(', ')} IN ACCESS EXCLUSIVE MODE`);
    await tx.query('SET LOCAL lock_timeout = 0');
    await tx.query('RELEASE SAVEPOINT swap_lock');
    return true;
  } catch (error) {
    const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
    // 55P03 lock_not_available, 40P01 deadlock_detected.
    if (code !== '55P03' && code !== '40P01') throw error;
    await tx.query('ROLLBACK TO SAVEPOINT swap_lock');
    return false;
  }
}

/** In the caller's transaction: the live tables move out, the rebuilt ones move in under their names. */
export async function swapInRebuiltTables(tx: EntityManager): Promise<void> {
  await tx.query(`CREATE SCHEMA ${RETIRED_SCHEMA}`);
  for (const table of READ_MODEL_TABLES) {
    await tx.query(`ALTER TABLE ${LIVE_SCHEMA}.${table} SET SCHEMA ${RETIRED_SCHEMA}`);
    await tx.query(`ALTER TABLE ${REBUILD_SCHEMA}.${table} SET SCHEMA ${LIVE_SCHEMA}`);
  }
  await tx.query(`DROP SCHEMA ${REBUILD_SCHEMA}`);
  await raiseReadModelVersion(tx);
}

export async function dropRetiredTables(db: DataSource): Promise<void> {
  await db.query(`DROP SCHEMA IF EXISTS ${RETIRED_SCHEMA} CASCADE`);
}

export async function dropRebuildTables(db: DataSource): Promise<void> {
  await db.query(`DROP SCHEMA IF EXISTS ${REBUILD_SCHEMA} CASCADE`);
}
