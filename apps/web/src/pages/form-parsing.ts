import type { Refusal } from '../api/service-answer';
import { parseDanishDate } from './danish-dates';
import { formText, type FieldError } from './forms';

/**
 * Small steps of parsing a form, shared by the features' `*-forms.ts`: each takes the list of
 * problems found so far and adds its own, in Danish with a code, so a form reports every
 * field at once and keeps what was typed. Only what the form itself can know is checked
 * (a field left blank, a day, a clock time, a choice); the service decides the rest, and
 * `refusalOnField` puts its refusal on the field it is about.
 */

/** What the person typed into a form, by field id; kept to show it again after a refusal. */
export type FormValues = Record<string, string>;

/** A parsed form: the value when nothing is wrong, otherwise the problems, each on its field; what was typed (`input`) is kept either way. */
export type Parsed<Value, Input = FormValues> = { ok: true; value: Value; input: Input } | { ok: false; errors: FieldError[]; input: Input };

export const DATE_HINT = 'Skriv datoen som dag.måned.år, fx 23.11.2026.';

/** The form's fields as strings: a field left out (a radio group nobody chose) or repeated is empty. */
export function formValues(body: unknown, fields: readonly string[]): FormValues {
  return Object.fromEntries(fields.map((field) => [field, formText(body, field)]));
}

/** The parsed value when no problem was found, else the problems; the input is kept either way. */
export function parsedFrom<Value, Input>(errors: FieldError[], input: Input, value: () => Value): Parsed<Value, Input> {
  return errors.length > 0 ? { ok: false, errors, input } : { ok: true, input, value: value() };
}

/** A text that must be filled in, trimmed; blank adds `message` on the field. The service judges the rest (length, CPR numbers). */
export function requiredText(errors: FieldError[], field: string, value: string, message: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) errors.push({ field, code: `${field}-missing`, message });
  return trimmed;
}

/** Free text as typed, or undefined when blank (left out of what the service gets; `?? null` where blank clears it). */
export function optionalText(value: string): string | undefined {
  return value.trim().length === 0 ? undefined : value;
}

/**
 * A day as people type it ("30.11.2026", also 2026-11-30) as YYYY-MM-DD. Blank is null, or the
 * problem `missing` when the day must be given; no such day is the problem `invalid` (by
 * default, that the day does not exist).
 */
export function typedDay(errors: FieldError[], field: string, value: string, missing: string | null, invalid = `Datoen findes ikke. ${DATE_HINT}`): string | null {
  if (value.trim().length === 0) {
    if (missing !== null) errors.push({ field, code: `${field}-missing`, message: missing });
    return null;
  }
  const parsed = parseDanishDate(value);
  if (parsed === null) errors.push({ field, code: `${field}-not-a-date`, message: invalid });
  return parsed;
}

/** A clock time as typed ("16.00", "16:00", "9.30") as HH:MM, or null when it is none. */
export function parseClock(text: string): string | null {
  const match = /^(\d{1,2})[.:](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours <= 23 && minutes <= 59 ? `${String(hours).padStart(2, '0')}:${match[2]}` : null;
}

/** A clock time as HH:MM, or a problem on the field (blank too). */
export function typedClock(errors: FieldError[], field: string, value: string): string {
  const clock = parseClock(value);
  if (clock === null) errors.push({ field, code: 'time-invalid', message: 'Skriv klokkeslættet som timer og minutter, fx 16.00.' });
  return clock ?? '';
}

/** A whole number of minutes from 1 to a day, or a problem on the field (blank too). */
export function typedMinutes(errors: FieldError[], field: string, value: string): number {
  const text = value.trim();
  const minutes = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (!(minutes >= 1 && minutes <= 1440)) errors.push({ field, code: 'minutes-invalid', message: 'Skriv varigheden som et helt antal minutter fra 1 til 1440, fx 90.' });
  return minutes;
}

/** The values of a field that may be sent several times (checkboxes): none, one or many strings. */
export function formList(body: unknown, name: string): string[] {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** One of the given choices, or undefined. */
export function oneOfChoices<T extends string>(value: string, choices: readonly T[]): T | undefined {
  return choices.find((choice) => choice === value);
}

/** How to find the field a service's refusal is about: by its stable code (the first pattern that matches), or by the request field its message begins with. */
export interface RefusalFields {
  /** Patterns of codes, each with the form's field id. */
  byCode?: ReadonlyArray<readonly [RegExp, string]>;
  /** The request's field names to the form's field ids: network groups' messages begin with the field's name ("day skal være …", "location [cpr-number-in-text]: …"). */
  byName?: Readonly<Record<string, string>>;
}

/**
 * A service's refusal of what a form sent, as an error on the page: its Danish message and
 * stable code, on the field it is about (by code first, then by the field its message names),
 * or on the form's first field when it is about the whole thing (a 409 about a meeting).
 */
export function refusalOnField(refusal: Refusal | null, fields: RefusalFields, firstField: string): FieldError {
  if (!refusal) return { field: firstField, code: 'refused', message: 'Det blev ikke gemt. Prøv igen, eller kontakt SSP-sekretariatet.' };
  const byCode = fields.byCode?.find(([pattern]) => pattern.test(refusal.code))?.[1];
  const named = /^([A-Za-z]+)[\s[]/.exec(refusal.message)?.[1];
  const byName = fields.byName && named !== undefined && Object.hasOwn(fields.byName, named) ? fields.byName[named] : undefined;
  return { field: byCode ?? byName ?? firstField, code: refusal.code, message: refusal.message };
}
