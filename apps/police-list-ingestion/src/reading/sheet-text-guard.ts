import { rowTooLarge } from './rejections';

/** Where a row starts or ends: `<row ...>`, `<row/>` or `</row>`. */
const ROW_BOUNDARY = /<\/?row[\s>/]/g;
/** The longest boundary minus one: so much of a chunk's end may be the start of one split across chunks. */
const BOUNDARY_TAIL = '</row'.length;

/**
 * Counts a worksheet's text on its way into exceljs's sheet parser, which holds a whole row
 * (every cell of it, and any text the XML parser has not finished) before it hands the row
 * on: more than `maxRowBytes` before the first row, within one row, or after the last row
 * rejects the file (`xlsx-row-too-large`) before the parser holds them. So what the parser
 * holds at once is bounded by the setting, not by the file.
 */
export class SheetTextGuard {
  private bytesSinceBoundary = 0;
  /** The end of the text counted so far, where a boundary split across chunks may begin. */
  private countedTail = '';

  constructor(private readonly maxRowBytes: number) {}

  /** Counts `chunk`; throws FileRejectedError `xlsx-row-too-large`. */
  count(chunk: string): void {
    const text = this.countedTail + chunk;
    let segmentStart = 0;
    let alreadyCounted = Buffer.byteLength(this.countedTail);
    for (const boundary of text.matchAll(ROW_BOUNDARY)) {
      this.add(Buffer.byteLength(text.slice(segmentStart, boundary.index)) - alreadyCounted);
      this.bytesSinceBoundary = 0;
      alreadyCounted = 0;
      segmentStart = boundary.index;
    }
    this.add(Buffer.byteLength(text.slice(segmentStart)) - alreadyCounted);
    this.countedTail = text.slice(-BOUNDARY_TAIL);
  }

  private add(bytes: number): void {
    this.bytesSinceBoundary += bytes;
    if (this.bytesSinceBoundary > this.maxRowBytes) throw rowTooLarge(this.maxRowBytes);
  }
}

/** `chunks`, each counted by a SheetTextGuard before it is passed on. */
export async function* guardedSheetText(chunks: AsyncIterable<string>, maxRowBytes: number): AsyncGenerator<string> {
  const guard = new SheetTextGuard(maxRowBytes);
  for await (const chunk of chunks) {
    guard.count(chunk);
    yield chunk;
  }
}
