import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { ReadLimits } from './sheet-row';

const ROOT = resolve(__dirname, '../../../..');
const ROWS = 1_000_000;
const LIMITS: ReadLimits = { maxCellLength: 2000, maxRows: 2_000_000, maxXlsxUncompressedBytes: 1 << 30, maxXlsxEntries: 500, maxXlsxSharedStringsBytes: 64 * 1024 * 1024, maxXlsxWorkbookPartsBytes: 1024 * 1024, maxXlsxRowBytes: 512 * 1024 };
const MAX_HEAP_GROWTH_BYTES = 100 * 1024 * 1024;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'csv-memory-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A Danish-Excel-like list of `rows` data rows, written 10,000 rows at a time so the test itself stays small. */
async function writeList(path: string, rows: number): Promise<void> {
  const file = await open(path, 'w');
  try {
    await file.write('Journalnummer;Gerningsdato;Gerningsbeskrivelse;Rolle;CPR;Navn;Adresse;Postnr\r\n');
    for (let written = 0; written < rows; written += 10_000) {
      let chunk = '';
      for (let i = written; i < Math.min(written + 10_000, rows); i++) {
        chunk += `3700-80310-${String(i).padStart(5, '0')}-25;14-03-2025;"Strfl. § 276; tyveri";mistænkt;0102031234;Søren Ærø ${i};Åbyvej ${i % 100};8900\r\n`;
      }
      await file.write(chunk);
    }
  } finally {
    await file.close();
  }
}

interface StreamingRun {
  count: number;
  last: unknown;
  heapAtStart: number;
  highestHeap: number;
}

/**
 * Reads the file in a fresh Node process, as the service does: inside jest's VM context
 * csv-parse's per-character loop runs about five times slower (50 s instead of 10 s for a
 * million rows), and the child's heap holds nothing but the reading.
 */
async function streamInChildProcess(path: string): Promise<StreamingRun> {
  const program = `
    const { readCsvRows } = require(${JSON.stringify(join(__dirname, 'csv-reader'))});
    (async () => {
      const heapAtStart = process.memoryUsage().heapUsed;
      let highestHeap = heapAtStart, count = 0, last;
      for await (const row of readCsvRows(${JSON.stringify(path)}, ${JSON.stringify(LIMITS)})) {
        count++;
        last = row;
        if (count % 10000 === 0) highestHeap = Math.max(highestHeap, process.memoryUsage().heapUsed);
      }
      process.stdout.write(JSON.stringify({ count, last, heapAtStart, highestHeap }));
    })().catch((error) => { console.error(error); process.exit(1); });
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', program], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
  });
  return JSON.parse(stdout) as StreamingRun;
}

describe('readCsvRows on a large file', () => {
  it(
    'streams 1,000,000 rows without the heap growing with the file',
    async () => {
      const path = join(dir, 'big.csv');
      await writeList(path, ROWS);
      const run = await streamInChildProcess(path);
      expect(run.count).toBe(ROWS + 1);
      expect(run.last).toEqual({
        line: ROWS + 1,
        values: ['3700-80310-999999-25', '14-03-2025', 'Strfl. § 276; tyveri', 'mistænkt', '0102031234', 'Søren Ærø 999999', 'Åbyvej 99', '8900'],
      });
      expect(run.highestHeap - run.heapAtStart).toBeLessThan(MAX_HEAP_GROWTH_BYTES);
    },
    60_000,
  );
});
