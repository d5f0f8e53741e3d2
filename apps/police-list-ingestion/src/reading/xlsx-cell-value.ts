import type { CellValue as ExcelCellValue } from 'exceljs';
import type { CellValue } from './sheet-row';

const MILLISECONDS_PER_DAY = 24 * 60 * 60 * 1000;
/** Serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and the 1904 date systems' day zero. */
const DATE_1904_OFFSET_DAYS = 1462;

/**
 * A cell as exceljs's streaming reader gives it, as the value the row validator gets:
 * text, numbers (numbers stored as text stay text: CPR "0102031234", postal code "8900"),
 * dates, booleans; rich text and hyperlinks as their text; a formula as its cached result
 * (never evaluated; none cached: null); errors (#N/A, #REF!) as null.
 *
 * Dates: Excel stores a day count with no time zone, and exceljs turns it into the Date whose
 * UTC fields are the cell's wall-clock fields: a date-only cell is UTC midnight of that day,
 * 14-03-2025 08:30 is 2025-03-14T08:30:00Z. Read them with getUTC*. Both the 1900 and the
 * 1904 date system are honoured. In the 1900 system serials below 61 (before 1 March 1900)
 * come out a day off, because Excel counts a 29 February 1900 that did not exist; no date
 * on a police list is that old.
 */
export function toCellValue(value: ExcelCellValue, numFmt: string | undefined, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if ('richText' in value) return value.richText.map((run) => run.text ?? '').join('');
  if ('formula' in value || 'sharedFormula' in value) return formulaResult(value.result, numFmt, date1904);
  if ('hyperlink' in value) return value.text;
  // An error value (#N/A, #DIV/0!, ...): there is nothing to take.
  return null;
}

/**
 * exceljs gives a formula's cached result as it is stored: a number (also for a date, and NaN
 * for an error), or text. A number in a date-formatted cell is a date, as for a plain cell.
 * A boolean result arrives as 1 or 0: exceljs does not keep the result's type.
 */
function formulaResult(result: ExcelCellValue, numFmt: string | undefined, date1904: boolean): CellValue {
  if (typeof result === 'number' && Number.isFinite(result) && isDateFormat(numFmt)) return excelSerialToDate(result, date1904);
  return toCellValue(result, numFmt, date1904);
}

/** The same conversion exceljs applies to plain date cells. */
export function excelSerialToDate(serial: number, date1904: boolean): Date {
  const days = serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET_DAYS : 0);
  return new Date(Math.round(days * MILLISECONDS_PER_DAY));
}

/**
 * Whether a number format shows a date or time: it has a date or time code (d, m, y, h, s)
 * outside quoted text ("kr."), bracketed parts ([Red], [$-406]) and escaped or padding
 * characters (\k, _-, *-). The same test as exceljs's for plain cells, made case-insensitive.
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const codes = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*]/g, '')
    .replace(/[\\_*]./g, '');
  return /[dmyhs]/i.test(codes);
}
