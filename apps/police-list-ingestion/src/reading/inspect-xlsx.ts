import * as yauzl from 'yauzl';
import { danishNumber, isSystemError, unreadableFile } from './rejections';
import { FileRejectedError, type ReadLimits } from './sheet-row';

/** An entry above this size that unpacks more than MAX_COMPRESSION_RATIO times its packed size is a zip bomb. */
const RATIO_CHECKED_ABOVE_BYTES = 1024 * 1024;
/** Real sheets pack 10-20 times; deflate cannot exceed about 1,030. */
const MAX_COMPRESSION_RATIO = 200;

/** What every workbook has; a zip without them is some other document (Word, OpenDocument, a plain archive). */
const REQUIRED_PARTS = ['[Content_Types].xml', 'xl/workbook.xml'];

const UNREADABLE_ZIP = 'Excel-filen er beskadiget og kan ikke læses. Åbn den i Excel, gem den igen og prøv igen.';

/** An XLSX whose central directory has passed inspection, still open, its entries by name. */
export interface InspectedXlsx {
  readonly zipfile: yauzl.ZipFile;
  readonly entries: ReadonlyMap<string, yauzl.Entry>;
  close(): void;
}

/**
 * Rejects an XLSX before anything in it is unpacked: too many entries, more bytes unpacked in
 * total than allowed, an entry that unpacks absurdly far (zip bomb), a zip that is not a
 * workbook, or a corrupt zip. Reads only the zip's central directory.
 *
 * The sizes come from the central directory, which a malicious file can lie about. That is
 * safe because readXlsxRows unpacks through yauzl, which checks every entry's unpacked byte
 * count against the same directory and fails the moment an entry unpacks past its declared
 * size; so nothing ever unpacks to more than the total checked here.
 */
export async function inspectXlsx(path: string, limits: ReadLimits): Promise<void> {
  const inspected = await openInspectedXlsx(path, limits);
  inspected.close();
}

/** inspectXlsx, keeping the zip open for reading, so the file that is read is the file that was inspected. */
export async function openInspectedXlsx(path: string, limits: ReadLimits): Promise<InspectedXlsx> {
  const zipfile = await openZip(path);
  try {
    const entries = await readCentralDirectory(zipfile, limits);
    if (!REQUIRED_PARTS.every((name) => entries.has(name))) {
      throw new FileRejectedError(
        'unsupported-file-type',
        'Filen er en zip-fil, men ikke en Excel-projektmappe. Gem listen som Excel-projektmappe (.xlsx) eller CSV (semikolonsepareret) og prøv igen.',
      );
    }
    return { zipfile, entries, close: () => zipfile.close() };
  } catch (error) {
    zipfile.close();
    throw error;
  }
}

async function openZip(path: string): Promise<yauzl.ZipFile> {
  try {
    // validateEntrySizes is yauzl's default; it is what makes the declared sizes trustworthy (see inspectXlsx).
    return await yauzl.openPromise(path, { autoClose: false, lazyEntries: true, validateEntrySizes: true, decodeStrings: true });
  } catch (error) {
    throw isSystemError(error) ? error : unreadableFile(UNREADABLE_ZIP, error);
  }
}

async function readCentralDirectory(zipfile: yauzl.ZipFile, limits: ReadLimits): Promise<Map<string, yauzl.Entry>> {
  // yauzl reads exactly as many entries as the end record declares, so this bounds them all.
  if (zipfile.entryCount > limits.maxXlsxEntries) throw tooManyEntries(limits);
  const entries = new Map<string, yauzl.Entry>();
  let uncompressedBytes = 0;
  try {
    for await (const entry of zipfile.eachEntry()) {
      // Two entries with one name: readers disagree on which one counts, a known way to smuggle content.
      if (entries.has(entry.fileName)) throw unreadableFile(UNREADABLE_ZIP, new Error(`duplicate zip entry ${entry.fileName}`));
      uncompressedBytes += entry.uncompressedSize;
      if (uncompressedBytes > limits.maxXlsxUncompressedBytes) throw tooLarge(limits);
      if (isBomb(entry)) throw unpacksAbsurdly();
      entries.set(entry.fileName, entry);
    }
  } catch (error) {
    throw error instanceof FileRejectedError || isSystemError(error) ? error : unreadableFile(UNREADABLE_ZIP, error);
  }
  return entries;
}

function isBomb(entry: yauzl.Entry): boolean {
  return entry.uncompressedSize > RATIO_CHECKED_ABOVE_BYTES && entry.uncompressedSize > MAX_COMPRESSION_RATIO * entry.compressedSize;
}

function tooManyEntries(limits: ReadLimits): FileRejectedError {
  return new FileRejectedError(
    'xlsx-too-many-entries',
    `Excel-filen består af for mange dele (over ${danishNumber(limits.maxXlsxEntries)}). Kopiér listen over i en ny, tom projektmappe, gem den og prøv igen.`,
  );
}

function tooLarge(limits: ReadLimits): FileRejectedError {
  const megabytes = Math.floor(limits.maxXlsxUncompressedBytes / (1024 * 1024));
  return new FileRejectedError(
    'xlsx-too-large',
    `Excel-filen fylder for meget, når den pakkes ud (over ${danishNumber(megabytes)} MB). Del listen op i flere filer og prøv igen.`,
  );
}

function unpacksAbsurdly(): FileRejectedError {
  return new FileRejectedError(
    'xlsx-too-large',
    'Excel-filen fylder unormalt meget, når den pakkes ud, og kan derfor ikke modtages. Kopiér listen over i en ny, tom projektmappe, gem den og prøv igen.',
  );
}
