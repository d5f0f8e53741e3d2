import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock, JobScheduler, SERVICE_CONFIG } from '@ssp/platform';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { RetentionService } from './retention.service';

/**
 * Runs the retention job once a day at `RETENTION_TIME` (Danish time), on one replica; a
 * service that was down at that time runs the day's job when it starts.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly retention: RetentionService,
    private readonly scheduler: JobScheduler,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: CaseCoordinationConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.scheduler.start({ name: 'retention', schedule: this.config.RETENTION_TIME, run: () => this.retention.eraseExpired(this.clock.now()) });
  }
}
