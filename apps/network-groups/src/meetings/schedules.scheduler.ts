import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock, runPeriodically, type PeriodicJob } from '@ssp/platform';
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
  private jobs: PeriodicJob[] = [];

  constructor(
    private readonly schedules: SchedulesService,
    private readonly notices: MeetingNoticesService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A first meeting that is not a Monday stops the start, naming the setting.
    await this.schedules.ensureMondayGroupSchedule();
    const calendar = runPeriodically(HOUR_MS, () => this.schedules.materialise(this.clock.now()), (error) =>
      this.logger.error(`putting meetings of schedules in the calendar failed: ${String(error)}`),
    );
    const dueItems = runPeriodically(HOUR_MS, () => this.notices.notifyDueActionItems(danishToday(this.clock.now())), (error) =>
      this.logger.error(`telling owners of action items due failed: ${String(error)}`),
    );
    this.jobs = [calendar, dueItems];
    // The calendar is there when the service is up.
    await calendar.firstRun;
  }

  onApplicationShutdown(): void {
    for (const job of this.jobs) job.stop();
  }
}
