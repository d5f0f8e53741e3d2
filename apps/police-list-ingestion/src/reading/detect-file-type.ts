import { FileRejectedError } from './sheet-row';

export type FileKind = 'csv' | 'xlsx';

/** How many leading bytes `detectFileType` wants to see. */
export const FILE_TYPE_SAMPLE_BYTES = 8 * 1024;

const SAVE_AS = 'Gem listen som Excel-projektmappe (.xlsx) eller CSV (semikolonsepareret) og prøv igen.';

const ZIP_LOCAL_HEADER = Buffer.from('PK\x03\x04', 'latin1');
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

interface KnownBinary {
  signature: Buffer;
  message: string;
}

/**
 * Files clerks have been known to pick by mistake, recognised by their first bytes so the
 * message can say what the file is. Anything else binary is caught by the NUL/control test.
 */
const KNOWN_BINARIES: readonly KnownBinary[] = [
  {
    // Compound File Binary: Excel 97-2003 (.xls), and also every password-protected .xlsx.
    signature: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    message:
      'Filen er en ældre Excel-fil (.xls) eller en Excel-fil med adgangskode. Gem listen som Excel-projektmappe (.xlsx) uden adgangskode og prøv igen.',
  },
  { signature: Buffer.from('%PDF', 'latin1'), message: `Filen er en PDF-fil. ${SAVE_AS}` },
  { signature: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), message: `Filen er et billede (PNG). ${SAVE_AS}` },
  { signature: Buffer.from([0xff, 0xd8, 0xff]), message: `Filen er et billede (JPEG). ${SAVE_AS}` },
  { signature: Buffer.from('GIF8', 'latin1'), message: `Filen er et billede (GIF). ${SAVE_AS}` },
  { signature: Buffer.from([0x1f, 0x8b]), message: `Filen er en komprimeret fil (gzip). ${SAVE_AS}` },
  { signature: Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), message: `Filen er et 7-Zip-arkiv. ${SAVE_AS}` },
  { signature: Buffer.from('Rar!\x1a\x07', 'latin1'), message: `Filen er et RAR-arkiv. ${SAVE_AS}` },
  { signature: Buffer.from([0x7f, 0x45, 0x4c, 0x46]), message: `Filen er et program. ${SAVE_AS}` },
  { signature: Buffer.from('{\\rtf', 'latin1'), message: `Filen er et RTF-dokument. ${SAVE_AS}` },
];

const UTF16_MESSAGE =
  'Filen er gemt som Unicode-tekst (UTF-16), som ikke kan læses. Gem listen som "CSV UTF-8 (kommasepareret)" eller som Excel-projektmappe (.xlsx) og prøv igen.';

const MARKUP_MESSAGE = `Filen er en HTML- eller XML-fil (f.eks. en webside eller et ældre Excel-format), som ikke kan læses. ${SAVE_AS}`;

/** Above this share of control characters the text is not a list but binary data. */
const MAX_CONTROL_CHARACTER_SHARE = 0.1;

/**
 * Decides from the first bytes of an upload (see FILE_TYPE_SAMPLE_BYTES) whether it is an
 * XLSX (any zip; inspectXlsx then checks it really is a workbook) or text to be read as CSV,
 * and rejects everything else with a message that tells the clerk how to save the list.
 */
export function detectFileType(firstBytes: Buffer): FileKind {
  const sample = firstBytes.subarray(0, FILE_TYPE_SAMPLE_BYTES);
  if (startsWith(sample, ZIP_LOCAL_HEADER)) return 'xlsx';
  if (hasUtf16ByteOrderMark(sample)) throw unsupported(UTF16_MESSAGE);
  const known = KNOWN_BINARIES.find((binary) => startsWith(sample, binary.signature));
  if (known) throw unsupported(known.message);
  const text = startsWith(sample, UTF8_BOM) ? sample.subarray(UTF8_BOM.length) : sample;
  if (looksLikeUtf16WithoutByteOrderMark(text)) throw unsupported(UTF16_MESSAGE);
  if (text.includes(0) || controlCharacterShare(text) > MAX_CONTROL_CHARACTER_SHARE) throw unsupported(`Filtypen kan ikke læses. ${SAVE_AS}`);
  if (startsWithMarkup(text)) throw unsupported(MARKUP_MESSAGE);
  return 'csv';
}

function unsupported(message: string): FileRejectedError {
  return new FileRejectedError('unsupported-file-type', message);
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}

/** FF FE (little-endian, also the start of UTF-32 LE) or FE FF (big-endian). */
function hasUtf16ByteOrderMark(bytes: Buffer): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** Latin text in UTF-16 has a NUL in every other byte: at odd offsets (LE) or at even ones (BE). */
function looksLikeUtf16WithoutByteOrderMark(bytes: Buffer): boolean {
  const pairs = Math.floor(bytes.length / 2);
  if (pairs < 2) return false;
  let nulsAtEven = 0;
  let nulsAtOdd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) nulsAtEven++;
    if (bytes[i + 1] === 0) nulsAtOdd++;
  }
  const mostly = pairs * 0.6;
  const hardly = pairs * 0.05;
  return (nulsAtOdd >= mostly && nulsAtEven <= hardly) || (nulsAtEven >= mostly && nulsAtOdd <= hardly);
}

function controlCharacterShare(bytes: Buffer): number {
  if (bytes.length === 0) return 0;
  let controls = 0;
  for (const byte of bytes) {
    const isTextControl = byte === 0x09 || byte === 0x0a || byte === 0x0d;
    if ((byte < 0x20 && !isTextControl) || byte === 0x7f) controls++;
  }
  return controls / bytes.length;
}

/** HTML tables and the Excel 2003 XML format saved as ".xls" are text but not CSV; a police list never starts with "<". */
function startsWithMarkup(bytes: Buffer): boolean {
  const firstVisible = bytes.findIndex((byte) => byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d);
  return firstVisible !== -1 && bytes[firstVisible] === 0x3c;
}
