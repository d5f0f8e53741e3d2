import { FileRejectedError } from './sheet-row';

/** Numbers as a Danish clerk writes them: 2.000.000. */
export function danishNumber(value: number): string {
  return value.toLocaleString('da-DK');
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
