import { stream as excelStream, type Row } from 'exceljs';
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import type { InspectedXlsx } from './inspect-xlsx';
import { sharedStringsTooLarge, workbookPartsTooLarge } from './rejections';
import { guardedSheetText } from './sheet-text-guard';
import type { FileRejectedError, ReadLimits } from './sheet-row';

/*
 * exceljs's streaming WorkbookReader does the XML work (styles, shared strings, cell types,
 * dates), but we hand it the zip entries ourselves instead of letting it unzip the file:
 *
 * - it unzips with unzipper's forward parser, which reads local headers, not the central
 *   directory inspectXlsx checked, and inflates sheets that come before the shared strings
 *   to temporary files before anything could count their bytes;
 * - it decodes every inflated chunk on its own, so "ø" split between two chunks becomes two
 *   U+FFFD (seen on a 20,000-name sheet); we pass it text decoded across chunks;
 * - it reads sheets in zip order and parses a sheet that precedes workbook.xml or
 *   styles.xml in the zip without them (no date formats, or a crash); we read workbook,
 *   relationships, styles and shared strings first, then sheets in tab order, and only as
 *   far as the first sheet with data.
 *
 * This uses WorkbookReader's per-entry methods, which are private: the check below fails at
 * startup if an exceljs upgrade renames them, and the reading tests exercise them.
 *
 * What the reader holds for the whole file is bounded by the ReadLimits, not by the file: the
 * parts read whole are counted as they unpack and rejected past their limit before they are
 * held (workbook.xml, its relationships and styles.xml together; the shared strings on their
 * own), and a sheet streams through SheetTextGuard. The shared strings are kept as plain
 * strings, not as exceljs caches them: a rich-text string there is an object with an array
 * for each run, about 20 heap bytes for every byte of `<si><r/></si>`.
 *
 * A sheet's column definitions are harmless only by an exceljs slip: its sheet parser would make
 * an object for every column from `min` to `max` of each `<col>` (`max="1000000000"` in a few
 * bytes), but hands Column.fromModel the definitions as its first argument, where the worksheet
 * belongs, so it makes none. A test reads such a sheet (inspect-xlsx.spec.ts): an exceljs that
 * mends this fails it, and `<cols>` must then be kept from the parser.
 *
 * Left to exceljs's sheet parser, and wrong there: an inline rich-text string
 * (<is><r><t>Sø</t></r><r><t>ren</t></r></is>) keeps only its last run ("ren"), and an
 * ISO-date cell (t="d") becomes the number of its year. Excel writes neither (it puts text
 * in the shared strings and dates as numbers); some export libraries write the first.
 */

interface SheetListing {
  name: string;
  id: number;
  state?: string;
  rId: string;
}

interface Relationship {
  Id: string;
  Type: string;
  Target: string;
}

interface WorkbookReaderParts {
  model?: { sheets?: SheetListing[] };
  workbookRels?: Relationship[];
  properties?: { model?: { date1904?: boolean } };
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseRels(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  /** With `sharedStrings: 'emit'`: each string as it is parsed, in order. */
  _parseSharedStrings(entry: Readable): AsyncIterable<{ text: SharedString }>;
  /** What the sheet parser looks `<c t="s">` cells up in. */
  sharedStrings?: (string | null)[];
  _parseWorksheet(chunks: AsyncIterable<string>, sheetNo: number): Iterator<{ value: excelStream.xlsx.WorksheetReader }>;
}

const PART_METHODS = ['_parseWorkbook', '_parseRels', '_parseStyles', '_parseSharedStrings', '_parseWorksheet'];
const missingParts = PART_METHODS.filter((name) => typeof Reflect.get(excelStream.xlsx.WorkbookReader.prototype, name) !== 'function');
if (missingParts.length > 0) {
  throw new Error(`exceljs's WorkbookReader no longer has ${missingParts.join(', ')}: adapt reading/xlsx-workbook.ts to this exceljs version`);
}

type SharedString = string | null | { richText: { text?: string | null }[] };

/**
 * Styles cached so date-formatted numbers come back as Date; shared strings emitted, to be
 * kept as plain strings (XlsxWorkbook.open); worksheets emitted so we get their readers.
 */
const READER_OPTIONS = { sharedStrings: 'emit', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' } as const;

const WORKBOOK_PATH = 'xl/workbook.xml';
const WORKBOOK_RELATIONSHIPS_PATH = 'xl/_rels/workbook.xml.rels';
const RELATIONSHIP_TYPE = {
  worksheet: '/worksheet',
  styles: '/styles',
  sharedStrings: '/sharedStrings',
};

export interface WorksheetEntry {
  id: number;
  name: string;
  /** The sheet's path in the zip. */
  path: string;
}

/** A workbook with its shared parts parsed, ready to read sheets from. */
export class XlsxWorkbook {
  private constructor(
    private readonly reader: WorkbookReaderParts,
    private readonly zip: InspectedXlsx,
    private readonly limits: ReadLimits,
  ) {}

  static async open(path: string, zip: InspectedXlsx, limits: ReadLimits): Promise<XlsxWorkbook> {
    // The reader never opens `path` itself: it only parses the entries handed to it below.
    const reader = new excelStream.xlsx.WorkbookReader(path, READER_OPTIONS) as unknown as WorkbookReaderParts;
    const workbook = new XlsxWorkbook(reader, zip, limits);
    const workbookParts = new ByteBudget(limits.maxXlsxWorkbookPartsBytes, () => workbookPartsTooLarge(limits.maxXlsxWorkbookPartsBytes));
    await reader._parseWorkbook(workbook.entryStream(WORKBOOK_PATH, workbookParts));
    await reader._parseRels(workbook.entryStream(WORKBOOK_RELATIONSHIPS_PATH, workbookParts));
    const styles = workbook.partPath(RELATIONSHIP_TYPE.styles);
    if (styles) await reader._parseStyles(workbook.entryStream(styles, workbookParts));
    const sharedStringsPath = workbook.partPath(RELATIONSHIP_TYPE.sharedStrings);
    if (sharedStringsPath) {
      const budget = new ByteBudget(limits.maxXlsxSharedStringsBytes, () => sharedStringsTooLarge(limits.maxXlsxSharedStringsBytes));
      const strings: (string | null)[] = [];
      for await (const { text } of reader._parseSharedStrings(workbook.entryStream(sharedStringsPath, budget))) strings.push(plainText(text));
      reader.sharedStrings = strings;
    }
    return workbook;
  }

  get date1904(): boolean {
    return this.reader.properties?.model?.date1904 === true;
  }

  /**
   * The worksheets in tab order. Hidden sheets are left out: the clerk cannot see them, and
   * templates keep lookup lists there. Chart sheets have no cells and are left out too.
   */
  visibleWorksheets(): WorksheetEntry[] {
    const relationships = this.reader.workbookRels ?? [];
    const sheets = this.reader.model?.sheets ?? [];
    // Excel cannot save a workbook without a sheet; exceljs reads a truncated workbook.xml as one.
    if (sheets.length === 0) throw new Error('the workbook lists no sheets');
    return sheets
      .filter((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden')
      .flatMap((sheet) => {
        const relationship = relationships.find((candidate) => candidate.Id === sheet.rId);
        if (!relationship) throw new Error(`sheet "${sheet.name}" has no relationship ${sheet.rId}`);
        return relationship.Type.endsWith(RELATIONSHIP_TYPE.worksheet) ? [{ id: sheet.id, name: sheet.name, path: partPathOf(relationship.Target) }] : [];
      });
  }

  /** The sheet's rows as exceljs reads them: only rows present in the file, in file order. */
  rows(sheet: WorksheetEntry): AsyncIterable<Row> {
    const text = guardedSheetText(this.entryText(sheet.path), this.limits.maxXlsxRowBytes);
    const emitted = this.reader._parseWorksheet(text, sheet.id).next();
    if (emitted.done) throw new Error('exceljs emitted no worksheet reader');
    return emitted.value.value;
  }

  private partPath(typeSuffix: string): string | undefined {
    const relationship = this.reader.workbookRels?.find((candidate) => candidate.Type.endsWith(typeSuffix));
    return relationship && partPathOf(relationship.Target);
  }

  private entryStream(path: string, budget: ByteBudget): Readable {
    return Readable.from(this.entryText(path, budget));
  }

  /** The entry unpacked and decoded as UTF-8 across chunk boundaries, lazily; its unpacked bytes spent from `budget`. */
  private async *entryText(path: string, budget?: ByteBudget): AsyncGenerator<string> {
    const entry = this.zip.entries.get(path);
    if (!entry) throw new Error(`the workbook has no ${path}`);
    const decoder = new TextDecoder('utf-8');
    for await (const chunk of (await this.zip.zipfile.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) {
      budget?.spend(chunk.length);
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  }
}

/** Relationship targets are relative to the workbook's folder, or absolute within the package. */
function partPathOf(target: string): string {
  return target.startsWith('/') ? posix.normalize(target).slice(1) : posix.normalize(posix.join(posix.dirname(WORKBOOK_PATH), target));
}

/** Unpacked bytes a part, or several parts together, may take; spending past it throws the rejection. */
export class ByteBudget {
  private spent = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly rejection: () => FileRejectedError,
  ) {}

  spend(bytes: number): void {
    this.spent += bytes;
    if (this.spent > this.maxBytes) throw this.rejection();
  }
}

/**
 * A shared string as the cell's text: rich text as its runs' text, as toCellValue would join
 * it. Copied: the XML parser's strings are slices of the chunk they were parsed from, and
 * keeping one keeps the whole chunk (3.5 heap bytes for every byte of 13-character strings
 * in chunks with a "€", against 1.5 copied; memory-budget.ts).
 */
function plainText(text: SharedString): string | null {
  if (text === null) return null;
  const plain = typeof text === 'string' ? text : text.richText.map((run) => run.text ?? '').join('');
  return Buffer.from(plain, 'utf8').toString('utf8');
}
