import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock, JobScheduler, SERVICE_CONFIG } from '@ssp/platform';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { DueSoonInterventionsService } from './due-soon-interventions.service';
import { OverdueInterventionsService } from './overdue-interventions.service';

/**
 * Reports overdue interventions, and reminds the responsibles of those due soon, at
 * `OVERDUE_INTERVENTIONS_TIME` (Danish time, by default just after the midnight at which a
 * deadline passes), in one job, on one replica, and at start-up if that day's run was missed.
 * Each intervention is reported once, and reminded once, however often it runs; a failed
 * reminder runs the slot again, which reports nothing twice.
 */
@Injectable()
export class OverdueInterventionsScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly overdue: OverdueInterventionsService,
    private readonly dueSoon: DueSoonInterventionsService,
    private readonly scheduler: JobScheduler,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: CaseCoordinationConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.scheduler.start({
      name: 'overdue-interventions',
      schedule: this.config.OVERDUE_INTERVENTIONS_TIME,
      // One run for both: the job's name (and so its slots in scheduled_run) stays what it was.
      run: async () => {
        const now = this.clock.now();
        await this.overdue.reportOverdue(now);
        await this.dueSoon.remindDueSoon(now);
      },
    });
  }
}
