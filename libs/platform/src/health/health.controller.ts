import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../auth/access.decorators';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { KafkaHealthIndicator } from './kafka.health';
import { MigrationsHealthIndicator } from './migrations.health';

/**
 * Kubernetes' probes call these without a token; they say up or down and nothing else.
 * HTTP is served only once start-up is done (migrations, topics, consumer), so `live`
 * answering also tells the startup probe that the service has started.
 */
@ApiExcludeController()
@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly kafka: KafkaHealthIndicator,
    private readonly migrations: MigrationsHealthIndicator,
  ) {}

  /**
   * The process only: an outage of the database or Kafka must not restart every pod (the
   * consumer and the outbox relay reconnect by themselves); readiness takes the pod out.
   */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Whether to send it requests: the database answers, Kafka answers, no migration is pending. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 3000 }),
      () => this.kafka.isHealthy('kafka'),
      () => this.migrations.isApplied('migrations'),
    ]);
  }
}
