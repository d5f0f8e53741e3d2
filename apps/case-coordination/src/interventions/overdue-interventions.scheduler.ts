import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock, JobScheduler, SERVICE_CONFIG } from '@ssp/platform';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { OverdueInterventionsService } from './overdue-interventions.service';

/**
 * Reports overdue interventions at `OVERDUE_INTERVENTIONS_TIME` (Danish time, by default just
 * after the midnight at which a deadline passes), on one replica, and at start-up if that
 * day's run was missed. Each intervention is reported once however often it runs.
 */
@Injectable()
export class OverdueInterventionsScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly overdue: OverdueInterventionsService,
    private readonly scheduler: JobScheduler,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: CaseCoordinationConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.scheduler.start({
      name: 'overdue-interventions',
      schedule: this.config.OVERDUE_INTERVENTIONS_TIME,
      run: () => this.overdue.reportOverdue(this.clock.now()),
    });
  }
}
