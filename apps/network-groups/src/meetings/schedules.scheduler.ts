import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock, JobScheduler, SERVICE_CONFIG } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import type { NetworkGroupsConfig } from '../network-groups.config';
import { MeetingNoticesService } from './meeting-notices.service';
import { SchedulesService } from './schedules.service';

/**
 * Seeds the Monday group's schedule and tops up the calendar to the horizon, every hour by
 * default (`MEETING_CALENDAR_TIME`): the horizon moves on a day at midnight in Copenhagen.
 * Owners of action items whose deadline has come are told every hour too
 * (`ACTION_ITEMS_DUE_TIME`), since an item may be written with today's deadline. Each runs
 * on one replica per hour, and at start-up if no replica ran the current hour.
 */
@Injectable()
export class SchedulesScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly schedules: SchedulesService,
    private readonly notices: MeetingNoticesService,
    private readonly scheduler: JobScheduler,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: NetworkGroupsConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A first meeting that is not a Monday stops the start, naming the setting.
    await this.schedules.ensureMondayGroupSchedule();
    const calendar = this.scheduler.start({ name: 'meeting-calendar', schedule: this.config.MEETING_CALENDAR_TIME, run: () => this.schedules.materialise(this.clock.now()) });
    void this.scheduler.start({
      name: 'action-items-due',
      schedule: this.config.ACTION_ITEMS_DUE_TIME,
      run: () => this.notices.notifyDueActionItems(danishToday(this.clock.now())),
    });
    // The calendar is there when the service is up (unless another replica is still filling it).
    await calendar;
  }
}
