import type { StatisticRow, StatisticTable } from '../statistics/statistic-table';
import type { DashboardTables } from './dashboard-page';

/*
 * The statistics service suppresses each table on its own. One page shows several tables
 * that share numbers: incidents by category and by area have the same monthly totals and
 * grand total, and the headline numbers repeat row totals of the detailed tables. A number
 * hidden in one table as a complement but shown in the other would undo the first table's
 * protection, so a shared number is hidden wherever any table hides it. Hiding more never
 * makes a hidden number easier to work out.
 */

function hideMargins(table: StatisticTable, columns: readonly boolean[], grand: boolean): StatisticTable {
  if (!table.columnTotals || !table.columnTotalsSuppressed) return table;
  const columnTotalsSuppressed = table.columnTotalsSuppressed.map((hidden, index) => hidden || columns[index]);
  const grandTotalSuppressed = table.grandTotalSuppressed || grand;
  return {
    ...table,
    columnTotals: table.columnTotals.map((value, index) => (columnTotalsSuppressed[index] ? null : value)),
    columnTotalsSuppressed,
    grandTotal: grandTotalSuppressed ? null : table.grandTotal,
    grandTotalSuppressed,
  };
}

/** Two breakdowns of one quantity over the same periods: each hides the margins either hides. */
export function alignSharedMargins(a: StatisticTable, b: StatisticTable): [StatisticTable, StatisticTable] {
  if (a.columns.join() !== b.columns.join()) throw new Error(`tables ${a.statistic} and ${b.statistic} do not share their periods`);
  const either = (x: StatisticTable, y: StatisticTable) => x.columns.map((_, index) => (x.columnTotalsSuppressed?.[index] ?? false) || (y.columnTotalsSuppressed?.[index] ?? false));
  const columns = either(a, b);
  const grand = a.grandTotalSuppressed || b.grandTotalSuppressed;
  return [hideMargins(a, columns, grand), hideMargins(b, columns, grand)];
}

function hideRow(row: StatisticRow): StatisticRow {
  return { ...row, values: row.values.map(() => null), suppressed: row.values.map(() => true), total: null, totalSuppressed: true };
}

/** The headline numbers that repeat a total of a detailed table on the page, and whether that total is hidden there. */
function linkedTotalsHidden(tables: DashboardTables): Record<string, boolean> {
  const interventions = (measure: string) => tables.interventions.rows.find((row) => row.keys.measure === measure)?.totalSuppressed ?? false;
  return {
    incidents: tables.byCategory.grandTotalSuppressed || (tables.byArea?.grandTotalSuppressed ?? false),
    'interventions-started': interventions('started'),
    'interventions-completed': interventions('completed'),
    'interventions-overdue': interventions('overdue'),
  };
}

/** The page's tables with every shared number hidden wherever one of them hides it. */
export function consistentSuppression(tables: DashboardTables): DashboardTables {
  let { byCategory, byArea } = tables;
  if (byArea) [byCategory, byArea] = alignSharedMargins(byCategory, byArea);
  const aligned = { ...tables, byCategory, byArea };
  const hidden = linkedTotalsHidden(aligned);
  const overview = { ...tables.overview, rows: tables.overview.rows.map((row) => (hidden[row.keys.measure] && !row.totalSuppressed ? hideRow(row) : row)) };
  return { ...aligned, overview };
}
