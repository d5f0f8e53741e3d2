import { DECISION_KINDS, INCIDENT_ROLES, INITIATIVE_KIND_DA, INITIATIVE_KINDS } from '@ssp/contracts';
import type { ReferenceEntry, ReferenceNames } from '@ssp/platform';
import { AGE_BANDS } from '../rules/age-bands';

/** What incidents can be broken down by, with the read model's column for each. */
export const DIMENSIONS = ['area', 'offenceCategory', 'ageBand', 'role'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_COLUMNS: Record<Dimension, string> = {
  area: 'area_id',
  offenceCategory: 'offence_category',
  ageBand: 'age_band',
  role: 'role',
};

/** The values a row key column can have, in display order, with Danish labels. */
export interface KeyColumn {
  id: string;
  /** Heading in exports (Danish). */
  heading: string;
  values: readonly { id: string; da: string }[];
  /** Values that are no longer in the catalogue (a withdrawn area): labelled where counted, not listed where not. */
  formerValues?: readonly { id: string; da: string }[];
}

const ROLE_LABELS: Record<(typeof INCIDENT_ROLES)[number], string> = {
  suspect: 'Mistænkt',
  charged: 'Sigtet',
  victim: 'Forurettet',
  witness: 'Vidne',
  concern: 'Bekymring',
};

const AGE_BAND_COLUMN: KeyColumn = { id: 'ageBand', heading: 'Aldersgruppe', values: AGE_BANDS.map((band) => ({ id: band.id, da: band.da })) };
const ROLE_COLUMN: KeyColumn = { id: 'role', heading: 'Rolle', values: INCIDENT_ROLES.map((role) => ({ id: role, da: ROLE_LABELS[role] })) };

const labelled = (entries: readonly ReferenceEntry[]) => entries.map((entry) => ({ id: entry.id, da: entry.name }));

/** The columns of the dimensions, the areas and offence categories as the reference data has them now (`names`). */
export function keyColumnsOf(names: ReferenceNames): Record<Dimension, KeyColumn> {
  const withdrawn = (entries: readonly ReferenceEntry[]) => labelled(entries.filter((entry) => entry.withdrawn));
  return {
    area: { id: 'area', heading: 'Område', values: [...labelled(names.currentAreas()), { id: 'unknown', da: 'Ukendt område' }], formerValues: withdrawn(names.areas) },
    offenceCategory: {
      id: 'offenceCategory',
      heading: 'Kategori',
      values: labelled(names.offenceCategories.filter((category) => !category.withdrawn)),
      formerValues: withdrawn(names.offenceCategories),
    },
    ageBand: AGE_BAND_COLUMN,
    role: ROLE_COLUMN,
  };
}

const DECISION_LABELS: Record<(typeof DECISION_KINDS)[number], string> = {
  'no-action': 'Ingen handling',
  'concern-conversation': 'Bekymringssamtale',
  'notify-family-department': 'Underretning til familieafdelingen',
  referral: 'Henvisning',
  'follow-up-next-meeting': 'Opfølgning på næste møde',
};


export const DECISION_KIND_COLUMN: KeyColumn = { id: 'decision', heading: 'Beslutning', values: DECISION_KINDS.map((kind) => ({ id: kind, da: DECISION_LABELS[kind] })) };
/** The kinds' Danish names (network groups' words) as they head a row. */
const asHeading = (text: string) => text.charAt(0).toLocaleUpperCase('da-DK') + text.slice(1);

export const INITIATIVE_KIND_COLUMN: KeyColumn = { id: 'kind', heading: 'Type', values: INITIATIVE_KINDS.map((kind) => ({ id: kind, da: asHeading(INITIATIVE_KIND_DA[kind]) })) };
/** Bodies are whatever ids the meetings name; network groups own their names. */
export const BODY_COLUMN: KeyColumn = { id: 'body', heading: 'Organ', values: [] };

/** Rows that are measures (flagged, reviewed, ...) rather than values of a dimension. */
export function measureColumn(values: readonly { id: string; da: string }[]): KeyColumn {
  return { id: 'measure', heading: 'Mål', values };
}

/** The Danish label of a value; ids the catalogue does not know (a body) are shown as they are. */
export function labelOf(column: KeyColumn, id: string): string {
  return (column.values.find((value) => value.id === id) ?? column.formerValues?.find((value) => value.id === id))?.da ?? id;
}

/** Display order: the catalogue's order, then unknown ids alphabetically. */
export function orderOf(column: KeyColumn, id: string): [number, string] {
  const index = column.values.findIndex((value) => value.id === id);
  return [index === -1 ? column.values.length : index, id];
}
