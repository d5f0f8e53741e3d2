import { Module } from '@nestjs/common';
import { AgendaController } from '../agenda/agenda.controller';
import { AgendaRepository } from '../agenda/agenda.repository';
import { AgendaService } from '../agenda/agenda.service';
import { RetentionScheduler } from '../retention/retention.scheduler';
import { RetentionController } from '../retention/retention.controller';
import { RetentionService } from '../retention/retention.service';
import { DataSubjectRequestsModule } from '../erasure/data-subject-requests.module';
import { IncidentRecordedHandler } from './incident-recorded.handler';
import { PersonDataModule } from './person-data.module';
import { PersonIdentityHandler } from './person-identity.handler';
import { PersonReviewService } from './person-review.service';
import { PersonSearchIndex } from './person-search-index.service';
import { PersonSearchController } from './person-search.controller';
import { PersonSearchService } from './person-search.service';
import { PersonsController } from './persons.controller';

@Module({
  imports: [PersonDataModule, DataSubjectRequestsModule],
  controllers: [PersonSearchController, PersonsController, AgendaController, RetentionController],
  providers: [
    IncidentRecordedHandler,
    PersonIdentityHandler,
    PersonReviewService,
    PersonSearchIndex,
    PersonSearchService,
    AgendaService,
    AgendaRepository,
    RetentionService,
    RetentionScheduler,
  ],
  exports: [PersonReviewService, AgendaService],
})
export class PersonsModule {}
