import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock, runPeriodically, type PeriodicJob } from '@ssp/platform';
import { OverdueInterventionsService } from './overdue-interventions.service';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Runs the overdue report at start-up and then every hour: a deadline passes at midnight in
 * Copenhagen, and an hourly run reports it within the hour whatever time the service started.
 * Each intervention is reported once however often it runs.
 */
@Injectable()
export class OverdueInterventionsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('overdue-interventions');
  private job?: PeriodicJob;

  constructor(
    private readonly overdue: OverdueInterventionsService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.job = runPeriodically(HOUR_MS, () => this.overdue.reportOverdue(this.clock.now()), (error) => this.logger.error(`overdue run failed: ${String(error)}`));
  }

  onApplicationShutdown(): void {
    this.job?.stop();
  }
}
