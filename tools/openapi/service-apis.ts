import type { ServiceDefinition } from '@ssp/platform';
import path from 'node:path';
import { APP as CASE_COORDINATION } from '../../apps/case-coordination/src/app.definition';
import { APP as NETWORK_GROUPS } from '../../apps/network-groups/src/app.definition';
import { APP as POLICE_LIST_INGESTION } from '../../apps/police-list-ingestion/src/app.definition';
import { APP as REPORTING } from '../../apps/reporting/src/app.definition';

export const SERVICE_DEFINITIONS: ServiceDefinition[] = [POLICE_LIST_INGESTION, CASE_COORDINATION, NETWORK_GROUPS, REPORTING];

/** Where each service's committed OpenAPI document lives. */
export function openApiFileOf(service: ServiceDefinition): string {
  return path.resolve(__dirname, '../../docs/openapi', `${service.name}.json`);
}
