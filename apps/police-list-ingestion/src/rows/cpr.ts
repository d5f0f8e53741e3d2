import type { CellValue } from '../reading/sheet-row';
import { isCalendarDate, isoDate } from './dates';
import { failed, parsed, type Parsed } from './parsed';

export type Sex = 'male' | 'female';

export interface Cpr {
  /** Ten digits, no hyphen. */
  cpr: string;
  birthDate: string;
  sex: Sex;
}

export type CprError = 'cpr-format' | 'cpr-invalid-date';

const CPR_TEXT = /^(\d{6})-?(\d{4})$/;

/**
 * A CPR typed into a cell Excel treats as a number loses its leading zero (0102031234 →
 * 102031234). No day is 00, so exactly one zero can have been lost: a number cell of nine
 * digits is padded back, and of ten digits taken as is. Text of nine digits is refused,
 * because there a missing digit is as likely a typo anywhere in the number.
 */
const SMALLEST_NUMBER_CELL = 100_000_000;
const LARGEST_NUMBER_CELL = 9_999_999_999;

/** The ten digits of a CPR cell, if it has the shape of one. */
export function cprDigits(value: CellValue): string | undefined {
  if (typeof value === 'number') {
    const plausible = Number.isInteger(value) && value >= SMALLEST_NUMBER_CELL && value <= LARGEST_NUMBER_CELL;
    return plausible ? String(value).padStart(10, '0') : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const match = CPR_TEXT.exec(value.trim());
  return match ? match[1] + match[2] : undefined;
}

/**
 * DDMMYY-SSSS or DDMMYYSSSS: the first six digits a real date, the seventh with the year
 * giving the century. There is deliberately no modulus-11 check: since 2007 CPR numbers are
 * issued without it (some birth dates ran out of numbers that pass), so it would refuse real
 * people.
 */
export function parseCpr(value: CellValue): Parsed<Cpr, CprError> {
  const digits = cprDigits(value);
  if (digits === undefined) return failed('cpr-format');
  const [day, month, yearOfCentury, seventh] = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6), digits[6]].map(Number);
  const year = fullYear(yearOfCentury, seventh);
  if (!isCalendarDate(year, month, day)) return failed('cpr-invalid-date');
  return parsed({ cpr: digits, birthDate: isoDate(year, month, day), sex: Number(digits[9]) % 2 === 1 ? 'male' : 'female' });
}

/** The CPR office's century table, keyed by the seventh digit. */
export function fullYear(yearOfCentury: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + yearOfCentury;
  if (seventhDigit === 4 || seventhDigit === 9) return (yearOfCentury <= 36 ? 2000 : 1900) + yearOfCentury;
  return (yearOfCentury <= 57 ? 2000 : 1800) + yearOfCentury;
}

/** 'DDMMYY-xxxx': enough for a clerk to find the row, never the whole number. */
export function maskCpr(cpr: string): string {
  return `${cpr.slice(0, 6)}-xxxx`;
}
