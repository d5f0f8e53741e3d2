import { Workbook } from 'exceljs';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { inspectXlsx } from './inspect-xlsx';
import { FileRejectedError, type ReadLimits, type SheetRow } from './sheet-row';
import { readXlsxRows } from './xlsx-reader';

const MB = 1024 * 1024;
const LIMITS: ReadLimits = { maxCellLength: 2000, maxRows: 1000, maxXlsxUncompressedBytes: 100 * MB, maxXlsxEntries: 500, maxXlsxSharedStringsBytes: 64 * 1024 * 1024, maxXlsxWorkbookPartsBytes: 1024 * 1024, maxXlsxRowBytes: 512 * 1024 };

let dir: string;
let fileNo = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inspect-xlsx-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(content: Buffer): string {
  const path = join(dir, `upload-${++fileNo}.xlsx`);
  writeFileSync(path, content);
  return path;
}

interface ZipPart {
  name: string;
  content: Buffer | string;
  /** The unpacked size the zip claims; the real one unless a test lies. */
  declaredSize?: number;
}

/**
 * A zip built byte by byte (no zip writer is installed): deflated entries, then the central
 * directory, then its end record. The CRC-32 fields stay 0: yauzl does not check them.
 */
function zipOf(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content, 'utf8');
    const packed = deflateRawSync(data);
    const size = part.declaredSize ?? data.length;
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function sheetXml(rows: readonly string[][]): string {
  const cells = rows.map(
    (values, index) =>
      `<row r="${index + 1}">${values.map((value, column) => `<c r="${String.fromCharCode(65 + column)}${index + 1}" t="inlineStr"><is><t>${value}</t></is></c>`).join('')}</row>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${cells.join('')}</sheetData></worksheet>`;
}

/** The smallest workbook: no styles, no shared strings; the sheet first in the zip, as some writers order it. */
function workbookParts(sheet: ZipPart, target = 'worksheets/sheet1.xml', more: { sharedStrings?: string; styles?: string } = {}): ZipPart[] {
  const extra = [
    ...(more.sharedStrings === undefined ? [] : [{ type: 'sharedStrings', target: 'sharedStrings.xml', content: more.sharedStrings }]),
    ...(more.styles === undefined ? [] : [{ type: 'styles', target: 'styles.xml', content: more.styles }]),
  ];
  return [
    ...extra.map((part) => ({ name: `xl/${part.target}`, content: part.content })),
    sheet,
    { name: '[Content_Types].xml', content: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    {
      name: 'xl/workbook.xml',
      content: `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="Liste" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="${target}"/>${extra
        .map((part, index) => `<Relationship Id="rId${index + 2}" Type="${RELATIONSHIPS}/${part.type}" Target="${part.target}"/>`)
        .join('')}</Relationships>`,
    },
  ];
}

async function rowsOf(path: string, limits: ReadLimits = LIMITS): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of readXlsxRows(path, limits)) rows.push(row);
  return rows;
}

async function rejectionOf(reading: Promise<unknown>): Promise<FileRejectedError> {
  const error = await reading.then(
    () => new Error('the file was accepted'),
    (thrown: unknown) => thrown,
  );
  if (error instanceof FileRejectedError) return error;
  throw error;
}

describe('inspectXlsx', () => {
  it('passes a workbook written by exceljs', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Liste').addRow(['Navn']);
    const path = join(dir, 'exceljs.xlsx');
    await workbook.xlsx.writeFile(path);
    await expect(inspectXlsx(path, LIMITS)).resolves.toBeUndefined();
  });

  it('rejects more entries than maxXlsxEntries', async () => {
    const padding = Array.from({ length: 600 }, (_, i): ZipPart => ({ name: `xl/media/image${i}.png`, content: 'x' }));
    const path = file(zipOf([...workbookParts({ name: 'xl/worksheets/sheet1.xml', content: sheetXml([['Navn']]) }), ...padding]));
    const rejection = await rejectionOf(inspectXlsx(path, LIMITS));
    expect(rejection.code).toBe('xlsx-too-many-entries');
    expect(rejection.message).toContain('over 500');
  });

  it('rejects entries that unpack to more than maxXlsxUncompressedBytes in total', async () => {
    // Random hex packs about 2:1, so only the total is too large, not the packing ratio.
    const half = Buffer.from(randomBytes(0.75 * MB).toString('hex'));
    const path = file(
      zipOf([...workbookParts({ name: 'xl/worksheets/sheet1.xml', content: half }), { name: 'xl/worksheets/sheet2.xml', content: half }]),
    );
    const rejection = await rejectionOf(inspectXlsx(path, { ...LIMITS, maxXlsxUncompressedBytes: 2 * MB }));
    expect(rejection.code).toBe('xlsx-too-large');
    expect(rejection.message).toBe('Excel-filen fylder for meget, når den pakkes ud (over 2 MB). Del listen op i flere filer og prøv igen.');
  });

  it('rejects a zip bomb: one entry that unpacks absurdly far, though within the total', async () => {
    const bomb = Buffer.alloc(64 * MB, 0x20);
    const path = file(zipOf(workbookParts({ name: 'xl/worksheets/sheet1.xml', content: bomb })));
    const rejection = await rejectionOf(inspectXlsx(path, { ...LIMITS, maxXlsxUncompressedBytes: 1024 * MB }));
    expect(rejection.code).toBe('xlsx-too-large');
    expect(rejection.message).toContain('unormalt meget');
  });

  it('rejects a zip that is not a workbook as an unsupported file type', async () => {
    const path = file(zipOf([{ name: 'word/document.xml', content: '<w:document/>' }, { name: '[Content_Types].xml', content: '<Types/>' }]));
    expect(await rejectionOf(inspectXlsx(path, LIMITS))).toMatchObject({ code: 'unsupported-file-type' });
  });

  it('rejects a corrupt or truncated zip as unreadable', async () => {
    expect(await rejectionOf(inspectXlsx(file(Buffer.from('PK\x03\x04 ikke en zip-fil', 'latin1')), LIMITS))).toMatchObject({ code: 'unreadable-file' });
    const whole = zipOf(workbookParts({ name: 'xl/worksheets/sheet1.xml', content: sheetXml([['Navn']]) }));
    const truncated = file(whole.subarray(0, whole.length - 30));
    expect(await rejectionOf(inspectXlsx(truncated, LIMITS))).toMatchObject({ code: 'unreadable-file' });
  });

  it('rejects two entries with one name (readers disagree on which one counts)', async () => {
    const sheet = { name: 'xl/worksheets/sheet1.xml', content: sheetXml([['Navn']]) };
    const path = file(zipOf([...workbookParts(sheet), { ...sheet, content: sheetXml([['Smuglet']]) }]));
    expect(await rejectionOf(inspectXlsx(path, LIMITS))).toMatchObject({ code: 'unreadable-file' });
  });
});

describe('readXlsxRows on hand-built zips', () => {
  it('reads a minimal workbook with the sheet before workbook.xml in the zip and an absolute target', async () => {
    const sheet = { name: 'xl/worksheets/sheet1.xml', content: sheetXml([['Navn', 'Adresse'], ['Søren Ærø', 'Åbyvej 3']]) };
    const path = file(zipOf(workbookParts(sheet, '/xl/worksheets/sheet1.xml')));
    expect(await rowsOf(path)).toEqual([
      { line: 1, values: ['Navn', 'Adresse'] },
      { line: 2, values: ['Søren Ærø', 'Åbyvej 3'] },
    ]);
  });

  it('inspects before it parses: a bomb whose content is not even XML is rejected as too large', async () => {
    const path = file(zipOf(workbookParts({ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(64 * MB, 0x01) })));
    expect(await rejectionOf(rowsOf(path, { ...LIMITS, maxXlsxUncompressedBytes: 1024 * MB }))).toMatchObject({ code: 'xlsx-too-large' });
  });

  it('stops unpacking an entry that unpacks past the size the central directory declares', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [`Person ${i}`]);
    const liar = { name: 'xl/worksheets/sheet1.xml', content: sheetXml(rows), declaredSize: 1000 };
    const path = file(zipOf(workbookParts(liar)));
    await expect(inspectXlsx(path, { ...LIMITS, maxXlsxUncompressedBytes: 100_000 })).resolves.toBeUndefined();
    const rejection = await rejectionOf(rowsOf(path, { ...LIMITS, maxRows: 100_000, maxXlsxUncompressedBytes: 100_000 }));
    expect(rejection.code).toBe('unreadable-file');
    expect(rejection.cause).toEqual(expect.objectContaining({ message: expect.stringContaining('too many bytes in the stream') }));
  });

  it('rejects a workbook whose parts are broken as unreadable', async () => {
    const sheet = { name: 'xl/worksheets/sheet1.xml', content: sheetXml([['Navn']]) };
    const brokenXml = workbookParts(sheet).map((part) => (part.name === 'xl/workbook.xml' ? { ...part, content: '<workbook><sheets>' } : part));
    const missingSheet = workbookParts(sheet, 'worksheets/sheet9.xml');
    const brokenDeflate = zipOf(workbookParts({ ...sheet, content: sheetXml([['Navn'], ['Søren']]) }));
    const sheetData = 30 + sheet.name.length;
    brokenDeflate.fill(0xff, sheetData, sheetData + 20);
    for (const path of [file(zipOf(brokenXml)), file(zipOf(missingSheet)), file(brokenDeflate)]) {
      const rejection = await rejectionOf(rowsOf(path));
      expect(rejection).toMatchObject({ code: 'unreadable-file', message: 'Excel-filen er beskadiget og kan ikke læses. Åbn den i Excel, gem den igen og prøv igen.' });
    }
  });

  it('reads through inspection: an exceljs workbook bigger than its own limits is rejected, not half read', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Liste');
    for (let i = 0; i < 2000; i++) sheet.addRow([`Person ${i}`, i]);
    const path = join(dir, 'inspected.xlsx');
    await workbook.xlsx.writeFile(path);
    const size = readFileSync(path).length;
    expect(await rejectionOf(rowsOf(path, { ...LIMITS, maxRows: 10_000, maxXlsxUncompressedBytes: size }))).toMatchObject({ code: 'xlsx-too-large' });
  });

  describe('holds no more of a file than the limits allow', () => {
    const sharedStrings = (items: readonly string[]) => `<?xml version="1.0"?><sst xmlns="${MAIN}">${items.join('')}</sst>`;
    const sharedStringSheet = (count: number) =>
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${Array.from({ length: count }, (_, index) => `<row r="${index + 1}"><c r="A${index + 1}" t="s"><v>${index}</v></c></row>`).join('')}</sheetData></worksheet>`;

    it('reads shared strings, rich text as its text and an empty one as blank, within the limit', async () => {
      const table = sharedStrings(['<si><t>Navn</t></si>', '<si><r><t>Søren </t></r><r><rPr><b/></rPr><t>Ærø</t></r></si>', '<si><t/></si>', '<si><t>Åbyvej 3</t></si>']);
      const path = file(zipOf(workbookParts({ name: 'xl/worksheets/sheet1.xml', content: sharedStringSheet(4) }, undefined, { sharedStrings: table })));
      expect(await rowsOf(path, { ...LIMITS, maxXlsxSharedStringsBytes: Buffer.byteLength(table) })).toEqual([
        { line: 1, values: ['Navn'] },
        { line: 2, values: ['Søren Ærø'] },
        { line: 3, values: [] },
        { line: 4, values: ['Åbyvej 3'] },
      ]);
      expect(await rejectionOf(rowsOf(path, { ...LIMITS, maxXlsxSharedStringsBytes: Buffer.byteLength(table) - 1 }))).toMatchObject({
        code: 'xlsx-shared-strings-too-large',
        message: 'Excel-filens tekster fylder for meget, når de pakkes ud (over 0,2 kB). Del listen op i flere filer og prøv igen.',
      });
    });

    it('rejects shared strings past the limit as they unpack, whatever the zip declares', async () => {
      const table = sharedStrings(Array.from({ length: 200_000 }, (_, index) => `<si><t>${index}</t></si>`));
      const path = file(zipOf(workbookParts({ name: 'xl/worksheets/sheet1.xml', content: sharedStringSheet(1) }, undefined, { sharedStrings: table })));
      expect(await rejectionOf(rowsOf(path, { ...LIMITS, maxXlsxSharedStringsBytes: MB }))).toMatchObject({ code: 'xlsx-shared-strings-too-large' });
    });

    it('rejects workbook.xml, its relationships and styles.xml past the limit together', async () => {
      const styles = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><cellXfs>${'<xf/>'.repeat(50_000)}</cellXfs></styleSheet>`;
      const path = file(zipOf(workbookParts({ name: 'xl/worksheets/sheet1.xml', content: sheetXml([['Navn']]) }, undefined, { styles })));
      expect(await rowsOf(path, { ...LIMITS, maxXlsxWorkbookPartsBytes: MB })).toEqual([{ line: 1, values: ['Navn'] }]);
      expect(await rejectionOf(rowsOf(path, { ...LIMITS, maxXlsxWorkbookPartsBytes: Buffer.byteLength(styles) }))).toMatchObject({ code: 'xlsx-workbook-parts-too-large' });
    });

    it('rejects a row past the limit', async () => {
      const path = file(zipOf(workbookParts({ name: 'xl/worksheets/sheet1.xml', content: sheetXml([['Navn'], ['x'.repeat(70_000)]]) })));
      expect(await rowsOf(path, { ...LIMITS, maxCellLength: 100_000, maxXlsxRowBytes: 80_000 })).toHaveLength(2);
      expect(await rejectionOf(rowsOf(path, { ...LIMITS, maxXlsxRowBytes: 64 * 1024 }))).toMatchObject({ code: 'xlsx-row-too-large', message: expect.stringContaining('(over 64 kB)') });
    });

    it('reads a sheet whose column definitions span a billion columns without making them', async () => {
      const sheet = sheetXml([['Navn'], ['Søren']]).replace('<sheetData>', '<cols><col min="1" max="1000000000" width="9"/></cols><sheetData>');
      const path = file(zipOf(workbookParts({ name: 'xl/worksheets/sheet1.xml', content: sheet })));
      expect(await rowsOf(path)).toEqual([
        { line: 1, values: ['Navn'] },
        { line: 2, values: ['Søren'] },
      ]);
    });
  });
});
