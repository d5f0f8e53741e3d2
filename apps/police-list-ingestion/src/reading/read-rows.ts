import { open } from 'node:fs/promises';
import { readCsvRows } from './csv-reader';
import { detectFileType, FILE_TYPE_SAMPLE_BYTES, type FileKind } from './detect-file-type';
import type { ReadLimits, SheetRow } from './sheet-row';
import { readXlsxRows } from './xlsx-reader';

export type { FileKind } from './detect-file-type';

/**
 * The rows of an uploaded police list, CSV or XLSX, one at a time (see readCsvRows and
 * readXlsxRows). An XLSX is inspected for zip bombs before anything in it is unpacked: that
 * is the first thing readXlsxRows does, so it cannot be skipped. Rejections are
 * FileRejectedError; the file type is rejected before the first row.
 */
export async function* readRows(path: string, limits: ReadLimits): AsyncGenerator<SheetRow> {
  const kind = await detectFileKind(path);
  yield* kind === 'xlsx' ? readXlsxRows(path, limits) : readCsvRows(path, limits);
}

/** The kind of file at `path` by its first bytes, or FileRejectedError 'unsupported-file-type'. */
export async function detectFileKind(path: string): Promise<FileKind> {
  const file = await open(path, 'r');
  try {
    const sample = Buffer.alloc(FILE_TYPE_SAMPLE_BYTES);
    const { bytesRead } = await file.read(sample, 0, sample.length, 0);
    return detectFileType(sample.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}
