import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';
import { SCHEDULE_PATTERN } from '../time/schedule';
import { KafkaSettings, splitList } from './kafka-settings';

/**
 * Settings every service reads from its environment. Each app extends it with its own
 * settings and its default HTTP port; topic names are never configuration.
 */
export abstract class ServiceConfig extends KafkaSettings {
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL!: string;

  @IsInt()
  @Min(1)
  @Max(5)
  KAFKA_REPLICATION_FACTOR: number = 1;

  /**
   * `run`: the service applies its pending migrations at start-up, under an advisory lock
   * (development, npm start, compose). `verify`: it never changes the schema; it waits at
   * start-up until the migrations are applied (by the `migrate` command, the Kubernetes
   * Job, as the schema owner; MigrateConfig) and is not ready while any are pending.
   */
  @IsIn(['run', 'verify'], { message: 'MIGRATIONS must be run or verify' })
  MIGRATIONS: 'run' | 'verify' = 'run';

  /** Each app overrides the default with its own port (3001 to 3004). */
  @IsInt()
  @Min(1)
  @Max(65535)
  HTTP_PORT: number = 3000;

  /**
   * A port of its own for GET /metrics, so that a network policy can let only the monitoring
   * namespace scrape it; 0 serves /metrics on HTTP_PORT beside the API (development).
   */
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT: number = 0;

  @IsString()
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsIn(['json', 'text'])
  LOG_FORMAT: 'json' | 'text' = 'json';

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /** How many times a consumer tries a failing message before it dead-letters it. */
  @IsInt()
  @Min(1)
  @Max(20)
  CONSUMER_MAX_ATTEMPTS: number = 5;

  /**
   * How many partitions a consumer works on at once, each batch in its own transaction.
   * Events are keyed by aggregate, so different partitions never touch the same rows.
   */
  @IsInt()
  @Min(1)
  @Max(16)
  CONSUMER_PARTITIONS_CONCURRENTLY: number = 3;

  /**
   * How long the broker keeps a consumer that stopped heartbeating (a killed process) in its
   * group, holding its partitions, before it hands them to the others. Kafka refuses less
   * than its group.min.session.timeout.ms (6 s by default) and more than its maximum.
   */
  @IsInt()
  @Min(6000)
  @Max(300000)
  CONSUMER_SESSION_TIMEOUT_MS: number = 30000;

  @IsInt()
  @Min(1)
  @Max(5000)
  OUTBOX_BATCH_SIZE: number = 500;

  /** The relay also wakes on NOTIFY; this is the fallback poll. */
  @IsInt()
  @Min(10)
  @Max(60000)
  OUTBOX_POLL_INTERVAL_MS: number = 1000;

  /**
   * The longest a periodic job's scheduler sleeps before it looks at the clock again: a host
   * that slept, or had its clock set, otherwise runs a job late by as much as it was off.
   */
  @IsInt({ message: 'SCHEDULER_MAX_WAIT_MS must be a whole number' })
  @Min(50)
  @Max(3_600_000)
  SCHEDULER_MAX_WAIT_MS: number = 3_600_000;

  /**
   * How long a waiting dead letter keeps its message (key and value) in the service's database,
   * counted from when it was first dead-lettered: as long as the `.dlq` topics keep theirs (the
   * broker's `log.retention.hours`, seven days by default). Then the row stays, marked, and
   * can only be discarded.
   */
  @IsInt({ message: 'DEAD_LETTER_RETENTION_DAYS must be a whole number of days' })
  @Min(1, { message: 'DEAD_LETTER_RETENTION_DAYS must be at least 1' })
  @Max(90, { message: 'DEAD_LETTER_RETENTION_DAYS must be at most 90' })
  DEAD_LETTER_RETENTION_DAYS: number = 7;

  /** When the dead letters' retention runs (Danish time, `HH:MM` daily or `*:MM` hourly). */
  @Matches(SCHEDULE_PATTERN, { message: 'DEAD_LETTER_RETENTION_TIME must be HH:MM or *:MM (Danish time)' })
  DEAD_LETTER_RETENTION_TIME: string = '*:17';

  /** The identity provider's issuer, exactly as in the tokens' `iss` claim. */
  @IsString()
  @MinLength(1, { message: 'OIDC_ISSUER must name the identity provider' })
  OIDC_ISSUER!: string;

  /** The audience the tokens must be issued for (`aud`). */
  @IsString()
  @MinLength(1, { message: 'OIDC_AUDIENCE must name this API' })
  OIDC_AUDIENCE!: string;

  /** Where the issuer's public keys are: its JWKS over https, or a file:// JWKS (development and tests). */
  @Matches(/^(https:\/\/|http:\/\/(localhost|127\.0\.0\.1)[:/]|file:\/\/\/)/, {
    message: 'OIDC_JWKS_URI must be an https:// URL (http:// only on localhost) or a file:/// path',
  })
  OIDC_JWKS_URI!: string;

  /** Origins browsers may call the API from; empty means no cross-origin calls. */
  @Transform(splitList)
  @IsUrl({ require_tld: false, require_protocol: true }, { each: true, message: 'CORS_ORIGINS must be a comma-separated list of origins' })
  CORS_ORIGINS: string[] = [];

  /** Requests per minute from one client address to one route before 429, for all replicas together. */
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE: number = 600;

  /**
   * Requests per minute from one signed-in subject (the token's `sub`) to one route before
   * 429, for all replicas together; counted after the token is verified.
   */
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_SUBJECT_PER_MINUTE: number = 300;

  /**
   * Proxies in front of the service (the ingress) whose X-Forwarded-For is believed; the
   * rate limit counts per client address, so behind an ingress this must be 1 or more.
   */
  @IsInt()
  @Min(0)
  @Max(5)
  TRUST_PROXY_HOPS: number = 0;

  /**
   * Where a caller's SSP bodies and areas come from: `registry`, network groups' registry
   * (topic ssp.registry.membership.v1), whatever the token claims; `token`, the token's `ssp_groups`
   * and `ssp_areas` claims, only while a deployment moves to the registry (docs/memberships.md).
   */
  @IsIn(['registry', 'token'], { message: 'MEMBERSHIP_SOURCE must be registry or token' })
  MEMBERSHIP_SOURCE: 'registry' | 'token' = 'registry';

  /** Largest JSON body accepted, in bytes. */
  @IsInt()
  @Min(1024)
  HTTP_JSON_BODY_LIMIT: number = 1_048_576;
}
