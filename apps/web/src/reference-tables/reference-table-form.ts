import type { Area, OffenceCategory } from './reference-tables.types';

/**
 * The reference tables as forms: one group of fields per row, named by the row's number
 * (`name-3`), with a hidden `rows` holding how many there are, and a checkbox to remove a row.
 * Rows left wholly blank (the empty rows offered for new entries) are left out. What the
 * person typed is kept as typed, so a refused table is shown again as it was sent.
 */

/** Ingestion takes at most 200 rows; the form offers a few blank ones beyond the table. */
export const MAX_FORM_ROWS = 210;
/** Blank rows offered under the table for new entries. */
export const BLANK_ROWS = 3;

export interface AreaFormRow {
  id: string;
  name: string;
  /** Four-digit postal codes, separated by commas or spaces. */
  postalCodes: string;
  /** One school a line. */
  schools: string;
  remove: boolean;
}

export interface OffenceCategoryFormRow {
  id: string;
  da: string;
  /** One pattern (regular expression) a line. */
  patterns: string;
  remove: boolean;
}

type FormBody = Record<string, unknown>;

function field(body: FormBody, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}

function rowCount(body: FormBody): number {
  const rows = Number.parseInt(field(body, 'rows'), 10);
  return Number.isInteger(rows) && rows > 0 ? Math.min(rows, MAX_FORM_ROWS) : 0;
}

function rowsOf<T>(body: FormBody, row: (field: (name: string) => string, index: number) => T): T[] {
  return Array.from({ length: rowCount(body) }, (_, index) => row((name) => field(body, `${name}-${index}`), index));
}

function items(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

const isBlank = (...texts: string[]) => texts.every((text) => text.trim() === '');

export function areaRowsOf(body: FormBody): AreaFormRow[] {
  return rowsOf(body, (value) => ({ id: value('id'), name: value('name'), postalCodes: value('postalCodes'), schools: value('schools'), remove: value('remove') === 'on' }));
}

/** The PUT /areas body: the rows kept, postal codes split at commas or spaces, one school a line. */
export function areaTableOf(rows: AreaFormRow[]): { areas: Area[] } {
  return {
    areas: rows
      .filter((row) => !row.remove && !isBlank(row.id, row.name, row.postalCodes, row.schools))
      .map((row) => ({ id: row.id.trim(), name: row.name.trim(), postalCodes: items(row.postalCodes, /[\s,;]+/), schools: items(row.schools, /\r?\n/) })),
  };
}

export function areaFormRows(areas: Area[]): AreaFormRow[] {
  return areas.map((area) => ({ id: area.id, name: area.name, postalCodes: area.postalCodes.join(', '), schools: (area.schools ?? []).join('\n'), remove: false }));
}

export function offenceCategoryRowsOf(body: FormBody): OffenceCategoryFormRow[] {
  return rowsOf(body, (value) => ({ id: value('id'), da: value('da'), patterns: value('patterns'), remove: value('remove') === 'on' }));
}

/** The PUT /offence-categories body: the rows kept, in the form's order (the first matching category wins), one pattern a line. */
export function offenceCategoryTableOf(rows: OffenceCategoryFormRow[]): { categories: OffenceCategory[] } {
  return {
    categories: rows
      .filter((row) => !row.remove && !isBlank(row.id, row.da, row.patterns))
      .map((row) => ({ id: row.id.trim(), da: row.da.trim(), patterns: items(row.patterns, /\r?\n/) })),
  };
}

export function offenceCategoryFormRows(categories: OffenceCategory[]): OffenceCategoryFormRow[] {
  return categories.map((category) => ({ id: category.id, da: category.da, patterns: category.patterns.join('\n'), remove: false }));
}
