import type { Parsed } from '../follow-up/follow-up-forms';
import { parseDanishDate } from './danish-dates';
import type { FieldError } from './forms';

/**
 * Small steps of parsing a form, shared by the features' `*-forms.ts`: each takes the list of
 * problems found so far and adds its own, in Danish with a code, so a form reports every
 * field at once and keeps what was typed.
 */

export type { Parsed };

export const DATE_HINT = 'Skriv datoen som dag.måned.år, fx 23.11.2026.';

/** A text that must be filled in, trimmed; blank adds `message` on the field. */
export function requiredText(errors: FieldError[], field: string, value: string, message: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) errors.push({ field, code: `${field}-missing`, message });
  return trimmed;
}

/** Free text as typed, or null when blank (the service clears or leaves it out). */
export function optionalText(value: string): string | null {
  return value.trim().length === 0 ? null : value;
}

/** A day as people type it, as YYYY-MM-DD; blank is null, or an error with `missing` when it must be given; no such day is an error. */
export function typedDay(errors: FieldError[], field: string, value: string, missing: string | null): string | null {
  if (value.trim().length === 0) {
    if (missing !== null) errors.push({ field, code: `${field}-missing`, message: missing });
    return null;
  }
  const parsed = parseDanishDate(value);
  if (parsed === null) errors.push({ field, code: `${field}-not-a-date`, message: `Datoen findes ikke. ${DATE_HINT}` });
  return parsed;
}

/** The parsed value when no problem was found, else the problems; the input is kept either way. */
export function parsedFrom<Value, Input>(errors: FieldError[], input: Input, value: () => Value): Parsed<Value, Input> {
  return errors.length > 0 ? { ok: false, errors, input } : { ok: true, input, value: value() };
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
