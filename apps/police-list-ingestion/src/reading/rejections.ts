import { FileRejectedError } from './sheet-row';

/** Numbers as a Danish clerk writes them: 2.000.000. */
export function danishNumber(value: number): string {
  return value.toLocaleString('da-DK');
}

/** A size as a clerk reads it: megabytes (kilobytes below one), Danish decimals. */
export function sizeInDanish(bytes: number): string {
  const [unit, size] = bytes >= 1024 * 1024 ? ['MB', bytes / (1024 * 1024)] : ['kB', bytes / 1024];
  return `${size.toLocaleString('da-DK', { maximumFractionDigits: 1 })} ${unit}`;
}

export function tooManyRows(maxRows: number, line: number): FileRejectedError {
  return new FileRejectedError(
    'too-many-rows',
    `Listen har flere end ${danishNumber(maxRows)} rækker. Del den op i flere filer og prøv igen.`,
    line,
  );
}

/** `where` names the place the way the clerk finds it, e.g. "Linje 12, kolonne 5". */
export function cellTooLong(where: string, maxCellLength: number, line: number): FileRejectedError {
  return new FileRejectedError('cell-too-long', `${where}: feltet er for langt (over ${danishNumber(maxCellLength)} tegn).`, line);
}

export function emptyFile(): FileRejectedError {
  return new FileRejectedError('empty-file', 'Filen er tom. Vælg den rigtige fil og prøv igen.');
}

/**
 * Errors from the operating system (missing file, no file descriptors, disk errors) are the
 * server's problem, not the clerk's file: they must not be turned into a rejection.
 */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/** A rejection for a file the parser could not make sense of; the parser's error is kept as `cause` for the log. */
export function unreadableFile(message: string, cause: unknown, line?: number): FileRejectedError {
  const rejection = new FileRejectedError('unreadable-file', message, line);
  rejection.cause = cause;
  return rejection;
}

/** The shared strings part unpacks past `maxBytes`: the reader would hold every one of them. */
export function sharedStringsTooLarge(maxBytes: number): FileRejectedError {
  return new FileRejectedError(
    'xlsx-shared-strings-too-large',
    `Excel-filens tekster fylder for meget, når de pakkes ud (over ${sizeInDanish(maxBytes)}). Del listen op i flere filer og prøv igen.`,
  );
}

/** workbook.xml, its relationships and styles.xml together unpack past `maxBytes`. */
export function workbookPartsTooLarge(maxBytes: number): FileRejectedError {
  return new FileRejectedError(
    'xlsx-workbook-parts-too-large',
    `Excel-filens ark- og formatoplysninger fylder for meget (over ${sizeInDanish(maxBytes)}). Kopiér listen over i en ny, tom projektmappe, gem den og prøv igen.`,
  );
}

/** A sheet's XML before its first row, within one row, or after its last row is longer than `maxBytes`. */
export function rowTooLarge(maxBytes: number): FileRejectedError {
  return new FileRejectedError(
    'xlsx-row-too-large',
    `En række i Excel-filen fylder for meget (over ${sizeInDanish(maxBytes)}). Slet tomme kolonner og meget lange celler, gem filen og prøv igen.`,
  );
}
