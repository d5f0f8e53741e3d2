import { Module, type DynamicModule, type ForwardReference, type Type } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ServiceName } from '@ssp/contracts';
import type { ServiceConfig } from '../config/service.config';
import { KafkaBatchServer } from '../consumer/kafka-batch.server';
import { serviceDataSourceOptions, type ServiceSchema } from '../database/data-source-options';
import { HealthController } from '../health/health.controller';
import { KafkaHealthIndicator } from '../health/kafka.health';
import { MigrationsHealthIndicator } from '../health/migrations.health';
import { createKafkaClient } from '../kafka/kafka-client';
import { TopicNamespace } from '../kafka/topic-namespace';
import { MetricsController } from '../metrics/metrics.controller';
import { MetricsServer } from '../metrics/metrics.server';
import { MetricsService } from '../metrics/metrics.service';
import { OperationsMetricsCollector } from '../metrics/operations-metrics.collector';
import { OutboxService } from '../outbox/outbox.service';
import { AuditLogController } from '../audit/audit-log.controller';
import { DeadLetterResender } from '../dead-letters/dead-letter-resender';
import { DeadLetterRetention } from '../dead-letters/dead-letter-retention';
import { OperationsController } from '../dead-letters/operations.controller';
import { OperationsStatus } from '../dead-letters/operations-status';
import { AuditLogService } from '../audit/audit-log.service';
import { AccessGuard, AuthenticationGuard } from '../auth/access.guard';
import { RouteProtectionCheck } from '../auth/route-protection.check';
import { TokenVerifier } from '../auth/token-verifier';
import { MembershipDirectory } from '../memberships/membership-directory';
import { MembershipHandler } from '../memberships/membership.handler';
import { AddressThrottlerGuard, SubjectThrottlerGuard } from '../rate-limit/rate-limit.guards';
import { rateLimitModule } from '../rate-limit/rate-limit.module';
import { MediaTypeInterceptor } from '../http/media-type';
import { JobScheduler } from '../schedule/job-scheduler';
import { ScheduledRunRepository } from '../schedule/scheduled-run.repository';
import { Clock, SystemClock } from '../time/clock';
import { EventBackboneLifecycle } from './event-backbone.lifecycle';
import type { ConfiguredKey } from '../privacy/key-check';
import { CONFIGURED_KEYS, KAFKA_CLIENT, SERVICE_CONFIG, SERVICE_NAME, TOPIC_NAMESPACE } from './tokens';

export type ModuleImport = Type | DynamicModule | Promise<DynamicModule> | ForwardReference;

export interface PlatformModuleOptions {
  service: ServiceName;
  config: ServiceConfig;
  schema: ServiceSchema;
  /** The service's own feature modules. */
  features: ModuleImport[];
  /** Where the service reads the time; the machine's clock unless a test sets the day. */
  clock?: Clock;
  /** The keys the service holds, refused at start-up if they do not fit its data. */
  keys?: ConfiguredKey[];
}

/**
 * The root of every service: its database, Kafka, the outbox and consumer, health and
 * metrics, and the service's feature modules on top.
 */
@Module({})
export class PlatformModule {
  static forService({ service, config, schema, features, clock = new SystemClock(), keys = [] }: PlatformModuleOptions): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [
        DiscoveryModule,
        TerminusModule,
        TypeOrmModule.forRoot(serviceDataSourceOptions(config.DATABASE_URL, schema)),
        rateLimitModule(config),
        ...features,
      ],
      controllers: [HealthController, ...(config.METRICS_PORT === 0 ? [MetricsController] : []), AuditLogController, OperationsController],
      providers: [
        { provide: SERVICE_NAME, useValue: service },
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
        { provide: CONFIGURED_KEYS, useValue: keys },
        { provide: TOPIC_NAMESPACE, useValue: new TopicNamespace(config.KAFKA_TOPIC_NAMESPACE) },
        { provide: KAFKA_CLIENT, useFactory: () => createKafkaClient(service, config) },
        MetricsService,
        OperationsMetricsCollector,
        OperationsStatus,
        DeadLetterResender,
        DeadLetterRetention,
        KafkaHealthIndicator,
        MigrationsHealthIndicator,
        MetricsServer,
        OutboxService,
        KafkaBatchServer,
        EventBackboneLifecycle,
        MembershipHandler,
        MembershipDirectory,
        {
          provide: TokenVerifier,
          useFactory: () => new TokenVerifier({ issuer: config.OIDC_ISSUER, audience: config.OIDC_AUDIENCE, jwksUri: config.OIDC_JWKS_URI }),
        },
        AuditLogService,
        ScheduledRunRepository,
        JobScheduler,
        RouteProtectionCheck,
        // In this order: a flood is cut off before any token is checked or audited, and one
        // signed-in person's before access is decided and audited.
        { provide: APP_GUARD, useClass: AddressThrottlerGuard },
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_GUARD, useClass: SubjectThrottlerGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: MediaTypeInterceptor },
      ],
      exports: [SERVICE_NAME, SERVICE_CONFIG, Clock, TOPIC_NAMESPACE, KAFKA_CLIENT, MetricsService, OutboxService, KafkaBatchServer, AuditLogService, JobScheduler],
    };
  }
}
