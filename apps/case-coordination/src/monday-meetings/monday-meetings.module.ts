import { Module } from '@nestjs/common';
import { PersonDataModule } from '../persons/person-data.module';
import { PersonsModule } from '../persons/persons.module';
import { MondayMeetingScheduledHandler } from './monday-meeting-scheduled.handler';
import { MondayMeetingsController } from './monday-meetings.controller';
import { MondayMeetingsService } from './monday-meetings.service';

/** The Monday group's meeting record: frozen agenda, items' outcomes, approved minutes (HTML and PDF). */
@Module({
  imports: [PersonDataModule, PersonsModule],
  controllers: [MondayMeetingsController],
  providers: [MondayMeetingsService, MondayMeetingScheduledHandler],
})
export class MondayMeetingsModule {}
