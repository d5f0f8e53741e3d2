import { Module } from '@nestjs/common';
import { AccessLogService } from '../access-log/access-log.service';
import { AgendaController } from '../agenda/agenda.controller';
import { AgendaService } from '../agenda/agenda.service';
import { RetentionScheduler } from '../retention/retention.scheduler';
import { RetentionService } from '../retention/retention.service';
import { IdentityReaderService } from './identity-reader.service';
import { IncidentRecordedHandler } from './incident-recorded.handler';
import { PersonIdentityHandler } from './person-identity.handler';
import { PersonReviewService } from './person-review.service';
import { PersonsController } from './persons.controller';

@Module({
  controllers: [PersonsController, AgendaController],
  providers: [
    IncidentRecordedHandler,
    PersonIdentityHandler,
    PersonReviewService,
    IdentityReaderService,
    AccessLogService,
    AgendaService,
    RetentionService,
    RetentionScheduler,
  ],
})
export class PersonsModule {}
