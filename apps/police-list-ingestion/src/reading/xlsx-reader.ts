import type { Row } from 'exceljs';
import { openInspectedXlsx } from './inspect-xlsx';
import { isSystemError, tooManyRows, unreadableFile } from './rejections';
import { FileRejectedError, type CellValue, type ReadLimits, type SheetRow } from './sheet-row';
import { toCellValue } from './xlsx-cell-value';
import { XlsxWorkbook, type WorksheetEntry } from './xlsx-workbook';

const UNREADABLE_WORKBOOK = 'Excel-filen er beskadiget og kan ikke læses. Åbn den i Excel, gem den igen og prøv igen.';

/**
 * The rows of the first visible worksheet that has a non-empty cell (a cover sheet before the
 * list is passed over; later sheets are ignored), one at a time; `line` is the row number in
 * the sheet. Blank rows before and between rows with data are yielded with no values, also
 * where the file leaves them out; blank rows after the last row with data are not rows of the
 * list. Cell values: see toCellValue.
 *
 * The zip is inspected first (inspectXlsx) and read through the same open file. Rejects
 * (FileRejectedError) a rejected zip, a corrupt workbook, a row past `maxRows`, and a
 * workbook without any data, and parts the reader would hold past the limits (see
 * XlsxWorkbook). A cell longer than `maxCellLength` does not reject the file
 * (see ReadLimits): the cell is a cell the clerk typed, so the row validator reports that
 * row and the rest of the list is taken. Its size is bounded by `maxXlsxUncompressedBytes`.
 */
export async function* readXlsxRows(path: string, limits: ReadLimits): AsyncGenerator<SheetRow> {
  const zip = await openInspectedXlsx(path, limits);
  try {
    const workbook = await XlsxWorkbook.open(path, zip, limits);
    for (const sheet of workbook.visibleWorksheets()) {
      let hasData = false;
      for await (const row of sheetRows(workbook, sheet, limits)) {
        hasData = true;
        yield row;
      }
      if (hasData) return;
    }
    throw new FileRejectedError('empty-file', 'Excel-filen indeholder ingen data: alle synlige ark er tomme.');
  } catch (error) {
    throw error instanceof FileRejectedError || isSystemError(error) ? error : unreadableFile(UNREADABLE_WORKBOOK, error);
  } finally {
    zip.close();
  }
}

/** Rows with data, and the blank rows before and between them, numbered as in the sheet. */
async function* sheetRows(workbook: XlsxWorkbook, sheet: WorksheetEntry, limits: ReadLimits): AsyncGenerator<SheetRow> {
  let nextLine = 1;
  for await (const row of workbook.rows(sheet)) {
    const values = rowValues(row, workbook.date1904);
    // A blank row is yielded later, as a gap, if a row with data follows it.
    if (values.every(isBlankValue)) continue;
    if (!Number.isInteger(row.number) || row.number < nextLine) throw new Error(`row ${row.number} is out of order in sheet "${sheet.name}"`);
    if (row.number > limits.maxRows) throw tooManyRows(limits.maxRows, row.number);
    for (; nextLine < row.number; nextLine++) yield { line: nextLine, values: [] };
    yield { line: row.number, values };
    nextLine = row.number + 1;
  }
}

function rowValues(row: Row, date1904: boolean): CellValue[] {
  const values: CellValue[] = [];
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    values[column - 1] = toCellValue(cell.value, cell.numFmt, date1904);
  });
  return values;
}

/** Blank as the row validator sees it: no value, or only whitespace. */
function isBlankValue(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}
