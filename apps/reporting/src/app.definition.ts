import { ServiceName } from '@ssp/contracts';
import type { ServiceDefinition } from '@ssp/platform';
import { ReportingConfig } from './reporting.config';
import { SCHEMA } from './database/schema';
import { ReadModelModule } from './read-model/read-model.module';
import { StatisticsModule } from './statistics/statistics.module';
import { DashboardModule } from './dashboard/dashboard.module';

export const APP: ServiceDefinition<ReportingConfig> = {
  name: ServiceName.reporting,
  title: 'Reporting',
  description:
    'Read models rebuilt from the topics, statistics with small-number suppression, exports and metrics.',
  configClass: ReportingConfig,
  schema: SCHEMA,
  features: [ReadModelModule, StatisticsModule, DashboardModule],
};
