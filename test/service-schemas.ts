import type { ServiceSchema } from '@ssp/platform';
import { SCHEMA as caseCoordination } from '../apps/case-coordination/src/database/schema';
import { SCHEMA as networkGroups } from '../apps/network-groups/src/database/schema';
import { SCHEMA as policeListIngestion } from '../apps/police-list-ingestion/src/database/schema';
import { SCHEMA as reporting } from '../apps/reporting/src/database/schema';

export const SERVICE_SCHEMAS: Record<string, ServiceSchema> = {
  'police-list-ingestion': policeListIngestion,
  'case-coordination': caseCoordination,
  'network-groups': networkGroups,
  reporting,
};
