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

/**
 * CSV as a Danish Excel opens it by double-click: UTF-8 with a byte-order mark, semicolons,
 * CRLF, decimal comma, and text that looks like a formula defused with a leading quote.
 */
export function toDanishCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map((cell) => quoted(cellText(cell)))];
  for (const row of rows) lines.push(row.map((cell) => quoted(cellText(cell))));
  return `\uFEFF${lines.map((line) => line.join(';')).join('\r\n')}\r\n`;
}
