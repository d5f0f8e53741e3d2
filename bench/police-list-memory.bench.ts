/*
 * Ingestion's memory against its limits, in its own process with the production heap
 * (k8s/services/base/service.yaml: --max-old-space-size=384): the heap it uses while it takes
 * a synthetic list (BENCH_MEMORY_ROWS rows, CSV), then while it refuses an XLSX of a few MB
 * whose shared strings alone unpack to more than that heap; printed beside the XLSX limits,
 * the worst case memory-budget.ts estimates for them and the heap limit.
 */
import { DevIssuer, Role } from '@ssp/platform';
import { ChildNodeProcess, freePort, policeListCsv, SYNTHETIC_HEADER, syntheticPoliceListRows, waitFor, writeSharedStringsXlsx } from '@ssp/testing';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { uploadFile } from '../apps/police-list-ingestion/src/cli/multipart-upload';
import { worstCaseHeapBytes } from '../apps/police-list-ingestion/src/memory-budget';
import { PoliceListIngestionConfig } from '../apps/police-list-ingestion/src/police-list-ingestion.config';
import { brokers, result, type Result } from './baselines';
import { withDatabase } from './bench-database';
import { peakRssOf } from './process-memory';

const ROWS = Number(process.env.BENCH_MEMORY_ROWS ?? 20_000);
const PRODUCTION_HEAP = '--max-old-space-size=384';
const MIB = 1024 * 1024;
const mib = (bytes: number) => Math.round(bytes / MIB);

/** The heap the child reports on /metrics (prom-client's default metrics). */
async function heapUsedOf(url: string): Promise<number> {
  const text = await fetch(`${url}/metrics`).then((response) => response.text(), () => '');
  return Number(/^nodejs_heap_size_used_bytes (\d+)/m.exec(text)?.[1] ?? 0);
}

/** v8's heap_size_limit in a process with `flag`: what ingestion's start-up check compares the estimate with. */
function heapLimitWith(flag: string): number {
  return Number(execFileSync(process.execPath, [flag, '-p', "require('node:v8').getHeapStatistics().heap_size_limit"], { encoding: 'utf8' }));
}

export async function policeListMemory(): Promise<Result> {
  const folder = mkdtempSync(path.join(tmpdir(), 'ssp-bench-memory-'));
  const csv = path.join(folder, 'politiliste.csv');
  writeFileSync(csv, policeListCsv(SYNTHETIC_HEADER, syntheticPoliceListRows(ROWS, { seed: 11 })));
  const xlsx = path.join(folder, 'tekster.xlsx');
  const bomb = await writeSharedStringsXlsx(xlsx, 400 * MIB);
  const issuer = await DevIssuer.open(path.join(folder, 'issuer'));
  try {
    return await withDatabase(async (databaseUrl) => {
      const port = await freePort();
      const child = ChildNodeProcess.start('apps/police-list-ingestion/src/main.ts', {
        ...issuer.serviceEnv,
        DATABASE_URL: databaseUrl,
        KAFKA_BROKERS: brokers.join(','),
        KAFKA_TOPIC_NAMESPACE: `bench${randomBytes(4).toString('hex')}.`,
        HTTP_PORT: String(port),
        LOG_LEVEL: 'error',
        PSEUDONYM_KEY: randomBytes(32).toString('base64'),
        IDENTITY_KEYS: `bench:${randomBytes(32).toString('base64')}`,
        IDENTITY_ACTIVE_KEY_ID: 'bench',
        NODE_OPTIONS: PRODUCTION_HEAP,
      });
      const url = `http://127.0.0.1:${port}`;
      try {
        await waitFor('ingestion to be ready', () => fetch(`${url}/health/ready`).then((response) => response.status, () => 0), (status) => status === 200, { timeoutMs: 120_000 });
        const idle = await heapUsedOf(url);
        let peakHeap = idle;
        const sampler = setInterval(() => void heapUsedOf(url).then((used) => (peakHeap = Math.max(peakHeap, used))), 100);
        const token = await issuer.token({ roles: [Role.secretariat], groups: ['koordinationsteam'] });
        const upload = (file: string) => uploadFile(new URL('/police-lists', url), file, {}, { authorization: `Bearer ${token}` }, () => undefined);
        try {
          const startedAt = process.hrtime.bigint();
          const list = await upload(csv);
          if (list.status !== 201) throw new Error(`the list answered ${list.status}: ${list.body.slice(0, 300)}`);
          const peakWithList = peakHeap;
          const refused = await upload(xlsx);
          const code = (JSON.parse(refused.body) as { code?: string }).code;
          const alive = await fetch(`${url}/health/live`).then((response) => response.status, () => 0);
          const limits = new PoliceListIngestionConfig();
          console.table([
            {
              'heap limit MiB': mib(heapLimitWith(PRODUCTION_HEAP)),
              'MAX_XLSX_SHARED_STRINGS_BYTES MiB': mib(limits.MAX_XLSX_SHARED_STRINGS_BYTES),
              'MAX_XLSX_WORKBOOK_PARTS_BYTES MiB': mib(limits.MAX_XLSX_WORKBOOK_PARTS_BYTES),
              'MAX_XLSX_ROW_BYTES KiB': Math.round(limits.MAX_XLSX_ROW_BYTES / 1024),
              MAX_CONCURRENT_INGESTS: limits.MAX_CONCURRENT_INGESTS,
              'worst case MiB': mib(worstCaseHeapBytes(limits)),
              'heap idle MiB': mib(idle),
              'heap peak, the list MiB': mib(peakWithList),
              'heap peak, refusing the XLSX MiB': mib(peakHeap),
              'XLSX: shared strings MiB / file MiB': `${mib(bomb.sharedStringsBytes)} / ${(bomb.fileBytes / MIB).toFixed(1)}`,
              'peak RSS MiB': mib(peakRssOf(child.pid) ?? 0),
              answer: `${refused.status} ${code}, /health/live ${alive}`,
            },
          ]);
          if (refused.status !== 413 || alive !== 200) throw new Error(`ingestion did not refuse the XLSX and stay up: ${refused.status}, live ${alive}\n${child.printed}`);
          return { ...result(`police-list memory: a ${ROWS}-row list, then a refused XLSX, at ${PRODUCTION_HEAP}`, ROWS, startedAt), peakRssMb: mib(peakRssOf(child.pid) ?? 0) };
        } finally {
          clearInterval(sampler);
        }
      } finally {
        await child.kill('SIGTERM');
      }
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
