import { Logger, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { ServiceName } from '@ssp/contracts';
import type { ServiceSchema } from '../database/data-source-options';
import { migrateService } from './migrate';
import { resetOffsetsCommand } from './reset-offsets.command';
import { PlatformModule, type ModuleImport } from './platform.module';
import { ConfigValidationError, loadConfig } from '../config/load-config';
import { KafkaSettings } from '../config/kafka-settings';
import { MigrateConfig } from '../config/migrate.config';
import type { ServiceConfig } from '../config/service.config';
import { KafkaBatchServer } from '../consumer/kafka-batch.server';
import { BEARER_SCHEME } from '../auth/access.decorators';
import { hardenHttp } from '../http/harden-http';
import { PrivacyLogger } from '../http/privacy-logger';
import { RejectUnsafeInputPipe } from '../http/reject-unsafe-input.pipe';
import { CodedValidationPipe } from '../http/coded-validation.pipe';
import { httpMetricsMiddleware } from '../metrics/http-metrics.middleware';
import { MetricsService } from '../metrics/metrics.service';
import { KeyMismatchError, type ConfiguredKey } from '../privacy/key-check';
import type { Clock } from '../time/clock';

/** The exit of a service whose keys do not fit its data (sysexits' EX_DATAERR); 78 is a bad configuration. */
export const KEY_MISMATCH_EXIT_CODE = 65;

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Everything that makes one service: who it is, its config class, its tables and features. */
export interface ServiceDefinition<T extends ServiceConfig = ServiceConfig> {
  name: ServiceName;
  title: string;
  description: string;
  configClass: new () => T;
  schema: ServiceSchema;
  features: ModuleImport[];
  /** The pseudonym and identity keys the service holds, if any: checked against its data at start-up. */
  // Method syntax on purpose: parameters of methods are bivariant, so a ServiceDefinition<SomeConfig>
  // still fits where a ServiceDefinition<ServiceConfig> is expected.
  keys?(config: T): ConfiguredKey[];
  /**
   * Why the service cannot run with this config in this process, beyond what the config class
   * validates on its own (e.g. limits that do not fit the heap): the service stops at start-up,
   * as for an invalid variable, naming the settings.
   */
  configProblems?(config: T): string[];
  /** Commands of the service's own besides serving, `migrate` and `reset-offsets`, by the argument that runs them. */
  commands?: Readonly<Record<string, ServiceCommand<T>>>;
}

/** A one-off command of a service (the image's argument): runs with the service's whole config and returns the exit code. */
export interface ServiceCommand<T extends ServiceConfig = ServiceConfig> {
  summary: string;
  run(config: T, args: string[], print: (line: string) => void): Promise<number>;
}

/** Reads and validates the config, or stops the process naming every bad variable. */
export function loadConfigOrExit<T extends object>(configClass: new () => T): T {
  try {
    return loadConfig(configClass);
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}

export function openApiDocument(app: INestApplication, service: ServiceDefinition): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle(service.title)
    .setDescription(service.description)
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'OIDC access token from the municipality\'s identity provider' }, BEARER_SCHEME);
  return SwaggerModule.createDocument(app, builder.build());
}

/**
 * The service's OpenAPI document without starting it: Nest's preview mode resolves routes
 * and decorators but instantiates nothing, so no database or broker is needed.
 */
export async function describeServiceApi<T extends ServiceConfig>(service: ServiceDefinition<T>): Promise<OpenAPIObject> {
  // Never validated or used to connect: preview mode reads no setting but the defaults.
  const config = Object.assign(new service.configClass(), { DATABASE_URL: 'postgres://preview.invalid/none' });
  const root = PlatformModule.forService({ service: service.name, config, schema: service.schema, features: service.features });
  const app = await NestFactory.create(root, { preview: true, logger: false });
  try {
    return openApiDocument(app, service);
  } finally {
    await app.close();
  }
}

/** What a test may set when it builds a service; `main.ts` sets nothing. */
export interface ServiceAppOptions {
  /** The clock the service reads "now" from (the machine's clock when left out). */
  clock?: Clock;
}

/**
 * Builds the hybrid app (HTTP and the Kafka batch consumer) with everything every service
 * shares; `main.ts` and the tests both go through here.
 */
export async function createServiceApp<T extends ServiceConfig>(service: ServiceDefinition<T>, config: T, options: ServiceAppOptions = {}): Promise<INestApplication> {
  const logger = new PrivacyLogger({
    json: config.LOG_FORMAT === 'json',
    logLevels: LEVELS.slice(0, LEVELS.indexOf(config.LOG_LEVEL) + 1),
    prefix: service.name,
  });
  const root = PlatformModule.forService({ service: service.name, config, schema: service.schema, features: service.features, clock: options.clock, keys: service.keys?.(config) });
  const app = await NestFactory.create(root, { logger, bufferLogs: true });
  app.use(httpMetricsMiddleware(app.get(MetricsService)));
  hardenHttp(app, config);
  app.useGlobalPipes(new RejectUnsafeInputPipe(), new CodedValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  // In production the API description is the committed docs/openapi/*.json, not a live page.
  if (config.NODE_ENV !== 'production') SwaggerModule.setup('docs', app, () => openApiDocument(app, service));
  app.connectMicroservice({ strategy: app.get(KafkaBatchServer) }, { inheritAppConfig: true });
  return app;
}

/**
 * Migrations and topics first (module init), then the Kafka consumer, then HTTP: a
 * consumer never runs against a schema or topic that is not there yet.
 */
export async function startServiceApp(app: INestApplication, port: number): Promise<void> {
  await app.init();
  await app.startAllMicroservices();
  await app.listen(port, '0.0.0.0');
}

/**
 * A service's main: serves (no argument), runs the `migrate` command, the
 * `reset-offsets <time>` command (after a restore; docs/operations.md) or one of the
 * service's own commands, and ends. Anything else stops the process with the usage.
 */
export async function runService<T extends ServiceConfig>(service: ServiceDefinition<T>, options: ServiceAppOptions = {}): Promise<void> {
  const command = process.argv[2];
  const own = command === undefined ? undefined : service.commands?.[command];
  if (command !== undefined && command !== 'migrate' && command !== 'reset-offsets' && !own) {
    const others = Object.entries(service.commands ?? {}).map(([name, { summary }]) => `, ${name} to ${summary}`);
    process.stderr.write(`unknown command "${command}": give none to serve, migrate to apply the migrations and end, reset-offsets <time> after a restore${others.join('')}\n`);
    process.exit(64);
  }
  if (own) {
    const config = loadConfigOrExit(service.configClass);
    Logger.overrideLogger(new PrivacyLogger({ json: config.LOG_FORMAT === 'json', prefix: service.name }));
    process.exitCode = await own.run(config, process.argv.slice(3), (line) => process.stdout.write(`${line}\n`));
    return;
  }
  if (command === 'migrate') {
    const migrateConfig = loadConfigOrExit(MigrateConfig);
    Logger.overrideLogger(new PrivacyLogger({ json: migrateConfig.LOG_FORMAT === 'json', prefix: service.name }));
    await migrateService(service, migrateConfig).catch((error: unknown) => {
      process.stderr.write(`migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
    return;
  }
  if (command === 'reset-offsets') {
    const kafkaSettings = loadConfigOrExit(KafkaSettings);
    process.exitCode = await resetOffsetsCommand(service.name, kafkaSettings, process.argv.slice(3), (line) => process.stdout.write(`${line}\n`));
    return;
  }
  const config = loadConfigOrExit(service.configClass);
  const problems = service.configProblems?.(config) ?? [];
  if (problems.length > 0) {
    process.stderr.write(`${new ConfigValidationError(problems).message}\n`);
    process.exit(78);
  }
  const app = await createServiceApp(service, config, options);
  // After a clean shutdown the process exits 0 (1 if the shutdown failed). Nest otherwise
  // raises the signal again once closed, which ends the process as if killed by it, and which
  // the kernel ignores for a container's PID 1 (the image execs node), leaving the exit to
  // whatever handles happen to stay open.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  await startServiceApp(app, config.HTTP_PORT).catch(async (error: unknown) => {
    if (!(error instanceof KeyMismatchError)) throw error;
    // A key that does not fit the data is not a crash to restart from: the same keys would
    // fail the same way. Say which key, and stop with an exit of its own (EX_DATAERR).
    process.stderr.write(`refusing to start: ${error.message}\n`);
    await app.close().catch(() => undefined);
    process.exit(KEY_MISMATCH_EXIT_CODE);
  });
  new Logger(service.name).log(`listening on port ${config.HTTP_PORT}`);
}
