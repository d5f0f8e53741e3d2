import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
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
  private timer?: NodeJS.Timeout;

  constructor(private readonly overdue: OverdueInterventionsService) {}

  onApplicationBootstrap(): void {
    const run = () => void this.overdue.reportOverdue(new Date()).catch((error: unknown) => this.logger.error(`overdue run failed: ${String(error)}`));
    run();
    this.timer = setInterval(run, HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
