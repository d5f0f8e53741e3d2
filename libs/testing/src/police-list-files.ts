import ExcelJS from 'exceljs';

/** One row of a police list, by the header text the file will carry. */
export type PoliceListRowCells = Record<string, string | number | Date | { formula: string; result: string | number } | null>;

export interface CsvOptions {
  separator?: ';' | ',' | '\t';
  /** Danish Excel's "CSV (semikolonsepareret)" is Windows-1252; "CSV UTF-8" has a BOM. */
  encoding?: 'utf8' | 'utf8-bom' | 'windows-1252';
  lineBreak?: '\r\n' | '\n';
}

function csvCell(value: PoliceListRowCells[string], separator: string): string {
  const text = value === null ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'object' ? String(value.result) : String(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `null` rows are blank lines. */
export function policeListCsv(header: string[], rows: Array<PoliceListRowCells | null>, options: CsvOptions = {}): Buffer {
  const separator = options.separator ?? ';';
  const lineBreak = options.lineBreak ?? '\r\n';
  const lines = [header.join(separator), ...rows.map((row) => (row === null ? '' : header.map((column) => csvCell(row[column] ?? null, separator)).join(separator)))];
  const text = lines.join(lineBreak) + lineBreak;
  switch (options.encoding ?? 'windows-1252') {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'windows-1252':
      // Windows-1252 and Latin-1 agree on every letter a Danish list holds (æ, ø, å, é, ü, §).
      return Buffer.from(text, 'latin1');
  }
}

export interface XlsxOptions {
  /** Sheets before the list, as Excel users leave them (a cover page, an empty sheet). */
  sheetsBefore?: Array<{ name: string; cells?: string[][] }>;
  /** Number format of date cells; `dd-mm-yyyy` unless given. */
  dateFormat?: string;
}

/** An XLSX as Excel writes it: real date cells, text cells, formulas with cached results; `null` rows are gaps. */
export async function policeListXlsx(header: string[], rows: Array<PoliceListRowCells | null>, options: XlsxOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of options.sheetsBefore ?? []) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const cells of sheet.cells ?? []) worksheet.addRow(cells);
  }
  const worksheet = workbook.addWorksheet('Politiliste');
  worksheet.addRow(header);
  rows.forEach((row, index) => {
    if (row === null) return;
    const written = worksheet.getRow(index + 2);
    header.forEach((column, columnIndex) => {
      const value = row[column] ?? null;
      const cell = written.getCell(columnIndex + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = options.dateFormat ?? 'dd-mm-yyyy';
    });
    written.commit();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface UploadResult {
  status: number;
  body: Record<string, unknown>;
}

/** Uploads a list as the secretariat's browser would: multipart, field `file`. */
export async function uploadPoliceList(baseUrl: string, token: string, content: Buffer, fileName: string, fields: Record<string, string> = {}): Promise<UploadResult> {
  const form = new FormData();
  form.append('file', new Blob([content]), fileName);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const response = await fetch(`${baseUrl}/police-lists`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
