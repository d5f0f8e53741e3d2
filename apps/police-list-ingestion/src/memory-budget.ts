import type { PoliceListIngestionConfig } from './police-list-ingestion.config';

const MIB = 1024 * 1024;

/**
 * Heap bytes the XLSX reader holds for one unpacked byte, in the worst case measured on
 * exceljs 4.4.0 (Node 20 and 24, 64-bit), rounded up:
 *
 * - shared strings, kept as plain strings (reading/xlsx-workbook.ts): 2.0 for a table of
 *   two-letter strings (`<si><t>ab</t></si>`), 1.9 for CJK text, 0.9 for empty ones; rich
 *   text as its text. Kept as exceljs caches them it was 20.6 (`<si><r/></si>`);
 * - workbook.xml, its relationships and styles.xml, which exceljs holds as models: 37 for a
 *   styles.xml of bare `<xf/>`, 15 for bare relationships, 8 for defined names;
 * - a row: 43 for a row of 16,384 empty cells (`<c r="XFD1"/>`, exceljs's most columns, so
 *   also the most cells a row holds at once), 10 with text in every cell.
 */
export const HEAP_BYTES_PER_UNPACKED_BYTE = { sharedStrings: 3, workbookParts: 40, row: 45 } as const;

/**
 * The heap the service holds besides the lists it reads: Nest, TypeORM, kafkajs, the outbox
 * relay and the batches of 1,000 rows ingestion writes; and room for garbage not yet
 * collected. Measured with --max-old-space-size=384 (`npm run bench`, police-list memory;
 * /metrics sampled every 100 ms): 74 MiB used once started, at most 101 MiB while a
 * 20,000-row list is ingested; 120 MiB while it refuses an XLSX at the shared-strings limit.
 */
export const SERVICE_HEAP_BYTES = 160 * MIB;

export type XlsxMemorySettings = Pick<
  PoliceListIngestionConfig,
  'MAX_XLSX_SHARED_STRINGS_BYTES' | 'MAX_XLSX_WORKBOOK_PARTS_BYTES' | 'MAX_XLSX_ROW_BYTES' | 'MAX_CONCURRENT_INGESTS'
>;

/** The most heap ingestion needs with these settings: the service, and every list it may read at once at its limits. */
export function worstCaseHeapBytes(settings: XlsxMemorySettings): number {
  const factor = HEAP_BYTES_PER_UNPACKED_BYTE;
  const perList =
    settings.MAX_XLSX_SHARED_STRINGS_BYTES * factor.sharedStrings +
    settings.MAX_XLSX_WORKBOOK_PARTS_BYTES * factor.workbookParts +
    settings.MAX_XLSX_ROW_BYTES * factor.row;
  return SERVICE_HEAP_BYTES + settings.MAX_CONCURRENT_INGESTS * perList;
}

/**
 * Why the settings cannot run in a heap of `heapLimitBytes` (v8's heap_size_limit, set by
 * --max-old-space-size), as lines for the start-up error; none when they fit.
 */
export function heapProblems(settings: XlsxMemorySettings, heapLimitBytes: number): string[] {
  const needed = worstCaseHeapBytes(settings);
  if (needed <= heapLimitBytes) return [];
  const mib = (bytes: number) => `${Math.ceil(bytes / MIB)} MiB`;
  return [
    `MAX_XLSX_SHARED_STRINGS_BYTES, MAX_XLSX_WORKBOOK_PARTS_BYTES, MAX_XLSX_ROW_BYTES, MAX_CONCURRENT_INGESTS: ` +
      `reading lists at these limits may need ${mib(needed)} of heap, more than the ${mib(heapLimitBytes)} this process has; ` +
      `lower them, or raise --max-old-space-size (NODE_OPTIONS) and the container's memory with it`,
  ];
}
