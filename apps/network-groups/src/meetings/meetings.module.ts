import { Module } from '@nestjs/common';
import { BodiesModule } from '../bodies/bodies.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AgendaService } from './agenda.service';
import { MeetingChangesRepository } from './meeting-changes.repository';
import { MeetingChangesService } from './meeting-changes.service';
import { MeetingNoticesService } from './meeting-notices.service';
import { MeetingRecordsService } from './meeting-records.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';
import { MondayMeetingRecordHandler } from './monday-meeting-record.handler';
import { NetworkGroupMeetingsController } from './network-group-meetings.controller';
import { SchedulesController } from './schedules.controller';
import { SchedulesScheduler } from './schedules.scheduler';
import { SchedulesRepository } from './schedules.repository';
import { SchedulesService } from './schedules.service';

/**
 * The bodies' meetings: recurring schedules and the meetings they put in the calendar,
 * agendas, attendance, minutes, decisions and action items. Other modules add agenda items
 * through AgendaService.addAgendaItemToNextMeeting; MeetingNoticesService tells members and owners.
 */
@Module({
  imports: [BodiesModule, NotificationsModule],
  controllers: [SchedulesController, MeetingsController, NetworkGroupMeetingsController],
  providers: [MeetingsService, MeetingChangesService, MeetingChangesRepository, AgendaService, MeetingRecordsService, SchedulesService, SchedulesRepository, SchedulesScheduler, MeetingNoticesService, MondayMeetingRecordHandler],
  exports: [MeetingsService, AgendaService, MeetingNoticesService],
})
export class MeetingsModule {}
