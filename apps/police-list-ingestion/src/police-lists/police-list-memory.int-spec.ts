import { Role } from '@ssp/platform';
import {
  ChildNodeProcess,
  freePort,
  newTopicNamespace,
  queryDatabase,
  serviceTestEnvironment,
  testToken,
  uploadPoliceList,
  waitFor,
  writeSharedStringsXlsx,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/*
 * Ingestion as Kubernetes runs it (k8s/services/base/service.yaml: --max-old-space-size=384),
 * in its own process, sent an XLSX of under 5 MB whose shared strings alone unpack to more
 * than that heap. Before the XLSX limits the process died ("JavaScript heap out of memory").
 *
 * Negative control, run by hand: with the shared-strings budget removed from
 * XlsxWorkbook.open and the reader back in exceljs's 'cache' mode, the child dies during the
 * upload and the upload gets no answer (fetch failed: "other side closed").
 */
const PRODUCTION_HEAP = '--max-old-space-size=384';
const MIB = 1024 * 1024;

async function httpStatus(url: string): Promise<number> {
  return fetch(url).then((response) => response.status, () => 0);
}

describe('police-list ingestion at the production heap', () => {
  let environment: ServiceTestEnvironment;
  let child: ChildNodeProcess | undefined;
  let folder: string;

  beforeAll(async () => {
    environment = await serviceTestEnvironment('police-list-ingestion', newTopicNamespace());
    folder = mkdtempSync(path.join(tmpdir(), 'ingestion-memory-'));
  });

  afterAll(async () => {
    await child?.kill();
    await environment?.database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses an XLSX whose shared strings alone exceed its heap, and stays up', async () => {
    const file = path.join(folder, 'tekster.xlsx');
    const written = await writeSharedStringsXlsx(file, 400 * MIB);
    expect(written.sharedStringsBytes).toBeGreaterThan(384 * MIB);
    expect(written.fileBytes).toBeLessThan(8 * MIB);

    const port = await freePort();
    child = ChildNodeProcess.start('apps/police-list-ingestion/src/main.ts', { ...environment.env, HTTP_PORT: String(port), LOG_LEVEL: 'warn', NODE_OPTIONS: PRODUCTION_HEAP });
    const url = `http://127.0.0.1:${port}`;
    await waitFor('ingestion to be ready', () => httpStatus(`${url}/health/ready`), (status) => status === 200, { timeoutMs: 60_000 });

    const token = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'] });
    const upload = await uploadPoliceList(url, token, readFileSync(file), 'tekster.xlsx');
    expect(upload).toMatchObject({
      status: 413,
      body: { code: 'xlsx-shared-strings-too-large', message: 'Excel-filens tekster fylder for meget, når de pakkes ud (over 32 MB). Del listen op i flere filer og prøv igen.' },
    });
    expect(await httpStatus(`${url}/health/live`)).toBe(200);
    expect(child.printed).not.toContain('heap out of memory');
    const [counts] = await queryDatabase(
      environment.database.url,
      'SELECT (SELECT count(*) FROM police_list)::int AS lists, (SELECT count(*) FROM incident)::int AS incidents, (SELECT count(*) FROM outbox_event)::int AS events',
    );
    expect(counts).toEqual({ lists: 0, incidents: 0, events: 0 });
    await child.kill('SIGTERM');
  });

  it('refuses to start with XLSX limits its heap cannot hold, naming them', async () => {
    const port = await freePort();
    child = ChildNodeProcess.start('apps/police-list-ingestion/src/main.ts', {
      ...environment.env,
      HTTP_PORT: String(port),
      NODE_OPTIONS: PRODUCTION_HEAP,
      MAX_XLSX_SHARED_STRINGS_BYTES: String(400 * MIB),
    });
    expect(await child.exited).toBe(78);
    expect(child.printed).toContain('Invalid configuration:');
    expect(child.printed).toMatch(/MAX_XLSX_SHARED_STRINGS_BYTES, .*MAX_CONCURRENT_INGESTS: reading lists at these limits may need \d+ MiB of heap, more than the 432 MiB this process has/);
  });
});
