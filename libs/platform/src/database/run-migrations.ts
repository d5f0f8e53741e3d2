import type { DataSource } from 'typeorm';

/** Fixed key of the session-level advisory lock that serialises migrations across replicas. */
export const MIGRATION_LOCK_KEY = 7_340_115_001;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so replicas that start
 * together never race: the first migrates, the others wait and then find nothing to do.
 */
export async function runMigrationsUnderLock(dataSource: DataSource): Promise<string[]> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockRunner.release();
  }
}
