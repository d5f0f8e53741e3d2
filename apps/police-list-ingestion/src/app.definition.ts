import { ServiceName } from '@ssp/contracts';
import { identityKeysOf, pseudonymKeyOf, type ServiceDefinition } from '@ssp/platform';
import { getHeapStatistics } from 'node:v8';
import { heapProblems } from './memory-budget';
import { PoliceListIngestionConfig } from './police-list-ingestion.config';
import { SCHEMA } from './database/schema';
import { ConcernsModule } from './concerns/concerns.module';
import { PoliceListsModule } from './police-lists/police-lists.module';
import { upcastIncidentsCommand } from './upcast/upcast-incidents.command';

export const APP: ServiceDefinition<PoliceListIngestionConfig> = {
  name: ServiceName.policeListIngestion,
  title: 'Police-list ingestion',
  description:
    'Takes the police SSP lists (CSV/XLSX), validates every row, pseudonymises people and publishes incidents; takes the members\' concerns about children, pseudonymised the same way.',
  configClass: PoliceListIngestionConfig,
  schema: SCHEMA,
  keys: (config) => [pseudonymKeyOf(config.PSEUDONYM_KEY), ...identityKeysOf(config.IDENTITY_KEYS)],
  features: [PoliceListsModule, ConcernsModule],
  configProblems: (config) => heapProblems(config, getHeapStatistics().heap_size_limit),
  commands: {
    'upcast-incidents': {
      summary: 'copy the history of the retired ssp.incident.recorded.v1 to v2 (docs/operations.md)',
      run: (config, _args, print) => upcastIncidentsCommand(config, print),
    },
  },
};
