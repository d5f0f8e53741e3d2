import type { Refusal } from '../api/service-answer';
import { parseDanishDate } from '../pages/danish-dates';
import { formText, type FieldError } from '../pages/forms';

/**
 * What the network groups' forms share: the fields as typed, the Danish checks only the form
 * can make (a date, a clock time, a number of minutes, a choice), and a service's refusal put
 * on the field it names. Everything else the service decides.
 */

/** What the person typed into a form, by field id; kept to show it again after a refusal. */
export type FormValues = Record<string, string>;

export type Parsed<Value> = { ok: true; value: Value; values: FormValues } | { ok: false; errors: FieldError[]; values: FormValues };

/** The form's fields as strings: a field left out (a radio group nobody chose) or repeated is empty. */
export function formValues(body: unknown, fields: readonly string[]): FormValues {
  return Object.fromEntries(fields.map((field) => [field, formText(body, field)]));
}

/** A result: the value when nothing is wrong, otherwise the problems, each on its field. */
export function parsed<Value>(values: FormValues, errors: FieldError[], value: () => Value): Parsed<Value> {
  return errors.length > 0 ? { ok: false, errors, values } : { ok: true, value: value(), values };
}

/** A Danish date as typed ("30.11.2026", also 2026-11-30) as YYYY-MM-DD, or a problem on the field. */
export function dayField(values: FormValues, field: string, what: string, errors: FieldError[]): string {
  const day = parseDanishDate(values[field] ?? '');
  if (day === null) errors.push({ field, code: 'date-invalid', message: `Skriv ${what} som en dato, fx 30.11.2026.` });
  return day ?? '';
}

/** A clock time as typed ("16.00", "16:00", "9.30") as HH:MM, or null when it is none. */
export function parseClock(text: string): string | null {
  const match = /^(\d{1,2})[.:](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours <= 23 && minutes <= 59 ? `${String(hours).padStart(2, '0')}:${match[2]}` : null;
}

export function clockField(values: FormValues, field: string, errors: FieldError[]): string {
  const clock = parseClock(values[field] ?? '');
  if (clock === null) errors.push({ field, code: 'time-invalid', message: 'Skriv klokkeslættet som timer og minutter, fx 16.00.' });
  return clock ?? '';
}

/** A whole number of minutes from 1 to a day, or a problem on the field. */
export function minutesField(values: FormValues, field: string, errors: FieldError[]): number {
  const text = (values[field] ?? '').trim();
  const minutes = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (!(minutes >= 1 && minutes <= 1440)) errors.push({ field, code: 'minutes-invalid', message: 'Skriv varigheden som et helt antal minutter fra 1 til 1440, fx 90.' });
  return minutes;
}

/** A required text: not only white space, or a problem on the field. The service judges the rest (length, CPR numbers). */
export function requiredText(values: FormValues, field: string, message: string, errors: FieldError[]): string {
  const text = values[field] ?? '';
  if (text.trim() === '') errors.push({ field, code: 'text-missing', message });
  return text;
}

/** An optional text: left out when blank. */
export function optionalText(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * A service's refusal as an error on the form: on the field it names (network groups' messages
 * begin with the request field's name, e.g. "day skal være …" or "location [cpr-number-in-text]: …"),
 * the form's first field when it names none of them (a 409 about the meeting as a whole).
 */
export function refusalOnForm(refusal: Refusal | null, fields: Readonly<Record<string, string>>, firstField: string): FieldError {
  if (!refusal) return { field: firstField, code: 'refused', message: 'Det blev ikke gemt. Prøv igen, eller kontakt SSP-sekretariatet.' };
  const named = /^([A-Za-z]+)[\s[]/.exec(refusal.message)?.[1];
  const field = named !== undefined && Object.hasOwn(fields, named) ? fields[named] : firstField;
  return { field, code: refusal.code, message: refusal.message };
}
