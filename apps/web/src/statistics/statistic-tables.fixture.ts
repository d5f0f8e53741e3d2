import type { StatisticRow, StatisticTable } from './statistics.types';

/* Small tables shaped as reporting's statistics API answers them, for the statistics pages' unit tests. */

const months = (year: number) => Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);

/** A category's row: its months (the rest 0), which of them are hidden, and its total (null: hidden). */
export function categoryRow(id: string, label: string, values: (number | null)[], total: number | null, hidden: boolean[] = []): StatisticRow {
  const padded = [...values, ...Array<number>(12 - values.length).fill(0)];
  return {
    keys: { offenceCategory: id },
    labels: { offenceCategory: label },
    unit: 'count',
    values: padded as number[],
    suppressed: padded.map((_, index) => hidden[index] === true),
    total,
    totalSuppressed: total === null,
  };
}

/** A year's incidents by category for the Lokalråd, with column totals (null entries hidden). */
export function incidentsByCategory(year: number, rows: StatisticRow[], columnTotals: (number | null)[], overrides: Partial<StatisticTable> = {}): StatisticTable {
  const totals = [...columnTotals, ...Array<number>(12 - columnTotals.length).fill(0)];
  const grand = totals.every((value) => value !== null) ? totals.reduce<number>((sum, value) => sum + (value ?? 0), 0) : null;
  return {
    statistic: 'incidents',
    title: 'Hændelser',
    audience: 'municipality',
    areaId: null,
    period: 'month',
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    keyColumns: [{ id: 'offenceCategory', heading: 'Kategori' }],
    columns: months(year),
    rows,
    columnTotals: totals.map((value) => value ?? 0),
    columnTotalsSuppressed: totals.map((value) => value === null),
    grandTotal: grand,
    grandTotalSuppressed: grand === null,
    suppression: { threshold: 5, hiddenValues: 2 },
    ...overrides,
  };
}
