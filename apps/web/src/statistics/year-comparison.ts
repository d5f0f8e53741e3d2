import { begunPeriods, periodLabel } from '@ssp/charts';
import type { StatisticRow, StatisticTable } from './statistics.types';

/** One year's value of a row: hidden (suppressed by reporting: never a number), or the number, or nothing to measure. */
export interface YearCell {
  value: number | null;
  hidden: boolean;
}

export interface ComparisonRow {
  label: string;
  unit: StatisticRow['unit'];
  /** One per year of the comparison, in its order. */
  cells: YearCell[];
}

/** The same statistic for several years side by side, as reporting gave each year. */
export interface YearComparison {
  /** Oldest first, this year last. */
  years: number[];
  /** What the rows are (the breakdown's Danish heading). */
  rowHeading: string;
  rows: ComparisonRow[];
  /** Each year's grand total, when the rows are one quantity (e.g. incidents); otherwise null. */
  totals: YearCell[] | null;
  /** Each period's total (month or quarter) per year, when reporting gives column totals; the period labels of the years alike. */
  periods: { labels: string[]; byYear: YearCell[][] } | null;
  /** Reporting's threshold below which counts are hidden, when any value is hidden. */
  threshold: number | null;
  /** How many values (rows' totals and period totals) the comparison shows as hidden. */
  hiddenValues: number;
}

const yearOf = (table: StatisticTable): number => Number(table.from.slice(0, 4));

const rowKey = (row: StatisticRow): string =>
  JSON.stringify(
    Object.keys(row.keys)
      .sort()
      .map((key) => [key, row.keys[key]]),
  );

function rowLabel(table: StatisticTable, row: StatisticRow): string {
  const labels = table.keyColumns.map((column) => row.labels[column.id] ?? row.keys[column.id] ?? '');
  return labels.join(' – ') || 'I alt';
}

const NOTHING: YearCell = { value: null, hidden: false };

/**
 * Puts a statistic's tables of several years (one each, same audience and breakdown) side by
 * side: a row for every row any year has, by its keys, labelled as the newest year names it,
 * in the newest year's order; a row missing in a year has nothing there (not zero). A value
 * reporting hides stays hidden: the comparison never shows what a year's table did not.
 * `today` (YYYY-MM-DD) ends this year's periods.
 */
export function compareYears(tables: readonly StatisticTable[], today: string): YearComparison {
  if (tables.length === 0) throw new Error('a comparison needs at least one year');
  const ordered = [...tables].sort((a, b) => yearOf(a) - yearOf(b));
  const newestFirst = [...ordered].reverse();
  const rows = new Map<string, ComparisonRow>();
  for (const table of newestFirst) {
    for (const row of table.rows) {
      const key = rowKey(row);
      if (!rows.has(key)) rows.set(key, { label: rowLabel(table, row), unit: row.unit, cells: ordered.map(() => NOTHING) });
    }
  }
  ordered.forEach((table, index) => {
    for (const row of table.rows) rows.get(rowKey(row))!.cells[index] = { value: row.totalSuppressed ? null : row.total, hidden: row.totalSuppressed };
  });
  const withTotals = ordered.every((table) => table.columnTotals !== null && table.columnTotalsSuppressed !== null);
  const totals = withTotals ? ordered.map((table) => ({ value: table.grandTotalSuppressed ? null : table.grandTotal, hidden: table.grandTotalSuppressed })) : null;
  const periods = withTotals ? periodsOf(ordered, today) : null;
  const shown = [...rows.values()].flatMap((row) => row.cells);
  const hiddenValues = [...shown, ...(totals ?? []), ...(periods?.byYear.flat() ?? [])].filter((cell) => cell.hidden).length;
  const threshold = ordered.find((table) => table.suppression !== null)?.suppression?.threshold ?? null;
  return { years: ordered.map(yearOf), rowHeading: ordered.at(-1)!.keyColumns.map((column) => column.heading).join(' – ') || 'Mål', rows: [...rows.values()], totals, periods, threshold, hiddenValues };
}

/**
 * The period totals of each year, aligned by position (every year of an audience has the same
 * period kind); a period that has not begun by `today` has nothing (its zero is not a fall).
 */
function periodsOf(ordered: readonly StatisticTable[], today: string): YearComparison['periods'] {
  const newest = ordered.at(-1)!;
  const labels = newest.columns.map(periodLabel);
  const byYear = ordered.map((table) => {
    const begun = new Set(begunPeriods(table.columns, today));
    return labels.map((_, index): YearCell => {
      if (!begun.has(index)) return NOTHING;
      return table.columnTotalsSuppressed![index] ? { value: null, hidden: true } : { value: table.columnTotals![index] ?? null, hidden: false };
    });
  });
  return { labels, byYear };
}

