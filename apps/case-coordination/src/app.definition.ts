import { ServiceName } from '@ssp/contracts';
import { identityKeysOf, searchIndexKeyOf, type ServiceDefinition } from '@ssp/platform';
import { CaseCoordinationConfig } from './case-coordination.config';
import { SCHEMA } from './database/schema';
import { DuplicatesModule } from './duplicates/duplicates.module';
import { InterventionsModule } from './interventions/interventions.module';
import { MeetingsModule } from './meetings/meetings.module';
import { NotesModule } from './notes/notes.module';
import { PersonsModule } from './persons/persons.module';

export const APP: ServiceDefinition<CaseCoordinationConfig> = {
  name: ServiceName.caseCoordination,
  title: 'Case coordination',
  description: "Persons of concern, cases, the Monday group's agenda and decisions, interventions, access log and retention.",
  configClass: CaseCoordinationConfig,
  schema: SCHEMA,
  // Decrypts identities and keeps their blind search index; the pseudonym key stays with ingestion.
  keys: (config) => [...identityKeysOf(config.IDENTITY_KEYS), searchIndexKeyOf(config.SEARCH_INDEX_KEY)],
  // Duplicates first: its /persons/duplicates must match before /persons/:pseudonym.
  features: [DuplicatesModule, PersonsModule, NotesModule, MeetingsModule, InterventionsModule],
};
