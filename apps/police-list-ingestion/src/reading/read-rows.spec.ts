import { Workbook } from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectFileKind, readRows } from './read-rows';
import { FileRejectedError, type ReadLimits, type SheetRow } from './sheet-row';

const LIMITS: ReadLimits = { maxCellLength: 2000, maxRows: 1000, maxXlsxUncompressedBytes: 10 * 1024 * 1024, maxXlsxEntries: 500, maxXlsxSharedStringsBytes: 64 * 1024 * 1024, maxXlsxWorkbookPartsBytes: 1024 * 1024, maxXlsxRowBytes: 512 * 1024 };

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-rows-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function rowsOf(path: string): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of readRows(path, LIMITS)) rows.push(row);
  return rows;
}

async function rejectionOf(path: string): Promise<FileRejectedError> {
  const error = await rowsOf(path).then(
    () => new Error('the file was accepted'),
    (thrown: unknown) => thrown,
  );
  if (error instanceof FileRejectedError) return error;
  throw error;
}

describe('readRows', () => {
  it('reads a CSV upload, whatever its name says', async () => {
    const path = join(dir, 'liste.xlsx');
    writeFileSync(path, Buffer.from('Navn;Postnr\r\nSøren Ærø;8900\r\n', 'latin1'));
    expect(await detectFileKind(path)).toBe('csv');
    expect(await rowsOf(path)).toEqual([
      { line: 1, values: ['Navn', 'Postnr'] },
      { line: 2, values: ['Søren Ærø', '8900'] },
    ]);
  });

  it('reads an XLSX upload, whatever its name says', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Liste').addRows([['Navn', 'Postnr'], ['Søren Ærø', '8900']]);
    const path = join(dir, 'liste.csv');
    await workbook.xlsx.writeFile(path);
    expect(await detectFileKind(path)).toBe('xlsx');
    expect(await rowsOf(path)).toEqual([
      { line: 1, values: ['Navn', 'Postnr'] },
      { line: 2, values: ['Søren Ærø', '8900'] },
    ]);
  });

  it('rejects a file of another type before reading a row', async () => {
    const path = join(dir, 'liste.pdf');
    writeFileSync(path, '%PDF-1.7\n');
    expect(await rejectionOf(path)).toMatchObject({ code: 'unsupported-file-type' });
  });

  it('rejects an empty upload', async () => {
    const path = join(dir, 'tom.csv');
    writeFileSync(path, '');
    expect(await rejectionOf(path)).toMatchObject({ code: 'empty-file' });
  });
});
