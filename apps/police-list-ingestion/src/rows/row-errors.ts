import type { PoliceListField } from './police-list-field';

/** Stable English codes: the API and statistics rely on them; the Danish reason may be reworded. */
export const ROW_ERROR_CODES = [
  'cell-too-long',
  'journal-number-missing',
  'journal-number-too-long',
  'incident-date-missing',
  'incident-date-format',
  'incident-date-invalid',
  'incident-date-in-future',
  'incident-date-too-old',
  'incident-time-format',
  'incident-time-conflict',
  'offence-code-too-long',
  'offence-text-missing',
  'offence-text-too-long',
  'role-missing',
  'role-unknown',
  'cpr-or-birth-date-missing',
  'cpr-format',
  'cpr-invalid-date',
  'cpr-in-future',
  'cpr-too-old',
  'birth-date-format',
  'birth-date-invalid',
  'birth-date-in-future',
  'birth-date-too-old',
  'birth-date-mismatch',
  'born-after-incident',
  'name-missing',
  'name-too-long',
  'address-too-long',
  'postal-code-format',
  'school-too-long',
  'incident-location-too-long',
  'police-unit-too-long',
  'summary-too-long',
  'protected-flag-invalid',
] as const;

export type RowErrorCode = (typeof ROW_ERROR_CODES)[number];

/**
 * Why one row of a list was not taken. `line` is the line the clerk sees; `field` is `row`
 * when the fault lies between fields (born after the incident). `reason` is Danish and never
 * holds a whole CPR number.
 */
export interface RowError {
  line: number;
  field: PoliceListField | 'row';
  code: RowErrorCode;
  reason: string;
}

export function isRowErrorCode(value: unknown): value is RowErrorCode {
  return (ROW_ERROR_CODES as readonly unknown[]).includes(value);
}

const LONGEST_QUOTE = 40;
/** Six digits and four more, with or without a hyphen or space between: anything shaped like a CPR. */
const CPR_LIKE = /(\d{6})[-\s]?\d{4}/g;

/**
 * A cell's content quoted in a reason, so the clerk can find it. A CPR number typed into the
 * wrong column must not end up in reasons (they are shown, stored and logged), so anything
 * shaped like one is masked; long content is cut.
 */
export function quote(text: string): string {
  const masked = text.replace(CPR_LIKE, '$1-xxxx');
  return `»${masked.length > LONGEST_QUOTE ? `${masked.slice(0, LONGEST_QUOTE)}…` : masked}«`;
}
