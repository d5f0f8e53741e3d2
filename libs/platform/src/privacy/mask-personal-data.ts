import { findCprNumbers } from './cpr-in-text';

/**
 * Replaces every CPR number in a text (as `findCprNumbers` finds them: with or without the
 * hyphen, spaced, dotted, full-width) with `DDMMYY-xxxx`: the birth date stays readable, the
 * person does not.
 */
export function maskPersonalData(text: string): string {
  const found = findCprNumbers(text);
  if (found.length === 0) return text;
  let masked = '';
  let from = 0;
  for (const { start, end, digits } of found) {
    masked += `${text.slice(from, start)}${digits.slice(0, 6)}-xxxx`;
    from = end;
  }
  return masked + text.slice(from);
}

/** The same, through every string of a structure (a log line's fields, an error body). */
export function maskPersonalDataDeep(value: unknown): unknown {
  if (typeof value === 'string') return maskPersonalData(value);
  if (Array.isArray(value)) return value.map(maskPersonalDataDeep);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, maskPersonalDataDeep(inner)]));
  }
  return value;
}
