import type { Reporting } from '@ssp/api-client';

type Schemas = Reporting.components['schemas'];

/** One of reporting's statistic tables, as docs/openapi/reporting.json describes it (libs/api-client). */
export type StatisticTable = Schemas['StatisticTableDto'];
export type StatisticRow = Schemas['StatisticRowDto'];
export type StatisticName = StatisticTable['statistic'];
