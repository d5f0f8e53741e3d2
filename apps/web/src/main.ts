import { loadConfig } from '@ssp/platform';
import { createWebApp } from './web-app';
import { WebConfig } from './web.config';

async function main(): Promise<void> {
  const config = loadConfig(WebConfig);
  const app = await createWebApp(config);
  await app.listen(config.PORT);
  console.log(`web listening on ${config.PUBLIC_URL} (port ${config.PORT})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
