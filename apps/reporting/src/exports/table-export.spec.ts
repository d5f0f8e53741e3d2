import ExcelJS from 'exceljs';
import type { StatisticTable } from '../statistics/statistic-table';
import { exportFileName, tableCsv, tableGrid, tableXlsx } from './table-export';

const TABLE: StatisticTable = {
  statistic: 'meetings',
  title: 'Afholdte møder',
  audience: 'municipality',
  areaId: null,
  period: 'month',
  from: '2026-01-01',
  to: '2026-02-28',
  keyColumns: [{ id: 'body', heading: 'Organ' }],
  columns: ['2026-01', '2026-02'],
  rows: [
    { keys: { body: '-2+3' }, labels: { body: '-2+3' }, unit: 'count', values: [null, 7], suppressed: [true, false], total: null, totalSuppressed: true },
    { keys: { body: 'a;b' }, labels: { body: 'a;b' }, unit: 'days', values: [1.5, null], suppressed: [false, false], total: 12, totalSuppressed: false },
  ],
  columnTotals: [9, 7],
  columnTotalsSuppressed: [false, false],
  grandTotal: 16,
  grandTotalSuppressed: false,
  suppression: { threshold: 5, hiddenValues: 2 },
};

describe('table exports', () => {
  it('lays the table out with headings, ".." where hidden, empty where there is nothing, and a totals row', () => {
    expect(tableGrid(TABLE)).toEqual({
      header: ['Organ', '2026-01', '2026-02', 'I alt'],
      rows: [
        ['-2+3', '..', 7, '..'],
        ['a;b', 1.5, null, 12],
        ['I alt', 9, 7, 16],
      ],
    });
  });

  it('writes CSV for Danish Excel: BOM, semicolons, decimal comma, quoting, no formulas', () => {
    expect(tableCsv(TABLE)).toBe('\uFEFFOrgan;2026-01;2026-02;I alt\r\n\'-2+3;..;7;..\r\n"a;b";1,5;;12\r\nI alt;9;7;16\r\n');
  });

  it('writes XLSX with numbers as numbers and text as text, never as a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await tableXlsx(TABLE)).buffer);
    const sheet = workbook.getWorksheet('Tabel')!;
    expect([sheet.getCell('A2').value, sheet.getCell('A2').type, sheet.getCell('C2').value, sheet.getCell('B3').value]).toEqual(['-2+3', ExcelJS.ValueType.String, 7, 1.5]);
    expect(workbook.getWorksheet('Om tabellen')!.getCell('B6').value).toMatch(/Tal under 5/);
  });

  it('names the file after the statistic, area and window', () => {
    expect(exportFileName({ ...TABLE, areaId: 'langaa' }, 'csv')).toBe('meetings-langaa-2026-01-01-2026-02-28.csv');
  });
});
