import { Workbook } from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileRejectedError, type ReadLimits, type SheetRow } from './sheet-row';
import { isDateFormat, toCellValue } from './xlsx-cell-value';
import { readXlsxRows } from './xlsx-reader';

const LIMITS: ReadLimits = { maxCellLength: 2000, maxRows: 1000, maxXlsxUncompressedBytes: 100 * 1024 * 1024, maxXlsxEntries: 500, maxXlsxSharedStringsBytes: 64 * 1024 * 1024, maxXlsxWorkbookPartsBytes: 1024 * 1024, maxXlsxRowBytes: 512 * 1024 };

let dir: string;
let fileNo = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xlsx-reader-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function saved(workbook: Workbook): Promise<string> {
  const path = join(dir, `list-${++fileNo}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function rowsOf(path: string, limits: ReadLimits = LIMITS): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of readXlsxRows(path, limits)) rows.push(row);
  return rows;
}

async function rejectionOf(path: string, limits: ReadLimits = LIMITS): Promise<FileRejectedError> {
  const error = await rowsOf(path, limits).then(
    () => new Error('the file was accepted'),
    (thrown: unknown) => thrown,
  );
  if (error instanceof FileRejectedError) return error;
  throw error;
}

const utcDay = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));

describe('readXlsxRows', () => {
  it('skips an empty cover sheet and reads the first sheet with data, ignoring later sheets', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Forside');
    const data = workbook.addWorksheet('Liste');
    data.addRow(['Journalnummer', 'Navn']);
    data.addRow(['3700-80310-01234-25', 'Søren Ærø']);
    workbook.addWorksheet('Noter').addRow(['ikke med']);
    expect(await rowsOf(await saved(workbook))).toEqual([
      { line: 1, values: ['Journalnummer', 'Navn'] },
      { line: 2, values: ['3700-80310-01234-25', 'Søren Ærø'] },
    ]);
  });

  it('reads every kind of cell as its value', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Liste');
    sheet.addRow(['Overskrift']);
    const row = sheet.getRow(2);
    row.getCell(1).value = utcDay(2025, 3, 14);
    row.getCell(1).numFmt = 'dd-mm-yyyy';
    row.getCell(2).value = utcDay(2025, 3, 15); // no explicit format: exceljs gives it its default date format
    row.getCell(3).value = '0102031234';
    row.getCell(4).value = '8900';
    row.getCell(5).value = 8900;
    row.getCell(6).value = 12.5;
    row.getCell(7).value = { formula: 'A1+1', result: 42 };
    row.getCell(8).value = { formula: 'F2*2', result: 7 }; // evaluated it would be 25
    row.getCell(9).value = { formula: 'Z99' }; // no cached result
    row.getCell(10).value = { formula: 'A2+1', result: 45731 };
    row.getCell(10).numFmt = 'dd-mm-yyyy';
    row.getCell(11).value = { formula: 'CONCAT("Sø","ren")', result: 'Søren' };
    row.getCell(12).value = { richText: [{ text: 'Søren ' }, { font: { bold: true }, text: 'Ærø' }] };
    row.getCell(13).value = { text: 'politi.dk', hyperlink: 'https://politi.dk' };
    row.getCell(14).value = true;
    row.getCell(15).value = { error: '#N/A' };
    row.getCell(16).value = new Date(Date.UTC(2025, 2, 14, 8, 30));
    row.getCell(16).numFmt = 'dd-mm-yyyy hh:mm';
    row.getCell(18).value = 'efter et tomt felt';
    sheet.getCell('A3').value = { sharedFormula: 'G2', result: 43 };
    const [, values] = await rowsOf(await saved(workbook));
    expect(values).toEqual({
      line: 2,
      values: [
        utcDay(2025, 3, 14),
        utcDay(2025, 3, 15),
        '0102031234',
        '8900',
        8900,
        12.5,
        42,
        7,
        null,
        utcDay(2025, 3, 15),
        'Søren',
        'Søren Ærø',
        'politi.dk',
        true,
        null,
        new Date(Date.UTC(2025, 2, 14, 8, 30)),
        null,
        'efter et tomt felt',
      ],
    });
  });

  it('reads the cached result of a formula that follows a shared one', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Liste');
    sheet.getCell('A1').value = { formula: 'B1*2', result: 2 };
    sheet.getCell('A2').value = { sharedFormula: 'A1', result: 4 };
    expect((await rowsOf(await saved(workbook))).map((row) => row.values)).toEqual([[2], [4]]);
  });

  it('honours the 1904 date system', async () => {
    const workbook = new Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('Liste');
    sheet.getCell('A1').value = 'Dato';
    sheet.getCell('A2').value = utcDay(2025, 3, 14);
    sheet.getCell('A2').numFmt = 'dd-mm-yyyy';
    sheet.getCell('B2').value = { formula: 'A2', result: 44268 }; // 14-03-2025 counted from 1904 (45730 from 1900)
    sheet.getCell('B2').numFmt = 'dd-mm-yyyy';
    const [, row] = await rowsOf(await saved(workbook));
    expect(row.values).toEqual([utcDay(2025, 3, 14), utcDay(2025, 3, 14)]);
  });

  it('yields blank rows before and between rows with data, also where the file leaves them out, but not after the last', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Liste');
    sheet.getCell('A2').value = 'Journalnummer';
    sheet.getCell('A3').value = '1';
    sheet.getCell('A4').value = ''; // present in the file, but blank
    sheet.getCell('A6').value = '2';
    sheet.getCell('A8').value = '   ';
    sheet.getCell('B9').numFmt = 'dd-mm-yyyy'; // a formatted, empty row after the list
    expect(await rowsOf(await saved(workbook))).toEqual([
      { line: 1, values: [] },
      { line: 2, values: ['Journalnummer'] },
      { line: 3, values: ['1'] },
      { line: 4, values: [] },
      { line: 5, values: [] },
      { line: 6, values: ['2'] },
    ]);
  });

  it('leaves hidden sheets out', async () => {
    const workbook = new Workbook();
    const lookup = workbook.addWorksheet('Opslag', { state: 'hidden' });
    lookup.addRow(['mistænkt', 'sigtet']);
    workbook.addWorksheet('Liste').addRow(['Navn']);
    expect(await rowsOf(await saved(workbook))).toEqual([{ line: 1, values: ['Navn'] }]);
  });

  it('keeps æøå whole in a large shared-string table (exceljs alone garbles a character split between chunks)', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Liste');
    for (let i = 0; i < 20_000; i++) sheet.addRow([`Søren Æbelø Ødegård ${i}`]);
    const rows = await rowsOf(await saved(workbook), { ...LIMITS, maxRows: 20_000 });
    expect(rows).toHaveLength(20_000);
    expect(rows.filter((row) => row.values[0] !== `Søren Æbelø Ødegård ${row.line - 1}`)).toEqual([]);
    // Writing and reading 20,000 rows takes some 5 s on a busy 2-core machine: jest's default 5 s deadline is too short.
  }, 60_000);

  it('passes a cell longer than maxCellLength on for the row validator to report', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Liste').addRow(['Bemærkning']).worksheet.addRow(['x'.repeat(2001)]);
    const rows = await rowsOf(await saved(workbook));
    expect(rows[1].values[0]).toHaveLength(2001);
  });

  describe('rejects', () => {
    it('the row past maxRows, counting leading and gap rows, with its row number', async () => {
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet('Liste');
      sheet.getCell('A2').value = 'Navn';
      for (let row = 3; row <= 5; row++) sheet.getCell(`A${row}`).value = `Person ${row}`;
      sheet.getCell('A8').value = 'Sidst';
      const path = await saved(workbook);
      expect(await rowsOf(path, { ...LIMITS, maxRows: 8 })).toHaveLength(8);
      const rejection = await rejectionOf(path, { ...LIMITS, maxRows: 7 });
      expect(rejection).toMatchObject({ code: 'too-many-rows', line: 8 });
      expect(await rejectionOf(path, { ...LIMITS, maxRows: 4 })).toMatchObject({ code: 'too-many-rows', line: 5 });
    });

    it('a workbook where every visible sheet is empty', async () => {
      const workbook = new Workbook();
      workbook.addWorksheet('Forside');
      workbook.addWorksheet('Skjult', { state: 'hidden' }).addRow(['data']);
      workbook.addWorksheet('Liste').getCell('C3').value = ' ';
      expect(await rejectionOf(await saved(workbook))).toMatchObject({ code: 'empty-file' });
    });
  });
});

describe('toCellValue', () => {
  it('takes a number formula result in a date format as a date, and an error result as nothing', () => {
    expect(toCellValue({ formula: 'TODAY()', result: 45730 }, 'dd-mm-yyyy', false)).toEqual(utcDay(2025, 3, 14));
    expect(toCellValue({ formula: 'TODAY()', result: 45730 }, undefined, false)).toBe(45730);
    expect(toCellValue({ formula: 'VLOOKUP(A1;B:C;2)', result: Number.NaN }, undefined, false)).toBeNull();
    expect(toCellValue({ formula: 'A1', result: { error: '#REF!' } }, undefined, false)).toBeNull();
  });

  it('gives a rich-text run without text as nothing', () => {
    expect(toCellValue({ richText: [{ text: 'Sø' }, { text: undefined as unknown as string }, { text: 'ren' }] }, undefined, false)).toBe('Søren');
  });
});

describe('isDateFormat', () => {
  it.each([
    ['dd-mm-yyyy', true],
    ['DD.MM.YYYY', true],
    ['[$-406]d. mmmm yyyy;@', true],
    ['hh:mm', true],
    ['[h]:mm:ss', true],
    ['mm-dd-yy', true],
    ['General', false],
    ['0', false],
    ['#,##0.00 "kr."', false],
    ['#,##0.00\\ "kr.";[Red]-#,##0.00\\ "kr."', false],
    ['0.00E+00', false],
    ['@', false],
    ['_-* #,##0_-', false],
    [undefined, false],
  ])('%j is a date format: %s', (numFmt, expected) => {
    expect(isDateFormat(numFmt)).toBe(expected);
  });
});
