import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { RetentionService } from './retention.service';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs the retention job once a day (and once at start-up, so a restart never skips a day). */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('retention');
  private timer?: NodeJS.Timeout;

  constructor(private readonly retention: RetentionService) {}

  onApplicationBootstrap(): void {
    const run = () => void this.retention.eraseExpired(new Date()).catch((error: unknown) => this.logger.error(`retention run failed: ${String(error)}`));
    run();
    this.timer = setInterval(run, DAY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
