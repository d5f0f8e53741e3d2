import type { ServiceSchema } from '@ssp/platform';
import { PoliceListSummaryEntity } from '../police-lists/police-list-summary.entity';
import { CreatePoliceListSummary1763800000100 } from './migrations/1763800000100-create-police-list-summary.migration';

export const SCHEMA: ServiceSchema = {
  entities: [PoliceListSummaryEntity],
  migrations: [CreatePoliceListSummary1763800000100],
};
