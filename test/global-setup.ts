import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { register } from 'tsconfig-paths';

register({ baseUrl: path.resolve(__dirname, '..'), paths: { '@ssp/*': ['libs/*/src'] } });

/**
 * Once per test run: a migrated template database per service. Each test file then copies
 * its own database from the template in a moment, isolated from every other file.
 */
export default async function globalSetup(): Promise<void> {
  // Inherited by the test workers, which start after this.
  process.env.SSP_TEST_RUN = randomBytes(4).toString('hex');
  const { DataSource } = await import('typeorm');
  const { serviceDataSourceOptions, runMigrationsUnderLock } = await import('@ssp/platform');
  const { SERVICE_SCHEMAS } = await import('./service-schemas');
  const { testIssuer } = await import('../libs/testing/src/identity');
  await testIssuer();
  const { databaseUrl, dropDatabase, templateDatabaseOf, withAdmin } = await import('../libs/testing/src/postgres');
  for (const [service, schema] of Object.entries(SERVICE_SCHEMAS)) {
    const template = templateDatabaseOf(service);
    await withAdmin(async (client) => {
      await dropDatabase(client, template);
      await client.query(`CREATE DATABASE "${template}"`);
    });
    const dataSource = new DataSource(serviceDataSourceOptions(databaseUrl(template), schema));
    await dataSource.initialize();
    try {
      await runMigrationsUnderLock(dataSource);
    } finally {
      await dataSource.destroy();
    }
  }
}
