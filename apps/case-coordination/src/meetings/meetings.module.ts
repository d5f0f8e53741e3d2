import { Module } from '@nestjs/common';
import { PersonDataModule } from '../persons/person-data.module';
import { CaseLifecycleService } from './case-lifecycle.service';
import { DecisionsController } from './decisions.controller';
import { DecisionsService } from './decisions.service';

/** The Monday group's decisions about persons, and the case lifecycle they (and interventions) drive. */
@Module({
  imports: [PersonDataModule],
  controllers: [DecisionsController],
  providers: [DecisionsService, CaseLifecycleService],
  exports: [CaseLifecycleService],
})
export class MeetingsModule {}
