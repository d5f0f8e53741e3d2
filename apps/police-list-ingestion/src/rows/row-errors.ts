import { maskIdentity } from './personal-data-in-text';
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
  'cpr-number-in-column',
  'person-name-in-column',
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

/** A row error as stored and shown: with the column's heading as written in the file, null when the fault lies between fields. */
export interface RecordedRowError extends RowError {
  column: string | null;
}

export function isRowErrorCode(value: unknown): value is RowErrorCode {
  return (ROW_ERROR_CODES as readonly unknown[]).includes(value);
}

const LONGEST_QUOTE = 40;
/**
 * No cell a reason quotes (dates, times, roles, postal codes, flags) needs a run of six
 * digits to be recognised, and a CPR number with an impossible date or a digit too many
 * (which `findCprNumbers` rightly leaves alone in ordinary text) must not reach a reason
 * either; so, beyond the CPR numbers (masked as `DDMMYY-xxxx`), such runs are hidden.
 */
const LONG_DIGIT_RUN = /(?<!\d)\d{6,}(?!\d|-xxxx)/g;

/**
 * A cell's content quoted in a reason, so the clerk can find it. A CPR number or the row's
 * name typed into the wrong column must not end up in reasons (they are shown, stored and
 * logged), so they are masked, as are long runs of digits; long content is cut.
 */
export function quote(text: string, personName?: string): string {
  const masked = maskIdentity(text, personName).replace(LONG_DIGIT_RUN, (run) => 'x'.repeat(run.length));
  return `»${masked.length > LONGEST_QUOTE ? `${masked.slice(0, LONGEST_QUOTE)}…` : masked}«`;
}
