import type { PoliceListIngestion } from '@ssp/api-client';

type Schemas = PoliceListIngestion.components['schemas'];

/** Police-list ingestion's area and offence-category tables (libs/api-client). */
export type Area = Schemas['AreaDto'];
export type AreaTable = Schemas['AreaTableDto'];
export type AreaTableChanged = Schemas['AreaTableChangedDto'];
export type OffenceCategory = Schemas['OffenceCategoryDto'];
export type OffenceCategoryTable = Schemas['OffenceCategoryTableDto'];
export type OffenceCategoryTableChanged = Schemas['OffenceCategoryTableChangedDto'];
