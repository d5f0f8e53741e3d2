import { SUPPRESSED_MARK } from '@ssp/charts';
import { toDanishCsv, type CsvCell } from '@ssp/platform';
import ExcelJS from 'exceljs';
import type { StatisticTable } from '../statistics/statistic-table';

export const TOTAL_HEADING = 'I alt';

type Cell = string | number | null;

const shown = (value: number | null, suppressed: boolean): Cell => (suppressed ? SUPPRESSED_MARK : value);

/** The table as a grid: a heading row, a row per statistic row, and the column totals when there are any. */
export function tableGrid(table: StatisticTable): { header: string[]; rows: Cell[][] } {
  const header = [...table.keyColumns.map((column) => column.heading), ...table.columns, TOTAL_HEADING];
  const rows: Cell[][] = table.rows.map((row) => [
    ...table.keyColumns.map((column) => row.labels[column.id] ?? ''),
    ...row.values.map((value, index) => shown(value, row.suppressed[index])),
    shown(row.total, row.totalSuppressed),
  ]);
  if (table.columnTotals && table.columnTotalsSuppressed) {
    rows.push([
      ...table.keyColumns.map((_, index) => (index === 0 ? TOTAL_HEADING : '')),
      ...table.columnTotals.map((value, index) => shown(value, table.columnTotalsSuppressed![index])),
      shown(table.grandTotal, table.grandTotalSuppressed),
    ]);
  }
  return { header, rows };
}

/** Semicolons, BOM, decimal comma, formulas defused: as Danish Excel opens it. */
export function tableCsv(table: StatisticTable): string {
  const { header, rows } = tableGrid(table);
  return toDanishCsv(header, rows as CsvCell[][]);
}

const AUDIENCES: Record<StatisticTable['audience'], string> = {
  full: 'Koordinationsteamet (alle tal)',
  municipality: 'Hele kommunen (små tal skjult)',
  area: 'Ét lokalområde (små tal skjult)',
};

/** A workbook with the table on its first sheet (numbers as numbers) and what it is on the second. */
export async function tableXlsx(table: StatisticTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SSP Randers, reporting';
  const sheet = workbook.addWorksheet('Tabel');
  const { header, rows } = tableGrid(table);
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: table.keyColumns.length }];
  const about = workbook.addWorksheet('Om tabellen');
  about.addRows([
    ['Statistik', table.title],
    ['Målgruppe', AUDIENCES[table.audience]],
    ['Område', table.areaId ?? 'Hele kommunen'],
    ['Periode', `${table.from} til ${table.to}`],
    ['Inddeling', table.period === 'month' ? 'Måned' : 'Kvartal'],
    ['Diskretion', table.suppression ? `Tal under ${table.suppression.threshold} og tal, de kan regnes ud fra, er vist som "${SUPPRESSED_MARK}"` : 'Ingen tal er skjult'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A file name for the table's export. */
export function exportFileName(table: StatisticTable, extension: string): string {
  return `${table.statistic}-${table.areaId ? `${table.areaId}-` : ''}${table.from}-${table.to}.${extension}`;
}
