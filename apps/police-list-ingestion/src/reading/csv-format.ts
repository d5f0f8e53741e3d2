import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import { emptyFile } from './rejections';

export type CsvEncodingName = 'utf-8' | 'windows-1252';

export interface CsvEncoding {
  name: CsvEncodingName;
  /** Bytes of byte-order mark to skip before the text starts. */
  bomLength: number;
}

export type CsvSeparator = ';' | ',' | '\t';

/** Bytes of non-ASCII text that must decode as UTF-8 before the file is taken to be UTF-8. */
export const ENCODING_EVIDENCE_BYTES = 64 * 1024;

/** Bytes read from the start of the file to find the header line. */
const HEADER_SAMPLE_BYTES = 64 * 1024;

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF_8: CsvEncoding = { name: 'utf-8', bomLength: 0 };
const WINDOWS_1252: CsvEncoding = { name: 'windows-1252', bomLength: 0 };

/**
 * How a Danish Excel saves CSV: "CSV UTF-8" writes a byte-order mark, plain "CSV" writes
 * Windows-1252 without one. Without a mark the file is UTF-8 if it decodes as UTF-8 from
 * its first non-ASCII byte on, for ENCODING_EVIDENCE_BYTES or to its end; else
 * Windows-1252 (Windows-1252 text with æøå is practically never valid UTF-8).
 *
 * Pure ASCII is no evidence either way, so it is skipped: a list whose first 5,000 rows
 * happen to be ASCII is still decided by its first "ø" (an all-ASCII file is read through
 * once for this, in constant memory). The residual risk: a UTF-8 file with an invalid byte
 * beyond the evidence is decoded with replacement characters (U+FFFD) there, which the row
 * validator then sees as odd text.
 *
 * Rejects an empty file (nothing but possibly a byte-order mark).
 */
export async function detectCsvEncoding(path: string): Promise<CsvEncoding> {
  const { size } = await stat(path);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let isFirstChunk = true;
  let evidenceBytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>) {
    if (isFirstChunk && startsWithBom(chunk)) {
      if (size === UTF8_BOM.length) throw emptyFile();
      return { name: 'utf-8', bomLength: UTF8_BOM.length };
    }
    isFirstChunk = false;
    if (evidenceBytes === 0 && isAscii(chunk)) continue;
    if (!decodesAsUtf8(decoder, chunk, { stream: true })) return WINDOWS_1252;
    evidenceBytes += chunk.length;
    if (evidenceBytes >= ENCODING_EVIDENCE_BYTES) return UTF_8;
  }
  if (isFirstChunk) throw emptyFile();
  // The whole file has been seen, so an unfinished multibyte sequence at its end is invalid.
  return decodesAsUtf8(decoder, new Uint8Array(0), { stream: false }) ? UTF_8 : WINDOWS_1252;
}

function startsWithBom(bytes: Buffer): boolean {
  return bytes.length >= UTF8_BOM.length && bytes.subarray(0, UTF8_BOM.length).equals(UTF8_BOM);
}

function decodesAsUtf8(decoder: TextDecoder, bytes: Uint8Array, options: { stream: boolean }): boolean {
  try {
    decoder.decode(bytes, options);
    return true;
  } catch {
    return false;
  }
}

/** The start of the text (up to HEADER_SAMPLE_BYTES), decoded, for finding the header line. */
export async function readTextSample(path: string, encoding: CsvEncoding): Promise<string> {
  const decoder = new TextDecoder(encoding.name);
  const stream = createReadStream(path, { start: encoding.bomLength, end: encoding.bomLength + HEADER_SAMPLE_BYTES - 1 });
  let text = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) text += decoder.decode(chunk, { stream: true });
  return text;
}

/** On a tie the earlier wins: Danish Excel writes ";", and commas turn up in Danish text more than tabs. */
const SEPARATORS_BY_PREFERENCE: readonly CsvSeparator[] = [';', '\t', ','];

/**
 * The separator that occurs most often outside quotes in the header line (the first line
 * that is not blank); ";" when there is none (a list with a single column).
 */
export function detectSeparator(text: string): CsvSeparator {
  const counts = countSeparatorsInHeaderLine(text);
  let best: CsvSeparator = ';';
  for (const separator of SEPARATORS_BY_PREFERENCE) {
    if (counts[separator] > counts[best]) best = separator;
  }
  return best;
}

function countSeparatorsInHeaderLine(text: string): Record<CsvSeparator, number> {
  const counts: Record<CsvSeparator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  let lineHasText = false;
  for (const character of text) {
    if (character === '"') {
      quoted = !quoted;
    } else if (!quoted && (character === '\n' || character === '\r')) {
      if (lineHasText) return counts;
      counts[';'] = counts[','] = counts['\t'] = 0;
      continue;
    } else if (!quoted && (character === ';' || character === ',' || character === '\t')) {
      counts[character]++;
    }
    if (character.trim() !== '') lineHasText = true;
  }
  return counts;
}
