import { CsvError, Parser, type Options } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { Transform, pipeline } from 'node:stream';
import { TextDecoder } from 'node:util';
import { detectCsvEncoding, detectSeparator, readTextSample, type CsvEncodingName, type CsvSeparator } from './csv-format';
import { cellTooLong, danishNumber, tooManyRows, unreadableFile } from './rejections';
import { FileRejectedError, type ReadLimits, type SheetRow } from './sheet-row';

/**
 * A row may hold this many cells of the longest allowed length. The parser buffers a whole
 * record, so this bounds the memory an unclosed quote can make it swallow.
 */
const FULL_CELLS_PER_ROW = 64;

/**
 * The rows of a CSV file, the header line included, one at a time: memory does not grow
 * with the file. Encoding (UTF-8 with or without byte-order mark, or Windows-1252) and
 * separator (";", "," or tab) are detected; quoted fields may hold separators, doubled
 * quotes and line breaks. Blank lines are rows (values [""]); the newline that ends the
 * last line is not. Rows may have fewer or more cells than the header.
 *
 * `line` is the line in the file where the row starts (the header is line 1), counting the
 * line breaks inside quoted fields, so the clerk finds the row in a text editor. Lines may
 * end in CRLF, LF or CR, even mixed; a line break inside a cell comes out as "\n".
 *
 * Rejects (FileRejectedError) an empty file, a row past `maxRows` (reading stops there), a
 * cell longer than `maxCellLength`, and a quote that is never closed.
 */
export async function* readCsvRows(path: string, limits: ReadLimits): AsyncGenerator<SheetRow> {
  const encoding = await detectCsvEncoding(path);
  const separator = detectSeparator(await readTextSample(path, encoding));
  const parser = new LineNumberingParser(parserOptions(separator, limits));
  const rows = pipeline(
    createReadStream(path, { start: encoding.bomLength, highWaterMark: 64 * 1024 }),
    decodingTo(encoding.name),
    parser,
    // An error also ends the iteration below, which is where it is handled.
    () => undefined,
  );
  let rowCount = 0;
  try {
    for await (const row of rows as AsyncIterable<SheetRow>) {
      if (++rowCount > limits.maxRows) throw tooManyRows(limits.maxRows, row.line);
      const tooLong = row.values.findIndex((value) => typeof value === 'string' && value.length > limits.maxCellLength);
      if (tooLong !== -1) throw cellTooLong(`Linje ${row.line}, kolonne ${tooLong + 1}`, limits.maxCellLength, row.line);
      yield row;
    }
  } catch (error) {
    throw asRejection(error, parser.lineInProgress, limits);
  }
}

function parserOptions(separator: CsvSeparator, limits: ReadLimits): Options {
  return {
    delimiter: separator,
    // decodingTo has made every line end in "\n".
    record_delimiter: '\n',
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: limits.maxCellLength * FULL_CELLS_PER_ROW,
  };
}

/**
 * csv-parse's parser, numbering records as it parses them, in file order: when it fails,
 * `lineInProgress` is where the failing record starts, even though records it parsed before
 * may not have reached the reader yet (they are dropped with the error). csv-parse's own
 * `info.lines` is not used: it counts a CRLF inside quotes as two lines, and building it for
 * every record (on_record, info: true) costs seconds per million rows.
 */
class LineNumberingParser extends Parser {
  /** The line where the record being parsed starts. */
  lineInProgress = 1;

  override push(values: string[] | null, encoding?: BufferEncoding): boolean {
    if (values === null) return super.push(null, encoding);
    const row: SheetRow = { line: this.lineInProgress, values };
    this.lineInProgress += 1 + lineBreaksIn(values);
    return super.push(row);
  }
}

/** Line breaks in the values are those inside quoted fields: the record's other lines. */
function lineBreaksIn(values: readonly string[]): number {
  let count = 0;
  for (const value of values) {
    for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1)) count++;
  }
  return count;
}

/**
 * Decodes the bytes chunk by chunk (a multibyte character split between chunks is kept
 * whole) and makes every line break "\n": CRLF and a lone CR (old Mac Excel) count as one
 * line each, and mixed line endings in a hand-edited file still separate rows.
 */
function decodingTo(encoding: CsvEncodingName): Transform {
  // Not fatal: a byte that is invalid in the detected encoding becomes U+FFFD (see detectCsvEncoding).
  const decoder = new TextDecoder(encoding);
  let heldCarriageReturn = false;
  const normalised = (text: string, isLast: boolean): string => {
    let whole = heldCarriageReturn ? `\r${text}` : text;
    // A CR at the end of a chunk may be the first half of a CRLF split between chunks.
    heldCarriageReturn = !isLast && whole.endsWith('\r');
    if (heldCarriageReturn) whole = whole.slice(0, -1);
    return whole.replace(/\r\n?/g, '\n');
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, normalised(decoder.decode(chunk, { stream: true }), false));
    },
    flush(done) {
      done(null, normalised(decoder.decode(), true));
    },
  });
}

function asRejection(error: unknown, line: number, limits: ReadLimits): unknown {
  if (!(error instanceof CsvError)) return error;
  switch (error.code) {
    case 'CSV_MAX_RECORD_SIZE':
      return new FileRejectedError(
        'cell-too-long',
        `Linje ${line}: rækken er for lang (over ${danishNumber(limits.maxCellLength * FULL_CELLS_PER_ROW)} tegn). ` +
          'Måske mangler et afsluttende anførselstegn (").',
        line,
      );
    case 'CSV_QUOTE_NOT_CLOSED':
      return unreadableFile(`Linje ${line}: et anførselstegn (") bliver ikke lukket, så resten af filen kan ikke læses.`, error, line);
    default:
      return unreadableFile(`Linje ${line}: linjen kan ikke læses som CSV.`, error, line);
  }
}
