import { serviceDataSourceOptions } from '@ssp/platform';
import { DataSource } from 'typeorm';
import { SCHEMA } from './schema';

/** For the TypeORM CLI: `DATABASE_URL=... npm run typeorm -- -d apps/reporting/src/database/data-source.ts migration:show`. */
export default new DataSource(serviceDataSourceOptions(process.env.DATABASE_URL ?? '', SCHEMA));
