import type { StatisticWindow } from '../rules/periods';
import { hiddenCount, suppressTable, withSumMargins, type SuppressionMask, type TableWithMargins } from '../suppression/suppress-table';
import { labelOf, orderOf, type KeyColumn } from './dimensions';
import type { Audience, StatisticRow, StatisticTable, Unit } from './statistic-table';

/** What every table of one request shares. */
export interface TableFrame {
  statistic: string;
  title: string;
  audience: Audience;
  window: StatisticWindow;
  /** Null when nothing is suppressed: the full audience, or counts of no persons. */
  threshold: number | null;
}

/** One count of a cross table: a row (ids per key column), a period key, a value. */
export interface CellCount {
  keys: string[];
  period: string;
  value: number;
}

/**
 * Margins either add up the cells (counts of events) or are counted on their own (distinct
 * persons: a person in two months is one person in the year).
 */
export type Margins =
  | 'sum'
  | { rowTotals: { keys: string[]; value: number }[]; columnTotals: { period: string; value: number }[]; grandTotal: number };

const rowId = (keys: readonly string[]) => keys.join('\u0000');

function frameOf(frame: TableFrame, keyColumns: readonly KeyColumn[]): Omit<StatisticTable, 'rows' | 'columnTotals' | 'columnTotalsSuppressed' | 'grandTotal' | 'grandTotalSuppressed' | 'suppression'> {
  return {
    statistic: frame.statistic,
    title: frame.title,
    audience: frame.audience.kind,
    areaId: frame.audience.kind === 'area' ? frame.audience.areaId : null,
    period: frame.window.kind,
    from: frame.window.first,
    to: frame.window.last,
    keyColumns: keyColumns.map((column) => ({ id: column.id, heading: column.heading })),
    columns: frame.window.periods.map((period) => period.key),
  };
}

/** The rows to show: every catalogue value of a single key column (zeros are news too), else the rows with data. */
function rowKeysOf(keyColumns: readonly KeyColumn[], counts: readonly CellCount[]): string[][] {
  const seen = new Map(counts.map((count) => [rowId(count.keys), count.keys]));
  if (keyColumns.length === 1) for (const value of keyColumns[0].values) if (!seen.has(value.id)) seen.set(value.id, [value.id]);
  if (keyColumns.length === 0) seen.set(rowId([]), []);
  const compare = (a: string[], b: string[]) => {
    for (const [index, column] of keyColumns.entries()) {
      const [x, y] = [orderOf(column, a[index]), orderOf(column, b[index])];
      if (x[0] !== y[0]) return x[0] - y[0];
      if (x[1] !== y[1]) return x[1] < y[1] ? -1 : 1;
    }
    return 0;
  };
  return [...seen.values()].sort(compare);
}

function hide<T>(values: readonly T[], mask: readonly boolean[] | undefined): (T | null)[] {
  return values.map((value, index) => (mask?.[index] ? null : value));
}

/** The counts of a cross table, arranged: its rows' keys, and the cells with their margins. */
export interface CrossTableData {
  rowKeys: string[][];
  table: TableWithMargins;
}

/** Arranges counts into rows by the key columns and columns by period, with their margins. */
export function crossTableData(frame: TableFrame, keyColumns: readonly KeyColumn[], counts: readonly CellCount[], margins: Margins): CrossTableData {
  const rowKeys = rowKeysOf(keyColumns, counts);
  const rowIndex = new Map(rowKeys.map((keys, index) => [rowId(keys), index]));
  const columnIndex = new Map(frame.window.periods.map((period, index) => [period.key, index]));
  const cells = rowKeys.map(() => frame.window.periods.map(() => 0));
  for (const count of counts) {
    const [r, c] = [rowIndex.get(rowId(count.keys)), columnIndex.get(count.period)];
    if (r !== undefined && c !== undefined) cells[r][c] += count.value;
  }
  if (margins === 'sum') return { rowKeys, table: withSumMargins(cells, frame.window.periods.length) };
  const rowTotals = rowKeys.map(() => 0);
  const columnTotals = frame.window.periods.map(() => 0);
  for (const total of margins.rowTotals) {
    const r = rowIndex.get(rowId(total.keys));
    if (r !== undefined) rowTotals[r] = total.value;
  }
  for (const total of margins.columnTotals) {
    const c = columnIndex.get(total.period);
    if (c !== undefined) columnTotals[c] = total.value;
  }
  return { rowKeys, table: { cells, rowTotals, columnTotals, grandTotal: margins.grandTotal } };
}

/**
 * The published table: the data with what `mask` hides left out. Without a mask, the table
 * is suppressed on its own as the frame says; tables linked to others get theirs from
 * `suppressLinkedTables`.
 */
export function crossTableOf(frame: TableFrame, keyColumns: readonly KeyColumn[], { rowKeys, table }: CrossTableData, unit: Unit = 'count', givenMask?: SuppressionMask): StatisticTable {
  const mask = givenMask ?? (frame.threshold === null ? undefined : suppressTable(table, frame.threshold));
  const rows: StatisticRow[] = rowKeys.map((keys, r) => ({
    keys: Object.fromEntries(keyColumns.map((column, index) => [column.id, keys[index]])),
    labels: Object.fromEntries(keyColumns.map((column, index) => [column.id, labelOf(column, keys[index])])),
    unit,
    values: hide(table.cells[r], mask?.cells[r]),
    suppressed: table.cells[r].map((_, c) => mask?.cells[r][c] ?? false),
    total: mask?.rowTotals[r] ? null : table.rowTotals[r],
    totalSuppressed: mask?.rowTotals[r] ?? false,
  }));
  return {
    ...frameOf(frame, keyColumns),
    rows,
    columnTotals: hide(table.columnTotals, mask?.columnTotals),
    columnTotalsSuppressed: table.columnTotals.map((_, c) => mask?.columnTotals[c] ?? false),
    grandTotal: mask?.grandTotal ? null : table.grandTotal,
    grandTotalSuppressed: mask?.grandTotal ?? false,
    suppression: mask && frame.threshold !== null ? { threshold: frame.threshold, hiddenValues: hiddenCount(mask) } : null,
  };
}

/** A cross table of counts: rows by the key columns, columns by period, with margins, suppressed as the frame says. */
export function crossTable(frame: TableFrame, keyColumns: readonly KeyColumn[], counts: readonly CellCount[], margins: Margins, unit: Unit = 'count'): StatisticTable {
  return crossTableOf(frame, keyColumns, crossTableData(frame, keyColumns, counts, margins), unit);
}

/** One row of a table of measures side by side, already suppressed (or not) by its own rule. */
export type MeasureRow = StatisticRow;

/** A row whose values and total are hidden where the flags say. */
export function measureRow(
  keys: Record<string, string>,
  labels: Record<string, string>,
  unit: Unit,
  values: readonly (number | null)[],
  suppressed: readonly boolean[],
  total: number | null,
  totalSuppressed = false,
): MeasureRow {
  return { keys, labels, unit, values: hide(values, suppressed), suppressed: [...suppressed], total: totalSuppressed ? null : total, totalSuppressed };
}

/**
 * A series of counts over the periods with its total over the window (a sum, or counted on
 * its own): suppressed as a one-row table, whose column totals are its own cells.
 */
export function countSeries(keys: Record<string, string>, labels: Record<string, string>, values: number[], total: number, threshold: number | null): MeasureRow {
  if (threshold === null) return measureRow(keys, labels, 'count', values, values.map(() => false), total);
  const mask = suppressTable({ cells: [values], rowTotals: [total], columnTotals: values, grandTotal: total }, threshold);
  return measureRow(keys, labels, 'count', values, mask.cells[0], total, mask.rowTotals[0]);
}

/** A table whose rows are measures side by side (no column totals: the rows are not one quantity). */
export function measureTable(frame: TableFrame, keyColumns: readonly KeyColumn[], rows: readonly MeasureRow[]): StatisticTable {
  return {
    ...frameOf(frame, keyColumns),
    rows: [...rows],
    columnTotals: null,
    columnTotalsSuppressed: null,
    grandTotal: null,
    grandTotalSuppressed: false,
    suppression:
      frame.threshold === null ? null : { threshold: frame.threshold, hiddenValues: rows.reduce((sum, row) => sum + row.suppressed.filter(Boolean).length + (row.totalSuppressed ? 1 : 0), 0) },
  };
}
