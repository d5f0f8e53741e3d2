import { DataSource, type DataSourceOptions } from 'typeorm';
import { CreateWebSessions1765000000000 } from './migrations/1765000000000-create-web-sessions.migration';

/** Sessions only: the web app keeps no domain data, so none of the services' platform tables. */
export function webDataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: [],
    migrations: [CreateWebSessions1765000000000],
    migrationsTableName: 'schema_migration',
    synchronize: false,
    migrationsRun: false,
    extra: { max: 10, application_name: 'ssp-web' },
  };
}

/** For the TypeORM CLI: `DATABASE_URL=... npm run typeorm -- -d apps/web/src/database/web-data-source.ts migration:show`. */
export default new DataSource(webDataSourceOptions(process.env.DATABASE_URL ?? ''));
