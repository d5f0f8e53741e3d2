/**
 * The services' HTTP APIs as TypeScript types, generated from the OpenAPI documents in
 * docs/openapi/ (npm run api-client; `npm run openapi` regenerates both): for the web app and
 * any other municipal frontend. `paths` gives each route's parameters and answers,
 * `components['schemas']` the bodies, e.g. `CaseCoordination.components['schemas']['AgendaDto']`.
 */
export type * as CaseCoordination from './case-coordination';
export type * as NetworkGroups from './network-groups';
export type * as PoliceListIngestion from './police-list-ingestion';
export type * as Reporting from './reporting';
