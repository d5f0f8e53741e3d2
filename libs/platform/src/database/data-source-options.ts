import type { DataSourceOptions, MixedList } from 'typeorm';
import { CreateEventBackbone1763800000000 } from './1763800000000-create-event-backbone.migration';
import { CreateAuditLog1763900000000 } from './1763900000000-create-audit-log.migration';
import { CreateScheduledRun1764000000000 } from './1764000000000-create-scheduled-run.migration';
import { CreateRateLimit1764100000000 } from './1764100000000-create-rate-limit.migration';
import { CreateMembership1764200000000 } from './1764200000000-create-membership.migration';
import { CreateDeadLetter1766100000000 } from './1766100000000-create-dead-letter.migration';
import { DeadLetterRetention1766200000000 } from './1766200000000-dead-letter-retention.migration';
import { PLATFORM_ENTITIES } from './platform-entities';

type EntityClass = new () => object;
type MigrationClass = new () => object;

export interface ServiceSchema {
  entities: EntityClass[];
  /** The app's own migrations; the platform's (outbox, inbox, dead letters, audit log, scheduled runs, rate limit, memberships) are added on their own. */
  migrations: MigrationClass[];
}

/**
 * One set of options for Nest and for the TypeORM CLI. Never synchronize: the schema is
 * what the migrations say, and they run at start-up under an advisory lock.
 */
/** Connections each service instance keeps to PostgreSQL at most. */
export const DATABASE_POOL_SIZE = 10;

export function serviceDataSourceOptions(databaseUrl: string, schema: ServiceSchema): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: [...PLATFORM_ENTITIES, ...schema.entities] as MixedList<EntityClass>,
    migrations: [CreateEventBackbone1763800000000, CreateAuditLog1763900000000, CreateScheduledRun1764000000000, CreateRateLimit1764100000000, CreateMembership1764200000000, CreateDeadLetter1766100000000, DeadLetterRetention1766200000000, ...schema.migrations] as MixedList<MigrationClass>,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    migrationsRun: false,
    extra: { max: DATABASE_POOL_SIZE, application_name: 'ssp' },
  };
}
