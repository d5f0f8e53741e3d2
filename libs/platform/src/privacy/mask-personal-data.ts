/**
 * A Danish CPR number: a plausible date (DDMMYY) and four digits, with or without the
 * hyphen, not part of a longer number.
 */
const CPR = /(?<![\d-])((?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2})-?(\d{4})(?![\d-])/g;

/** Replaces every CPR number in a text with `DDMMYY-xxxx`: the birth date stays readable, the person does not. */
export function maskPersonalData(text: string): string {
  return text.replace(CPR, '$1-xxxx');
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
