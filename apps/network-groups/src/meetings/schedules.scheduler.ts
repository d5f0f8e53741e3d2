import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { danishToday } from '@ssp/platform/time';
import { MeetingNoticesService } from './meeting-notices.service';
import { SchedulesService } from './schedules.service';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Seeds the Monday group's schedule and tops up the calendar to the horizon at start-up, then
 * every hour: the horizon moves on a day at midnight in Copenhagen, and an hourly run adds the
 * new day's meetings within the hour. The same run tells owners of action items whose
 * deadline has come. Runs on every replica; an occurrence is added, and an owner told, once.
 */
@Injectable()
export class SchedulesScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('meeting-schedules');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly schedules: SchedulesService,
    private readonly notices: MeetingNoticesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A first meeting that is not a Monday stops the start, naming the setting.
    await this.schedules.ensureMondayGroupSchedule();
    await this.run();
    this.timer = setInterval(() => void this.run(), HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async run(): Promise<void> {
    try {
      await this.schedules.materialise(new Date());
    } catch (error) {
      this.logger.error(`putting meetings of schedules in the calendar failed: ${String(error)}`);
    }
    try {
      await this.notices.notifyDueActionItems(danishToday());
    } catch (error) {
      this.logger.error(`telling owners of action items due failed: ${String(error)}`);
    }
  }
}
