import { Module } from '@nestjs/common';
import { AssessmentsController } from './assessments.controller';
import { PersonDataModule } from '../persons/person-data.module';
import { ReferralsModule } from '../referrals/referrals.module';
import { CaseLifecycleService } from './case-lifecycle.service';
import { CaseReopeningController } from './case-reopening.controller';
import { CaseReopeningService } from './case-reopening.service';
import { DecisionsController } from './decisions.controller';
import { DecisionsService } from './decisions.service';

/** The Monday group's decisions about persons and reopenings of their cases, and the case lifecycle they (and interventions) drive. */
@Module({
  imports: [PersonDataModule, ReferralsModule],
  controllers: [DecisionsController, AssessmentsController, CaseReopeningController],
  providers: [DecisionsService, CaseReopeningService, CaseLifecycleService],
  exports: [CaseLifecycleService],
})
export class MeetingsModule {}
