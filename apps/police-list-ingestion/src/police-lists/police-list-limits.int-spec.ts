import { Role } from '@ssp/platform';
import { newTopicNamespace, policeListCsv, serviceTestEnvironment, startTestService, testToken, uploadPoliceList, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import ExcelJS from 'exceljs';
import { APP } from '../app.definition';

/*
 * Each configurable limit answers with its own clear 4xx, and a refused file leaves no
 * trace: no list, no incident, no event.
 */
const HEADER = ['Journalnr', 'Dato', 'Forhold', 'Rolle', 'CPR', 'Navn'];
const row = (index: number, name = `Person ${index}`) => ({ Journalnr: `J-${index}`, Dato: '01-11-2026', Forhold: 'Tyveri', Rolle: 'sigtet', CPR: '0103104321', Navn: name });

async function workbook(fill: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('police-list limits', () => {
  let environment: ServiceTestEnvironment;
  let service: RunningService;
  let token: string;

  beforeAll(async () => {
    environment = await serviceTestEnvironment('police-list-ingestion', newTopicNamespace());
    service = await startTestService(APP, {
      ...environment.env,
      MAX_UPLOAD_BYTES: '400000',
      MAX_ROWS: '20',
      MAX_CELL_LENGTH: '100',
      MAX_XLSX_UNCOMPRESSED_BYTES: String(1024 * 1024),
      MAX_XLSX_ENTRIES: '20',
    });
    token = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'] });
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  it('413 for a file over the upload size', async () => {
    const big = policeListCsv(HEADER, Array.from({ length: 19 }, (_, index) => row(index, 'x'.repeat(99))));
    const padded = Buffer.concat([big, Buffer.alloc(450_000 - big.length, 0x20)]);
    expect((await uploadPoliceList(service.url, token, padded, 'stor.csv')).status).toBe(413);
  });

  it('413 for more rows than allowed', async () => {
    const upload = await uploadPoliceList(service.url, token, policeListCsv(HEADER, Array.from({ length: 30 }, (_, index) => row(index))), 'mange.csv');
    expect(upload).toMatchObject({ status: 413, body: { code: 'too-many-rows' } });
  });

  it('422 for a cell longer than allowed, naming its line', async () => {
    const upload = await uploadPoliceList(service.url, token, policeListCsv(HEADER, [row(1), row(2, 'y'.repeat(150))]), 'lang.csv');
    expect(upload).toMatchObject({ status: 422, body: { code: 'cell-too-long', line: 3 } });
  });

  it('413 for an XLSX with more zip entries than allowed', async () => {
    const file = await workbook((book) => {
      for (let sheet = 0; sheet < 20; sheet += 1) book.addWorksheet(`Ark ${sheet}`).addRow(HEADER);
    });
    expect(await uploadPoliceList(service.url, token, file, 'ark.xlsx')).toMatchObject({ status: 413, body: { code: 'xlsx-too-many-entries' } });
  });

  it('413 for an XLSX that unpacks to more than allowed (a zip bomb), before it is parsed', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('Liste');
      sheet.addRow(HEADER);
      for (let index = 0; index < 8000; index += 1) sheet.addRow(['J', '01-11-2026', 'Tyveri', 'sigtet', '0103104321', 'Samme navn hver gang']);
    });
    expect(file.length).toBeLessThan(400_000);
    expect(await uploadPoliceList(service.url, token, file, 'bombe.xlsx')).toMatchObject({ status: 413, body: { code: 'xlsx-too-large' } });
  });

  it('keeps nothing of a refused file: no list, no incident, no identity', async () => {
    const [counts] = await service.dataSource.query(
      'SELECT (SELECT count(*) FROM police_list)::int AS lists, (SELECT count(*) FROM incident)::int AS incidents, (SELECT count(*) FROM person_identity)::int AS identities',
    );
    expect(counts).toEqual({ lists: 0, incidents: 0, identities: 0 });
  });
});
