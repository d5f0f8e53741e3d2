// npm run openapi: writes docs/openapi/<service>.json from the code (routes, DTOs, the
// permission each route requires). A unit test fails when a committed file is stale.
import { describeServiceApi } from '@ssp/platform';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openApiFileOf, SERVICE_DEFINITIONS } from './service-apis';

async function main(): Promise<void> {
  for (const service of SERVICE_DEFINITIONS) {
    const file = openApiFileOf(service);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(await describeServiceApi(service), null, 2)}\n`);
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`openapi failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
