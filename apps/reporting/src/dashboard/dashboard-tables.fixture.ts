import type { StatisticRow, StatisticTable } from '../statistics/statistic-table';
import type { DashboardTables } from './dashboard-page';

/* Small statistic tables, shaped as the statistics service returns them, for the dashboard's unit tests. */

const MONTHS = Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`);

export function row(keys: Record<string, string>, labels: Record<string, string>, values: (number | null)[], suppressed: boolean[] = values.map(() => false), total?: number | null): StatisticRow {
  const sum = values.reduce<number>((acc, value) => acc + (value ?? 0), 0);
  const totalSuppressed = total === null;
  return { keys, labels, unit: 'count', values: [...values, ...Array(12 - values.length).fill(0)], suppressed: [...suppressed, ...Array(12 - suppressed.length).fill(false)], total: total === undefined ? sum : total, totalSuppressed };
}

export function table(statistic: string, keyColumn: { id: string; heading: string } | null, rows: StatisticRow[], overrides: Partial<StatisticTable> = {}): StatisticTable {
  return {
    statistic,
    title: statistic,
    audience: 'municipality',
    areaId: null,
    period: 'month',
    from: '2026-01-01',
    to: '2026-12-31',
    keyColumns: keyColumn ? [keyColumn] : [],
    columns: MONTHS,
    rows,
    columnTotals: null,
    columnTotalsSuppressed: null,
    grandTotal: null,
    grandTotalSuppressed: false,
    suppression: { threshold: 5, hiddenValues: 2 },
    ...overrides,
  };
}

export const category = { id: 'offenceCategory', heading: 'Kategori' };
export const measure = { id: 'measure', heading: 'Mål' };
export const cat = (id: string, da: string, values: (number | null)[], suppressed?: boolean[], total?: number | null) => row({ offenceCategory: id }, { offenceCategory: da }, values, suppressed, total);
export const overviewRow = (id: string, da: string, value: number | null, hidden = false) => ({ ...row({ measure: id }, { measure: da }, [value], [hidden], hidden ? null : value), values: [value], suppressed: [hidden] });

export function tables(overrides: Partial<DashboardTables> = {}): DashboardTables {
  return {
    overview: table('overview', measure, [overviewRow('incidents', 'Hændelser', 1234), overviewRow('interventions-overdue', 'Indsatser overskredet', null, true), overviewRow('decisions', 'Beslutninger', 17)], { columns: ['2026-01/2026-12'] }),
    byCategory: table('incidents', category, [cat('theft', 'Tyveri', [12, 15, 9]), cat('weapons', 'Våben og knive', [null, 0, 0], [true, false, false], null), cat('violence', 'Vold', [6, 8, 7])]),
    byArea: table('incidents', { id: 'area', heading: 'Område' }, [row({ area: 'randers-c' }, { area: 'Randers C' }, [20, 20, 14]), row({ area: 'langaa' }, { area: 'Langå' }, [null, 3, 2], [true, false, false], null)]),
    interventions: table('interventions', measure, [row({ measure: 'started' }, { measure: 'Indsatser aftalt' }, [6, 0, 0]), row({ measure: 'overdue' }, { measure: 'Indsatser overskredet' }, [null, 0, 0], [true, false, false], null)]),
    meetings: table('meetings', { id: 'body', heading: 'Organ' }, [row({ body: 'mandagsgruppen' }, { body: 'mandagsgruppen' }, [2, 2, 1])], { suppression: null, columnTotals: [2, 2, 1, ...Array(9).fill(0)], columnTotalsSuppressed: Array(12).fill(false), grandTotal: 5 }),
    alerts: table('area-alerts', { id: 'area', heading: 'Område' }, [row({ area: 'langaa' }, { area: 'Langå' }, [0, 1, 0])], { suppression: null }),
    ...overrides,
  };
}

