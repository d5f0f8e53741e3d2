/*
 * npm run reporting:rebuild [-- --hash]: rebuilds the read model from the topics into fresh
 * tables and swaps them in, while the service may keep running (docs/reporting.md). Reads
 * the reporting service's environment: DATABASE_URL, KAFKA_*, KAFKA_TOPIC_NAMESPACE.
 */
import 'reflect-metadata';
import { ConfigValidationError, createKafkaClient, loadConfig, runMigrationsUnderLock, serviceDataSourceOptions, TopicNamespace } from '@ssp/platform';
import { ServiceName } from '@ssp/contracts';
import { DataSource } from 'typeorm';
import { SCHEMA } from '../database/schema';
import { readModelHash } from '../read-model/read-model-hash';
import { ReportingConfig } from '../reporting.config';
import { ReadModelRebuild, type RebuildProgress } from './read-model-rebuild';

/** The rebuild serves no HTTP, so the sign-in settings the service needs are not asked for. */
const NO_HTTP = { OIDC_ISSUER: 'unused-by-the-rebuild', OIDC_AUDIENCE: 'unused-by-the-rebuild', OIDC_JWKS_URI: 'file:///unused-by-the-rebuild' };

function progressPrinter(): (progress: RebuildProgress) => void {
  let last = 0;
  return ({ phase, events, behind }) => {
    if (Date.now() - last < 2_000 && behind > 0) return;
    last = Date.now();
    process.stdout.write(`${phase}: ${events.toLocaleString('en')} events applied, ${behind.toLocaleString('en')} messages to go\n`);
  };
}

async function main(): Promise<void> {
  const config = loadConfig(ReportingConfig, { ...NO_HTTP, ...process.env });
  const dataSource = new DataSource(serviceDataSourceOptions(config.DATABASE_URL, SCHEMA));
  await dataSource.initialize();
  try {
    await runMigrationsUnderLock(dataSource);
    const kafka = createKafkaClient(`${ServiceName.reporting}-rebuild`, config);
    const rebuild = new ReadModelRebuild(dataSource, kafka, {
      namespace: new TopicNamespace(config.KAFKA_TOPIC_NAMESPACE),
      replicationFactor: config.KAFKA_REPLICATION_FACTOR,
      onProgress: progressPrinter(),
    });
    const report = await rebuild.run();
    process.stdout.write(
      `rebuilt and swapped in: ${report.events.toLocaleString('en')} events in ${report.seconds.toFixed(1)} s ` +
        `(${Math.round(report.events / report.seconds).toLocaleString('en')} events/s), ${report.invalid} invalid messages skipped\n`,
    );
    if (process.argv.includes('--hash')) process.stdout.write(`read model hash: ${(await readModelHash(dataSource)).hash}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigValidationError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(error instanceof ConfigValidationError ? 78 : 1);
});
