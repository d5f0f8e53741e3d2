import { isDateString } from 'class-validator';

/** What `Date.prototype.toISOString` writes, and a plain day; years from 1000 on. */
const INSTANT = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DAY = /^[1-9]\d{3}-\d{2}-\d{2}$/;

/**
 * class-validator's `isDateString(value, { strict: true })`, answered without it for the two
 * shapes events carry (an instant as toISOString writes it, a plain day): such a string is a
 * real date exactly when it survives the round trip through `Date`. Anything else, a false
 * date in those shapes included, goes to class-validator, so the answer is always its answer.
 */
export function isStrictIsoDateString(value: string): boolean {
  if (INSTANT.test(value) || DAY.test(value)) {
    const time = Date.parse(value);
    const written = Number.isNaN(time) ? '' : new Date(time).toISOString();
    if ((value.length === 10 ? written.slice(0, 10) : written) === value) return true;
  }
  return isDateString(value, { strict: true });
}
