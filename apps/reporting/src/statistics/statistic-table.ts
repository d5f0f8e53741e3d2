import type { PeriodKind } from '../rules/periods';

/** Who a statistic is for: the coordination team sees every count; everybody else gets small counts suppressed. */
export type Audience = { kind: 'full' } | { kind: 'municipality' } | { kind: 'area'; areaId: string };

export type Unit = 'count' | 'days' | 'percent';

export interface StatisticRow {
  /** The row's ids per key column, e.g. `{ area: 'randers-c' }`. */
  keys: Record<string, string>;
  /** The same in Danish, for people and exports. */
  labels: Record<string, string>;
  unit: Unit;
  /** One value per column; null where suppressed, or where there is nothing to measure (a rate of nobody). */
  values: (number | null)[];
  /** Which values are suppressed (as opposed to empty). */
  suppressed: boolean[];
  /** Over the whole window; null where suppressed or where a total means nothing. */
  total: number | null;
  totalSuppressed: boolean;
}

/**
 * Every statistic is one table: rows by one or more key columns, columns by period, with
 * row totals and, for additive counts, column totals and a grand total.
 */
export interface StatisticTable {
  statistic: string;
  title: string;
  audience: Audience['kind'];
  areaId: string | null;
  period: PeriodKind;
  /** First and last day of the window. */
  from: string;
  to: string;
  /** The key columns of the rows, with their Danish headings. */
  keyColumns: { id: string; heading: string }[];
  /** Period keys: `2026-03` or `2026-Q1`. */
  columns: string[];
  rows: StatisticRow[];
  /** Null where the rows are not one quantity (measures side by side). */
  columnTotals: (number | null)[] | null;
  columnTotalsSuppressed: boolean[] | null;
  grandTotal: number | null;
  grandTotalSuppressed: boolean;
  /** Null for the full audience and for statistics that count no persons. */
  suppression: { threshold: number; hiddenValues: number } | null;
}
