/** A cell as read: CSV gives text; XLSX gives text, numbers, real dates or booleans. */
export type CellValue = string | number | Date | boolean | null;

/**
 * One physical row of the file, the header row included. `line` is what the clerk sees:
 * the line in the CSV file where the record starts, or the row number in the sheet.
 * A blank row has no values or only empty ones.
 */
export interface SheetRow {
  line: number;
  values: CellValue[];
}

export interface ReadLimits {
  /** Longest cell, in characters; a longer cell rejects the file (CSV) or is reported (XLSX). */
  maxCellLength: number;
  /** Most rows (header and blank rows included); more rejects the file. */
  maxRows: number;
  /** XLSX: the most bytes the zip may unpack to, and the most entries it may hold. */
  maxXlsxUncompressedBytes: number;
  maxXlsxEntries: number;
  /**
   * XLSX, what the reader holds in memory for the whole file: the bytes the shared strings
   * part unpacks to; the bytes workbook.xml, its relationships and styles.xml unpack to
   * together; and the bytes of a sheet before its first row, within one row, or after its
   * last row. Each is checked as the part streams in, before it is held.
   */
  maxXlsxSharedStringsBytes: number;
  maxXlsxWorkbookPartsBytes: number;
  maxXlsxRowBytes: number;
}

export type FileRejection =
  | 'unsupported-file-type'
  | 'too-many-rows'
  | 'cell-too-long'
  | 'xlsx-too-large'
  | 'xlsx-too-many-entries'
  | 'xlsx-shared-strings-too-large'
  | 'xlsx-workbook-parts-too-large'
  | 'xlsx-row-too-large'
  | 'unreadable-file'
  | 'no-header'
  | 'empty-file'
  | 'missing-columns';

/** HTTP status each rejection of a whole file answers with. */
export const REJECTION_STATUS: Record<FileRejection, 413 | 415 | 422> = {
  'unsupported-file-type': 415,
  'too-many-rows': 413,
  'cell-too-long': 422,
  'xlsx-too-large': 413,
  'xlsx-too-many-entries': 413,
  'xlsx-shared-strings-too-large': 413,
  'xlsx-workbook-parts-too-large': 413,
  'xlsx-row-too-large': 413,
  'unreadable-file': 422,
  'no-header': 422,
  'empty-file': 422,
  'missing-columns': 422,
};

/** The whole file cannot be taken; `message` is Danish for the clerk, `code` stable English. */
export class FileRejectedError extends Error {
  constructor(
    readonly code: FileRejection,
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'FileRejectedError';
  }
}
