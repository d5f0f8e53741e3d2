import { ServiceName } from '@ssp/contracts';
import type { ServiceDefinition } from '@ssp/platform';
import { ReportingConfig } from './reporting.config';
import { SCHEMA } from './database/schema';
import { PoliceListsModule } from './police-lists/police-lists.module';

export const APP: ServiceDefinition<ReportingConfig> = {
  name: ServiceName.reporting,
  title: 'Reporting',
  description:
    'Read models rebuilt from the topics, statistics with small-number suppression, exports and metrics.',
  configClass: ReportingConfig,
  schema: SCHEMA,
  features: [PoliceListsModule],
};
