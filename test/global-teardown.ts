import path from 'node:path';
import { register } from 'tsconfig-paths';

register({ baseUrl: path.resolve(__dirname, '..'), paths: { '@ssp/*': ['libs/*/src'] } });

/** Drops this run's template databases (the per-file databases drop themselves). */
export default async function globalTeardown(): Promise<void> {
  const { dropDatabase, templateDatabaseOf, withAdmin } = await import('../libs/testing/src/postgres');
  const { SERVICE_SCHEMAS } = await import('./service-schemas');
  await withAdmin(async (client) => {
    for (const service of Object.keys(SERVICE_SCHEMAS)) await dropDatabase(client, templateDatabaseOf(service));
  });
}
