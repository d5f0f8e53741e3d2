import { ServiceName } from '@ssp/contracts';
import type { ServiceDefinition } from '@ssp/platform';
import { CaseCoordinationConfig } from './case-coordination.config';
import { SCHEMA } from './database/schema';
import { PersonsModule } from './persons/persons.module';

export const APP: ServiceDefinition<CaseCoordinationConfig> = {
  name: ServiceName.caseCoordination,
  title: 'Case coordination',
  description: "Persons of concern, cases, the Monday group's agenda and decisions, interventions, access log and retention.",
  configClass: CaseCoordinationConfig,
  schema: SCHEMA,
  features: [PersonsModule],
};
