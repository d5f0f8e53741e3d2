import type { IncidentRole } from '@ssp/contracts/events/incident-recorded.event';
import { DEFAULT_AREAS, DEFAULT_OFFENCE_CATEGORIES } from '@ssp/contracts/reference/reference-data';

/** A young person's part in an incident, as the police lists and the Monday group say it. */
export const INCIDENT_ROLE_NAMES: Readonly<Record<IncidentRole, string>> = {
  suspect: 'mistænkt',
  charged: 'sigtet',
  victim: 'forurettet',
  witness: 'vidne',
  concern: 'bekymring',
};

/** The Danish name of an offence category from the reference table; the id itself when the table does not know it. */
export function offenceCategoryName(categoryId: string): string {
  return DEFAULT_OFFENCE_CATEGORIES.find((category) => category.id === categoryId)?.da ?? categoryId;
}

/** The name of a local area from the reference table; "ukendt område" for `unknown`, the id itself when the table does not know it. */
export function areaName(areaId: string): string {
  if (areaId === 'unknown') return 'ukendt område';
  return DEFAULT_AREAS.find((area) => area.id === areaId)?.name ?? areaId;
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
