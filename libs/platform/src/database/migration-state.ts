import type { DataSource } from 'typeorm';

/** The table TypeORM records applied migrations in (serviceDataSourceOptions' migrationsTableName). */
const MIGRATIONS_TABLE = 'schema_migration';

/**
 * The names of the service's migrations that the database has not applied, in their order.
 * Read-only: a service that may not change the schema (MIGRATIONS=verify) asks this.
 */
export async function pendingMigrationNames(dataSource: DataSource): Promise<string[]> {
  const [{ exists }] = (await dataSource.query('SELECT to_regclass($1) IS NOT NULL AS exists', [MIGRATIONS_TABLE])) as { exists: boolean }[];
  const applied = exists ? new Set(((await dataSource.query(`SELECT name FROM ${MIGRATIONS_TABLE}`)) as { name: string }[]).map((row) => row.name)) : new Set<string>();
  // As TypeORM names them: the migration's `name`, or else its class's.
  return dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name).filter((name) => !applied.has(name));
}

/**
 * Resolves once no migration is pending, asking every `intervalMs`; `onPending` hears what is
 * still missing each time. A service in MIGRATIONS=verify mode waits here at start-up for
 * the migration Job, rather than run against a schema older than its code.
 */
export async function waitForMigrations(dataSource: DataSource, onPending: (names: string[]) => void, intervalMs = 5_000): Promise<void> {
  for (;;) {
    const pending = await pendingMigrationNames(dataSource);
    if (pending.length === 0) return;
    onPending(pending);
    await new Promise((resolve) => setTimeout(resolve, intervalMs).unref());
  }
}
