import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock, runPeriodically, type PeriodicJob } from '@ssp/platform';
import { RetentionService } from './retention.service';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs the retention job once a day (and once at start-up, so a restart never skips a day). */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('retention');
  private job?: PeriodicJob;

  constructor(
    private readonly retention: RetentionService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.job = runPeriodically(DAY_MS, () => this.retention.eraseExpired(this.clock.now()), (error) => this.logger.error(`retention run failed: ${String(error)}`));
  }

  onApplicationShutdown(): void {
    this.job?.stop();
  }
}
