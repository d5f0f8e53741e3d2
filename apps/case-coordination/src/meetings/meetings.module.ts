import { Module } from '@nestjs/common';
import { AccessLogService } from '../access-log/access-log.service';
import { CaseLifecycleService } from './case-lifecycle.service';
import { DecisionsController } from './decisions.controller';
import { DecisionsService } from './decisions.service';

/** The Monday group's decisions about persons, and the case lifecycle they (and interventions) drive. */
@Module({
  controllers: [DecisionsController],
  providers: [DecisionsService, CaseLifecycleService, AccessLogService],
  exports: [CaseLifecycleService],
})
export class MeetingsModule {}
