export type CsvCell = string | number | null | undefined;

/** A cell starting with one of these is run as a formula by Excel (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell).replace('.', ',');
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quoted(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The byte-order mark that makes Excel read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';

/** One line of CSV for Danish Excel, with its CRLF: cells by semicolons, decimal comma, formulas defused. */
export function danishCsvLine(cells: readonly CsvCell[]): string {
  return `${cells.map((cell) => quoted(cellText(cell))).join(';')}\r\n`;
}

/**
 * CSV as a Danish Excel opens it by double-click: UTF-8 with a byte-order mark, semicolons,
 * CRLF, decimal comma, and text that looks like a formula defused with a leading quote.
 * (A file too large to hold is written line by line with `CSV_BOM` and `danishCsvLine`.)
 */
export function toDanishCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [danishCsvLine(header)];
  for (const row of rows) lines.push(danishCsvLine(row));
  return `${CSV_BOM}${lines.join('')}`;
}
