import type { DataSource, EntityManager } from 'typeorm';
import { READ_MODEL_TABLES } from '../read-model/read-model-tables';
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

/**
 * Drops the rebuild tables' indexes that back no constraint and are not unique (nothing
 * relies on them while the replay writes; one sort at the end beats an index insert per row)
 * and returns their definitions, for `createIndexes` once the replay is done.
 */
export async function dropSecondaryIndexes(db: DataSource): Promise<string[]> {
  const indexes = (await db.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = $1 AND NOT i.indisunique AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY 1`,
    [REBUILD_SCHEMA],
  )) as { name: string; definition: string }[];
  for (const index of indexes) await db.query(`DROP INDEX ${index.name}`);
  return indexes.map((index) => index.definition);
}

export async function createIndexes(tx: EntityManager, definitions: readonly string[]): Promise<void> {
  for (const definition of definitions) await tx.query(definition);
}

/** Fresh statistics for the planner, as the live tables have them (autovacuum would take its time). */
export async function analyzeRebuildTables(tx: EntityManager): Promise<void> {
  await tx.query(`ANALYZE ${READ_MODEL_TABLES.map((table) => `${REBUILD_SCHEMA}.${table}`).join(', ')}`);
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
