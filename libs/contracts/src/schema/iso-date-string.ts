import { isDateString } from 'class-validator';

/** What `Date.prototype.toISOString` writes, and a plain day; years from 1000 on. */
const INSTANT = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DAY = /^[1-9]\d{3}-\d{2}-\d{2}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function number(value: string, from: number, length: number): number {
  let result = 0;
  for (let index = from; index < from + length; index++) result = result * 10 + value.charCodeAt(index) - 48;
  return result;
}

function isRealDay(value: string): boolean {
  const [year, month, day] = [number(value, 0, 4), number(value, 5, 2), number(value, 8, 2)];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1] + (month === 2 && leap ? 1 : 0);
}

/**
 * class-validator's `isDateString(value, { strict: true })`, answered without it for the two
 * shapes events carry (an instant as toISOString writes it, a plain day) when they name a
 * real day and, for an instant, a time of day from 00:00:00 to 23:59:59. Anything else, a
 * false date in those shapes included, goes to class-validator, so the answer is always
 * its answer (a property test compares the two).
 */
export function isStrictIsoDateString(value: string): boolean {
  if (DAY.test(value) && isRealDay(value)) return true;
  if (INSTANT.test(value) && isRealDay(value) && number(value, 11, 2) < 24 && number(value, 14, 2) < 60 && number(value, 17, 2) < 60) return true;
  return isDateString(value, { strict: true });
}
