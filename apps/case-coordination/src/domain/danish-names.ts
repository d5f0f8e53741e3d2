import type { IncidentRole } from '@ssp/contracts/events/incident-recorded.event';

/** A young person's part in an incident, as the police lists and the Monday group say it. */
export const INCIDENT_ROLE_NAMES: Readonly<Record<IncidentRole, string>> = {
  suspect: 'mistænkt',
  charged: 'sigtet',
  victim: 'forurettet',
  witness: 'vidne',
  concern: 'bekymring',
};

/**
 * The names of the areas and offence categories, from this service's copy of the ingestion's
 * tables (the platform's ReferenceNames): an id it does not know is shown as it is.
 */
export interface ReferenceNaming {
  area(areaId: string): string;
  offenceCategory(categoryId: string): string;
}

/** The name of a local area; "ukendt område" for `unknown`, which no row's postal code or school placed. */
export function areaName(areaId: string, names: ReferenceNaming): string {
  return areaId === 'unknown' ? 'ukendt område' : names.area(areaId);
}

/** Where an incident stands with the Monday group: not yet seen, seen at a meeting, or history from before the baseline date. */
export type IncidentReview = 'new' | 'reviewed' | 'before-baseline';

export const INCIDENT_REVIEW_NAMES: Readonly<Record<IncidentReview, string>> = {
  new: 'ny – ikke gennemgået af Mandagsgruppen',
  reviewed: 'gennemgået af Mandagsgruppen',
  'before-baseline': 'historik fra før dagsordenens startdato – giver ingen markering',
};

export function incidentReview(reviewed: boolean, beforeBaseline: boolean): IncidentReview {
  return beforeBaseline ? 'before-baseline' : reviewed ? 'reviewed' : 'new';
}
