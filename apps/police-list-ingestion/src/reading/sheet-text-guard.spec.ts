import { FileRejectedError } from './sheet-row';
import { SheetTextGuard } from './sheet-text-guard';

/** Counts `chunks` one by one, throwing the rejection. */
function guarded(chunks: readonly string[], maxRowBytes = 1000): void {
  const guard = new SheetTextGuard(maxRowBytes);
  for (const chunk of chunks) guard.count(chunk);
}

/** Every way to cut `text` in two, so a marker split between chunks is covered. */
function everySplit(text: string): string[][] {
  return Array.from({ length: text.length + 1 }, (_, at) => [text.slice(0, at), text.slice(at)]);
}

function rejection(run: () => unknown): FileRejectedError {
  try {
    run();
  } catch (error) {
    if (error instanceof FileRejectedError) return error;
    throw error;
  }
  throw new Error('nothing was rejected');
}

const row = (cells: number, r = 1) => `<row r="${r}">${'<c r="A1"><v>1</v></c>'.repeat(cells)}</row>`;

describe('SheetTextGuard', () => {
  it('rejects more bytes than allowed within one row, counted in UTF-8, however the row is cut', () => {
    const long = `<sheetData>${row(1)}<row r="2"><c r="A2" t="inlineStr"><is><t>${'ø'.repeat(600)}</t></is></c></row></sheetData>`;
    for (const chunks of everySplit(long)) {
      expect(rejection(() => guarded(chunks))).toMatchObject({ code: 'xlsx-row-too-large', message: expect.stringContaining('(over 1 kB)') });
    }
    expect(() => guarded([long], 1300)).not.toThrow();
  });

  it('counts each row on its own, self-closing rows too, and the text before the first and after the last', () => {
    const rows = Array.from({ length: 200 }, (_, index) => (index % 2 ? row(20, index) : `<row r="${index}"/>`)).join('');
    const sheet = `<sheetData>${rows}</sheetData>`;
    expect(sheet.length).toBeGreaterThan(20 * 1000);
    expect(() => guarded([sheet], 600)).not.toThrow();
    expect(rejection(() => guarded([sheet], 400)).code).toBe('xlsx-row-too-large');
    expect(rejection(() => guarded([`${'<x/>'.repeat(300)}<sheetData/>`], 1000)).code).toBe('xlsx-row-too-large');
    expect(rejection(() => guarded([`<sheetData>${row(1)}</sheetData>${'<x/>'.repeat(300)}`], 1000)).code).toBe('xlsx-row-too-large');
  });
});
