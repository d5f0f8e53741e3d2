import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock, SERVICE_CONFIG } from '@ssp/platform';
import type { NetworkGroupsConfig } from '../../network-groups.config';
import { nextDigestAt } from './digest-schedule';
import { DigestService } from './digest.service';

/** Clocks and timers drift, and a sleeping host wakes late: never wait longer than this at once. */
const MAX_WAIT_MS = 60 * 60 * 1000;

/**
 * Queues the digests at start-up (a service that was down at the digest time catches up)
 * and then at each digest time, which it works out anew every day because summer time moves it.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('notification-digest');
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly digests: DigestService,
    @Inject(SERVICE_CONFIG) private readonly config: NetworkGroupsConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    void this.tick();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async tick(): Promise<void> {
    await this.digests.queueDue(this.clock.now()).catch((error: unknown) => this.logger.error(`digest run failed: ${String(error)}`));
    if (this.stopped) return;
    const now = this.clock.now();
    const wait = Math.min(Math.max(nextDigestAt(now, this.config.NOTIFICATION_DIGEST_TIME).getTime() - now.getTime(), 0), MAX_WAIT_MS);
    this.timer = setTimeout(() => void this.tick(), wait);
    this.timer.unref();
  }
}
