import { loadConfig } from '@ssp/platform';
import { createWebApp, type WebAppOptions } from './web-app';
import { WebConfig } from './web.config';

/** Starts the web app from its environment and listens; exits 1 with the reason when it cannot start. */
export function runWebApp(options: WebAppOptions = {}): void {
  const start = async () => {
    const config = loadConfig(WebConfig);
    const app = await createWebApp(config, options);
    await app.listen(config.PORT);
    console.log(`web listening on ${config.PUBLIC_URL} (port ${config.PORT})`);
  };
  start().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
