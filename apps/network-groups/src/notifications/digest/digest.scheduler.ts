import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock, JobScheduler, SERVICE_CONFIG } from '@ssp/platform';
import type { NetworkGroupsConfig } from '../../network-groups.config';
import { DigestService } from './digest.service';

/**
 * Queues the digests at each digest time (`NOTIFICATION_DIGEST_TIME`, Danish time, so 23 or
 * 25 hours apart when summer time begins or ends), on one replica; a service that was down
 * at the digest time catches up when it starts.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly digests: DigestService,
    private readonly scheduler: JobScheduler,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: NetworkGroupsConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.scheduler.start({ name: 'notification-digest', schedule: this.config.NOTIFICATION_DIGEST_TIME, run: () => this.digests.queueDue(this.clock.now()) });
  }
}
