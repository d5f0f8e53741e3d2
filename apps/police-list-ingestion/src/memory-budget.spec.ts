import { heapProblems, SERVICE_HEAP_BYTES, worstCaseHeapBytes, type XlsxMemorySettings } from './memory-budget';
import { PoliceListIngestionConfig } from './police-list-ingestion.config';

const MIB = 1024 * 1024;
/** v8's heap_size_limit with --max-old-space-size=384 (k8s/services/base/service.yaml): old space and the young generation. */
const PRODUCTION_HEAP_LIMIT = 432 * MIB;

const SETTINGS: XlsxMemorySettings = {
  MAX_XLSX_SHARED_STRINGS_BYTES: 10 * MIB,
  MAX_XLSX_WORKBOOK_PARTS_BYTES: MIB,
  MAX_XLSX_ROW_BYTES: MIB,
  MAX_CONCURRENT_INGESTS: 2,
};

describe('worstCaseHeapBytes', () => {
  it('is the service and, for every list read at once, its parts at their limits times what a byte of each costs', () => {
    expect(worstCaseHeapBytes(SETTINGS)).toBe(SERVICE_HEAP_BYTES + 2 * (10 * 3 + 40 + 45) * MIB);
    expect(worstCaseHeapBytes({ ...SETTINGS, MAX_CONCURRENT_INGESTS: 1 })).toBe(SERVICE_HEAP_BYTES + (10 * 3 + 40 + 45) * MIB);
  });
});

describe('heapProblems', () => {
  it('passes the defaults in the production heap', () => {
    expect(heapProblems(new PoliceListIngestionConfig(), PRODUCTION_HEAP_LIMIT)).toEqual([]);
  });

  it('names the settings and both sizes when they cannot fit, and nothing at the exact limit', () => {
    const needed = worstCaseHeapBytes(SETTINGS);
    expect(heapProblems(SETTINGS, needed)).toEqual([]);
    expect(heapProblems(SETTINGS, needed - 1)).toEqual([
      `MAX_XLSX_SHARED_STRINGS_BYTES, MAX_XLSX_WORKBOOK_PARTS_BYTES, MAX_XLSX_ROW_BYTES, MAX_CONCURRENT_INGESTS: reading lists at these limits may need ${needed / MIB} MiB of heap, more than the ${needed / MIB} MiB this process has; lower them, or raise --max-old-space-size (NODE_OPTIONS) and the container's memory with it`,
    ]);
  });
});
