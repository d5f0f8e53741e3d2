import type { CaseCoordination } from '@ssp/api-client';

type Schemas = CaseCoordination.components['schemas'];

/** GET /meetings/next/agenda's answer, as docs/openapi/case-coordination.json describes it (libs/api-client). */
export type Agenda = CaseCoordination.paths['/meetings/next/agenda']['get']['responses'][200]['content']['application/json'];
export type AgendaItem = Schemas['AgendaItemDto'];
