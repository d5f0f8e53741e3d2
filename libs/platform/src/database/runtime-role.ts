import type { DataSource } from 'typeorm';

/** A PostgreSQL role name as the suite's roles are spelt (lowercase, digits, underscores). */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * What the role a service runs as may do, granted by the schema owner after its migrations:
 * read and write the rows of every table in `public` and use the sequences behind them;
 * never change the schema. The default privileges cover every table the owner creates later
 * in any schema (a later migration, or reporting's rebuild, which runs as the owner and swaps
 * tables into `public`); the grants are repeated on every run for what exists already.
 */
export async function grantRuntimeRole(dataSource: DataSource, runtimeRole: string): Promise<void> {
  if (!ROLE_NAME.test(runtimeRole)) throw new Error(`DATABASE_RUNTIME_ROLE "${runtimeRole}" is not a role name (lowercase letters, digits and _)`);
  const [{ database }] = (await dataSource.query('SELECT current_database() AS database')) as { database: string }[];
  await dataSource.transaction(async (tx) => {
    await tx.query(`GRANT CONNECT, TEMPORARY ON DATABASE "${database}" TO ${runtimeRole}`);
    await tx.query(`GRANT USAGE ON SCHEMA public TO ${runtimeRole}`);
    await tx.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${runtimeRole}`);
    await tx.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${runtimeRole}`);
    await tx.query(`ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${runtimeRole}`);
    await tx.query(`ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${runtimeRole}`);
  });
}
