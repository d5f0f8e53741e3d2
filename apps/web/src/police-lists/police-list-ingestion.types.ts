import type { PoliceListIngestion } from '@ssp/api-client';

type Schemas = PoliceListIngestion.components['schemas'];

/** Police-list ingestion's answers about lists, as docs/openapi/police-list-ingestion.json describes them (libs/api-client). */
export type PoliceListSummary = Schemas['PoliceListSummaryDto'];
export type PoliceListPage = Schemas['PoliceListPageDto'];
export type RowError = Schemas['RowErrorDto'];
export type RowErrorPage = Schemas['RowErrorPageDto'];
