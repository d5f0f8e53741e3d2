import { ServiceName } from '@ssp/contracts';
import { IdentityCipher, identityKeysOf, ReferenceDataModule, searchIndexKeyOf, type ServiceDefinition } from '@ssp/platform';
import { CaseCoordinationConfig } from './case-coordination.config';
import { ConcernsModule } from './concerns/concerns.module';
import { SCHEMA } from './database/schema';
import { DuplicatesModule } from './duplicates/duplicates.module';
import { InterventionsModule } from './interventions/interventions.module';
import { MeetingsModule } from './meetings/meetings.module';
import { MondayMeetingsModule } from './monday-meetings/monday-meetings.module';
import { NotesModule } from './notes/notes.module';
import { PersonsModule } from './persons/persons.module';
import { searchIndexMadeWith } from './persons/search-index-key-check';

export const APP: ServiceDefinition<CaseCoordinationConfig> = {
  name: ServiceName.caseCoordination,
  title: 'Case coordination',
  description: "Persons of concern, cases, the Monday group's agenda and decisions, interventions, access log and retention.",
  configClass: CaseCoordinationConfig,
  schema: SCHEMA,
  // Decrypts identities and keeps their blind search index; the pseudonym key stays with ingestion.
  keys: (config) => {
    const searchIndexKey = searchIndexKeyOf(config.SEARCH_INDEX_KEY);
    const cipher = IdentityCipher.fromConfig(config.IDENTITY_KEYS, config.IDENTITY_ACTIVE_KEY_ID);
    return [...identityKeysOf(config.IDENTITY_KEYS), { ...searchIndexKey, fitsData: (manager) => searchIndexMadeWith(manager, searchIndexKey.key, cipher) }];
  },
  // Duplicates first: its /persons/duplicates must match before /persons/:pseudonym.
  features: [DuplicatesModule, PersonsModule, ConcernsModule, NotesModule, MeetingsModule, MondayMeetingsModule, InterventionsModule, ReferenceDataModule],
};
