import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { PersonDataModule } from '../persons/person-data.module';
import { DueSoonInterventionsService } from './due-soon-interventions.service';
import { InterventionsController } from './interventions.controller';
import { InterventionsService } from './interventions.service';
import { OverdueInterventionsScheduler } from './overdue-interventions.scheduler';
import { OverdueInterventionsService } from './overdue-interventions.service';

/** Interventions agreed for persons, their owners, their progress, the follow-up lists, the reminders and the overdue report. */
@Module({
  imports: [MeetingsModule, PersonDataModule],
  controllers: [InterventionsController],
  providers: [InterventionsService, OverdueInterventionsService, DueSoonInterventionsService, OverdueInterventionsScheduler],
})
export class InterventionsModule {}
