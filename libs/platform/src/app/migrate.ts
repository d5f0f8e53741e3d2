import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MigrateConfig } from '../config/migrate.config';
import { serviceDataSourceOptions } from '../database/data-source-options';
import { runMigrationsUnderLock } from '../database/run-migrations';
import { grantRuntimeRole } from '../database/runtime-role';
import type { ServiceDefinition } from './bootstrap';

/**
 * The `migrate` command (the image's `migrate` argument, the Kubernetes migration Job): as
 * the schema owner, applies the service's pending migrations and grants the role the service
 * runs as (DATABASE_RUNTIME_ROLE) what it needs on the data, then ends. Serves nothing and
 * touches no broker.
 */
export async function migrateService(service: Pick<ServiceDefinition, 'name' | 'schema'>, config: MigrateConfig): Promise<void> {
  const logger = new Logger(service.name);
  const dataSource = new DataSource(serviceDataSourceOptions(config.DATABASE_URL, service.schema));
  await dataSource.initialize();
  try {
    const applied = await runMigrationsUnderLock(dataSource);
    logger.log({ message: applied.length > 0 ? 'migrations applied' : 'no migration was pending', migrations: applied });
    if (config.DATABASE_RUNTIME_ROLE) {
      await grantRuntimeRole(dataSource, config.DATABASE_RUNTIME_ROLE);
      logger.log({ message: 'runtime role granted reading and writing of the data', role: config.DATABASE_RUNTIME_ROLE });
    }
  } finally {
    await dataSource.destroy();
  }
}
