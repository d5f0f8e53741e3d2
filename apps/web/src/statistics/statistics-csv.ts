import { SUPPRESSED_MARK } from '@ssp/charts';
import { CSV_BOM, danishCsvLine, type CsvCell } from '@ssp/platform';
import type { Response as ExpressResponse } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { YearCell, YearComparison } from './year-comparison';

const TOTAL = 'I alt';

/** A value as a cell: the number (Excel's, with a decimal comma), reporting's mark for a hidden one, empty for nothing. */
const cellOf = (cell: YearCell): CsvCell => (cell.hidden ? SUPPRESSED_MARK : cell.value);

/**
 * The comparison as CSV for Danish Excel, a line at a time (UTF-8 with its byte-order mark,
 * semicolons, CRLF, decimal comma): a heading row (the breakdown, then the years), a row per
 * breakdown value and the totals; then, after an empty line, the periods' totals by year. A
 * hidden value is `..`, as in reporting's own CSV and Statistics Denmark's tables.
 */
export function* comparisonCsvLines(comparison: YearComparison, periodHeading: string): Generator<string> {
  const years = comparison.years.map(String);
  yield CSV_BOM + danishCsvLine([comparison.rowHeading, ...years]);
  for (const row of comparison.rows) yield danishCsvLine([row.label, ...row.cells.map(cellOf)]);
  if (comparison.totals) yield danishCsvLine([TOTAL, ...comparison.totals.map(cellOf)]);
  if (!comparison.periods) return;
  const { labels, byYear } = comparison.periods;
  yield '\r\n';
  yield danishCsvLine([periodHeading, ...years]);
  for (const [index, label] of labels.entries()) yield danishCsvLine([label, ...byYear.map((cells) => cellOf(cells[index]))]);
}

/** Streams CSV lines to the browser as a download named `fileName`, never holding the file whole. */
export async function sendCsv(lines: Iterable<string>, fileName: string, response: ExpressResponse): Promise<void> {
  response.status(200).type('text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '-')}"`);
  await pipeline(Readable.from(lines), response);
}
