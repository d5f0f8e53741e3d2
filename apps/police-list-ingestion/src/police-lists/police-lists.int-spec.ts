import { createEnvelope, ServiceName, Topics, type IncidentRecordedV2 } from '@ssp/contracts';
import { IdentityCipher, openJournalNumber, PAGE_LIMIT_MAX, PAGE_REFUSALS, Role } from '@ssp/platform';
import {
  KafkaProbe,
  newTopicNamespace,
  policeListCsv,
  policeListXlsx,
  serviceTestEnvironment,
  startTestService,
  TEST_IDENTITY_SECRETS,
  testToken,
  uploadPoliceList,
  waitFor,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APP } from '../app.definition';
import { REFERENCE_DATA_REFUSALS } from '../reference-data/reference-data.dto';
import { POLICE_LIST_REFUSALS } from './police-lists.dto';

/*
 * Police lists as Danish offices really send them, through the running service: every
 * row accounted for, exact errors, idempotency by content and by incident, and the events
 * on the real broker.
 */
const DANISH_HEADER = ['Journalnr', 'Gerningsdato', 'Tidspunkt', 'Forhold', 'Rolle', 'CPR-nummer', 'Navn', 'Adresse', 'Postnr', 'Skole', 'Bemærkning', 'Sagsbehandler'];

const SOEREN = { Journalnr: '3700-80310-00001-26', Gerningsdato: '14-11-2026', Tidspunkt: '21:30', Forhold: 'Strfl. § 276 tyveri', Rolle: 'mistænkt', 'CPR-nummer': '010310-4321', Navn: 'Søren Ærøe', Adresse: 'Nørregade 1', Postnr: '8900', Skole: 'Vestervangskolen', Bemærkning: 'Butikstyveri; sammen med to andre\nfra klassen', Sagsbehandler: 'JH' };
const AASE = { Journalnr: '3700-80310-00002-26', Gerningsdato: '15.11.2026', Tidspunkt: '', Forhold: 'Strfl. § 244 vold', Rolle: 'sigtet', 'CPR-nummer': '1506115678', Navn: 'Åse Øberg', Adresse: '', Postnr: '8920', Skole: '', Bemærkning: '', Sagsbehandler: '' };
const BAD_CPR_DATE = { ...AASE, Journalnr: '3700-80310-00003-26', 'CPR-nummer': '310211-4321', Navn: 'Bo Berg' };
const BAD_DATE_AND_ROLE = { ...AASE, Journalnr: '3700-80310-00004-26', Gerningsdato: '30-02-2026', Rolle: 'gerningsmand', 'CPR-nummer': '020311-4444', Navn: 'Carl Carlsen' };
const NO_NAME = { ...AASE, Journalnr: '3700-80310-00005-26', 'CPR-nummer': '030311-4444', Navn: '' };
const NO_CPR = { ...AASE, Journalnr: '3700-80310-00006-26', 'CPR-nummer': '', Navn: 'Dorte Dam' };

function danishExcelCsv(): Buffer {
  // Lines: 1 header, 2-3 Søren (a quoted note over two lines), 4 Åse, 5 blank, 6 and 7, 8-9 Søren
  // again, 10 and 11.
  return policeListCsv(DANISH_HEADER, [SOEREN, AASE, null, BAD_CPR_DATE, BAD_DATE_AND_ROLE, SOEREN, NO_NAME, NO_CPR], { encoding: 'windows-1252', separator: ';' });
}

describe('police-list ingestion', () => {
  const namespace = newTopicNamespace();
  const probe = new KafkaProbe();
  let environment: ServiceTestEnvironment;
  let service: RunningService;
  let secretariat: string;

  const get = async (route: string, token = secretariat) => {
    const response = await fetch(`${service.url}${route}`, { headers: { authorization: `Bearer ${token}` } });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, type: response.headers.get('content-type'), bytes, text: bytes.toString('utf8') };
  };

  beforeAll(async () => {
    environment = await serviceTestEnvironment('police-list-ingestion', namespace);
    service = await startTestService(APP, environment.env);
    secretariat = await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'], subject: 'sekretaer-1' });
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  describe('a Danish Excel CSV (Windows-1252, semicolons)', () => {
    let first: Record<string, unknown>;

    beforeAll(async () => {
      const upload = await uploadPoliceList(service.url, secretariat, danishExcelCsv(), 'ssp-liste uge 46.csv', { listDate: '2026-11-16' });
      expect(upload.status).toBe(201);
      first = upload.body;
    });

    it('accounts for every row: accepted + rejected + duplicates + blank = rows', () => {
      expect(first).toMatchObject({ rows: 8, accepted: 2, rejected: 4, duplicates: 1, blank: 1, unknownColumns: ['Sagsbehandler'], alreadyIngested: false, errorCount: 5 });
    });

    it('names the line, the column as the file heads it, the field and reason of every error, in Danish beside a stable code, with no CPR in clear', () => {
      const errors = first.errors as { line: number; column: string | null; field: string; code: string; reason: string }[];
      expect(errors.map(({ line, column, field, code }) => ({ line, column, field, code }))).toEqual([
        { line: 6, column: 'CPR-nummer', field: 'cpr', code: 'cpr-invalid-date' },
        { line: 7, column: 'Gerningsdato', field: 'incidentDate', code: 'incident-date-invalid' },
        { line: 7, column: 'Rolle', field: 'role', code: 'role-unknown' },
        { line: 10, column: 'Navn', field: 'name', code: 'name-missing' },
        { line: 11, column: 'CPR-nummer', field: 'cpr', code: 'cpr-or-birth-date-missing' },
      ]);
      for (const error of errors) expect(error.reason).toMatch(/[a-zæøå]/);
      expect(JSON.stringify(first)).not.toMatch(/3102114321|310211-4321/);
    });

    it('answers the same file again with the first summary and changes nothing', async () => {
      const again = await uploadPoliceList(service.url, secretariat, danishExcelCsv(), 'kopi.csv');
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ ...first, alreadyIngested: true });
      const [{ count }] = await service.dataSource.query('SELECT count(*)::int AS count FROM incident');
      expect(count).toBe(2);
    });

    it('publishes the incidents by pseudonym, the encrypted identities and the counts', async () => {
      const incidents = await probe.readUntil(`${namespace}${Topics.incidentRecorded.name}`, (seen) => seen.length >= 2);
      const payloads = incidents.map((message) => JSON.parse(message.value!).payload as IncidentRecordedV2);
      const cipher = IdentityCipher.fromConfig(TEST_IDENTITY_SECRETS.IDENTITY_KEYS, TEST_IDENTITY_SECRETS.IDENTITY_ACTIVE_KEY_ID);
      expect(payloads.map((payload) => [openJournalNumber(payload, cipher), payload.role, payload.offenceCategory, payload.areaId, payload.ageAtIncident, payload.sex, payload.pseudonymStrength]).sort()).toEqual([
        ['3700-80310-00001-26', 'suspect', 'theft', 'randers-c', 16, 'male', 'strong'],
        ['3700-80310-00002-26', 'charged', 'violence', 'randers-nv', 15, 'female', 'strong'],
      ]);
      expect(incidents.every((message) => message.key === JSON.parse(message.value!).payload.personPseudonym)).toBe(true);
      const identities = await probe.readUntil(`${namespace}${Topics.personIdentity.name}`, (seen) => seen.length >= 2);
      expect(identities.map((message) => JSON.parse(message.value!).payload.identity.algorithm)).toEqual(['A256GCM', 'A256GCM']);
      const [listed] = await probe.readUntil(`${namespace}${Topics.policeListIngested.name}`, (seen) => seen.length >= 1);
      expect(JSON.parse(listed.value!).payload).toMatchObject({ listId: first.id, rows: 8, accepted: 2, rejected: 4, duplicates: 1, listDate: '2026-11-16' });
    });

    it('gives the errors as CSV for Danish Excel, to fix the rows', async () => {
      const csv = await get(`/police-lists/${String(first.id)}/errors?format=csv`);
      expect(csv.status).toBe(200);
      expect(csv.type).toContain('text/csv');
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = csv.text.split('\r\n');
      expect(lines[0]).toBe('\uFEFFlinje;kolonne;felt;kode;årsag');
      expect(lines.slice(1, 6).map((line) => line.split(';').slice(0, 4).join(';'))).toEqual([
        '6;CPR-nummer;cpr;cpr-invalid-date',
        '7;Gerningsdato;incidentDate;incident-date-invalid',
        '7;Rolle;role;role-unknown',
        '10;Navn;name;name-missing',
        '11;CPR-nummer;cpr;cpr-or-birth-date-missing',
      ]);
    });

    it('takes a corrected row on a new list and counts the rows it already has as duplicates', async () => {
      const corrected = { ...BAD_CPR_DATE, 'CPR-nummer': '280211-4321' };
      const upload = await uploadPoliceList(service.url, secretariat, policeListCsv(DANISH_HEADER, [SOEREN, corrected], { encoding: 'windows-1252' }), 'rettet.csv');
      expect(upload).toMatchObject({ status: 201, body: { rows: 2, accepted: 1, duplicates: 1, rejected: 0, blank: 0 } });
    });
  });

  it('reads a UTF-8 file with BOM, commas, English headers in another order and birth dates instead of CPR', async () => {
    const header = ['Name', 'Role', 'Date', 'Offence', 'Birth date', 'Journal number', 'Post code'];
    const rows = [
      { Name: 'Emil Eskildsen', Role: 'victim', Date: '2026-11-10 18:05', Offence: 'Røveri, § 288', 'Birth date': '12-05-2013', 'Journal number': '3700-80310-00010-26', 'Post code': '8930' },
      { Name: 'Fie Fisker', Role: 'Forurettet', Date: '10/11/2026', Offence: 'Hærværk', 'Birth date': '01-01-2030', 'Journal number': '3700-80310-00011-26', 'Post code': '9999' },
    ];
    const upload = await uploadPoliceList(service.url, secretariat, policeListCsv(header, rows, { encoding: 'utf8-bom', separator: ',', lineBreak: '\n' }), 'list.csv');
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ rows: 2, accepted: 1, rejected: 1, duplicates: 0, blank: 0, unknownColumns: [] });
    expect((upload.body.errors as { line: number; field: string; code: string }[]).map(({ line, field, code }) => ({ line, field, code }))).toEqual([
      { line: 3, field: 'birthDate', code: 'birth-date-in-future' },
    ]);
    const [incident] = await service.dataSource.query("SELECT pseudonym_strength, offence_category, area_id, age_at_incident, sex, incident_time FROM incident WHERE journal_number = '3700-80310-00010-26'");
    expect(incident).toEqual({ pseudonym_strength: 'weak', offence_category: 'robbery', area_id: 'randers-no', age_at_incident: 13, sex: null, incident_time: '18:05' });
  });

  it('reads an XLSX with a cover sheet, real date cells, numbers as text and formulas taken as their value', async () => {
    const header = ['Sagsnummer', 'Dato', 'Lovovertrædelse', 'Involvering', 'Personnummer', 'Fulde navn', 'Postnummer'];
    const rows = [
      { Sagsnummer: '3700-80310-00020-26', Dato: new Date(Date.UTC(2026, 10, 12)), Lovovertrædelse: 'Lov om euforiserende stoffer', Involvering: 'Sigtet', Personnummer: '0202124567', 'Fulde navn': 'Gustav Grøn', Postnummer: { formula: '8900+30', result: 8930 } },
      null,
      { Sagsnummer: '3700-80310-00021-26', Dato: new Date(Date.UTC(2026, 10, 13)), Lovovertrædelse: 'Knivlov', Involvering: 'bekymring', Personnummer: '0303124568', 'Fulde navn': 'Hanne Hald', Postnummer: '8990' },
      { Sagsnummer: '3700-80310-00022-26', Dato: 'i går', Lovovertrædelse: 'Tyveri', Involvering: 'vidne', Personnummer: '0404124569', 'Fulde navn': 'Ida Iversen', Postnummer: '8900' },
    ];
    const file = await policeListXlsx(header, rows, { sheetsBefore: [{ name: 'Forside' }] });
    const upload = await uploadPoliceList(service.url, secretariat, file, 'politiliste.xlsx');
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ rows: 4, accepted: 2, rejected: 1, duplicates: 0, blank: 1 });
    expect((upload.body.errors as { line: number; field: string }[]).map(({ line, field }) => [line, field])).toEqual([[5, 'incidentDate']]);
    const incidents = await service.dataSource.query("SELECT journal_number, incident_date::text, area_id, offence_category, role FROM incident WHERE journal_number LIKE '3700-80310-0002%' ORDER BY journal_number");
    expect(incidents).toEqual([
      { journal_number: '3700-80310-00020-26', incident_date: '2026-11-12', area_id: 'randers-no', offence_category: 'drugs', role: 'charged' },
      { journal_number: '3700-80310-00021-26', incident_date: '2026-11-13', area_id: 'faarup', offence_category: 'weapons', role: 'concern' },
    ]);
  });

  it('refuses a file that is neither CSV nor XLSX by its content, whatever its name', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    const upload = await uploadPoliceList(service.url, secretariat, png, 'liste.csv');
    expect(upload).toMatchObject({ status: 415, body: { code: 'unsupported-file-type' } });
  });

  it('refuses a list without the required columns, naming them in Danish', async () => {
    const upload = await uploadPoliceList(service.url, secretariat, policeListCsv(['Navn', 'Dato'], [{ Navn: 'Jens', Dato: '01-11-2026' }]), 'x.csv');
    expect(upload).toMatchObject({ status: 422, body: { code: 'missing-columns', line: 1 } });
    expect(upload.body.message).toContain('journalnummer');
    expect(upload.body.message).toContain('CPR-nummer eller fødselsdato');
  });

  it('asks for the file when none is attached', async () => {
    const form = new FormData();
    form.append('listDate', '2026-11-16');
    const response = await fetch(`${service.url}/police-lists`, { method: 'POST', headers: { authorization: `Bearer ${secretariat}` }, body: form });
    expect([response.status, await response.json()]).toEqual([400, { statusCode: 400, error: 'Bad Request', ...POLICE_LIST_REFUSALS.fileMissing }]);
  });

  it('lists the lists and shows one, and 404s an unknown one', async () => {
    const { items: list } = JSON.parse((await get('/police-lists')).text) as { items: { id: string }[] };
    expect(list.length).toBeGreaterThanOrEqual(4);
    expect((await get(`/police-lists/${list[0].id}`)).status).toBe(200);
    expect((await get('/police-lists/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('pages the lists newest first, each once, while a list is uploaded between pages (keyset, not offset)', async () => {
    const page = async (after: string | null) => JSON.parse((await get(`/police-lists?limit=1${after ? `&after=${after}` : ''}`)).text) as { items: { id: string; ingestedAt: string }[]; next: string | null };
    const listed = (await service.dataSource.query('SELECT id FROM police_list ORDER BY ingested_at DESC, id DESC')) as { id: string }[];
    const first = await page(null);
    const between = await uploadPoliceList(service.url, secretariat, policeListCsv(DANISH_HEADER, [{ ...AASE, Journalnr: '3700-80310-00099-26' }], { encoding: 'utf8', separator: ';' }), 'mellem siderne.csv');
    expect(between.status).toBe(201);
    const visited = [...first.items];
    // At most one page per list (and the one added): a cursor that does not advance stops here.
    for (let after = first.next; after !== null && visited.length <= listed.length + 1; ) {
      const next = await page(after);
      expect(next.items.length).toBeLessThanOrEqual(1);
      visited.push(...next.items);
      after = next.next;
    }
    expect(listed.length).toBeGreaterThanOrEqual(4);
    // The list uploaded between pages is newer than the cursor: on page one now, on no later page.
    expect(visited.map((list) => list.id)).toEqual(listed.map((list) => list.id));
    expect((await page(null)).items[0].id).toBe(between.body.id);
  });

  it("pages a list's row errors in file order and refuses a page above the maximum with a code and Danish text", async () => {
    const [{ id }] = (await service.dataSource.query("SELECT id FROM police_list WHERE file_name = 'ssp-liste uge 46.csv'")) as { id: string }[];
    const errors: { line: number; field: string }[] = [];
    const sizes: number[] = [];
    for (let after: string | null = ''; after !== null; ) {
      const errorPage = JSON.parse((await get(`/police-lists/${id}/errors?limit=2${after ? `&after=${after}` : ''}`)).text) as { items: { line: number; field: string }[]; next: string | null };
      errors.push(...errorPage.items);
      sizes.push(errorPage.items.length);
      after = errorPage.next;
    }
    expect(sizes).toEqual([2, 2, 1]);
    expect(errors.map(({ line, field }) => `${line} ${field}`)).toEqual(['6 cpr', '7 incidentDate', '7 role', '10 name', '11 cpr']);
    const csv = await fetch(`${service.url}/police-lists/${id}/errors?format=csv&limit=2`, { headers: { authorization: `Bearer ${secretariat}` } });
    expect(csv.headers.get('link')).toMatch(/^<\?format=csv&limit=2&after=[A-Za-z0-9_-]+>; rel="next"$/);
    const refused = await get(`/police-lists/${id}/errors?limit=${PAGE_LIMIT_MAX + 1}`);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text)).toEqual({ statusCode: 400, error: 'Bad Request', ...PAGE_REFUSALS.limit });
  });

  it('applies an edited area table to new rows only, and says so', async () => {
    const areas = JSON.parse((await get('/areas')).text) as { id: string; name: string; postalCodes: string[] }[];
    const moved = areas.map((area) => (area.id === 'randers-c' ? { ...area, postalCodes: [] } : area.id === 'langaa' ? { ...area, postalCodes: [...area.postalCodes, '8900'] } : area));
    const response = await fetch(`${service.url}/areas`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${secretariat}`, 'content-type': 'application/json' },
      body: JSON.stringify({ areas: moved }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { appliesTo: string }).appliesTo).toContain('fra nu af');
    const upload = await uploadPoliceList(service.url, secretariat, policeListCsv(DANISH_HEADER, [{ ...AASE, Journalnr: '3700-80310-00030-26', Postnr: '8900', 'CPR-nummer': '0505114321', Navn: 'Jonas Juhl' }]), 'ny.csv');
    expect(upload.body).toMatchObject({ accepted: 1 });
    const rows = await service.dataSource.query("SELECT journal_number, area_id FROM incident WHERE journal_number IN ('3700-80310-00001-26', '3700-80310-00030-26') ORDER BY journal_number");
    expect(rows).toEqual([
      { journal_number: '3700-80310-00001-26', area_id: 'randers-c' },
      { journal_number: '3700-80310-00030-26', area_id: 'langaa' },
    ]);
  });

  it('refuses an offence table with an unusable pattern, and applies a good one to new rows', async () => {
    const put = (categories: unknown) =>
      fetch(`${service.url}/offence-categories`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${secretariat}`, 'content-type': 'application/json' },
        body: JSON.stringify({ categories }),
      });
    const categories = JSON.parse((await get('/offence-categories')).text) as { id: string; da: string; patterns: string[] }[];
    const broken = await put([{ id: 'graffiti', da: 'Graffiti', patterns: ['graffiti(('] }, ...categories]);
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ statusCode: 400, error: 'Bad Request', ...REFERENCE_DATA_REFUSALS.patternUnusable, categoryId: 'graffiti', pattern: 'graffiti((' });
    const nurse = await testToken({ roles: [Role.healthVisitor], groups: ['netvaerk-randers-c'] });
    expect((await fetch(`${service.url}/offence-categories`, { method: 'PUT', headers: { authorization: `Bearer ${nurse}`, 'content-type': 'application/json' }, body: '{}' })).status).toBe(403);
    expect((await put([{ id: 'graffiti', da: 'Graffiti', patterns: ['graffiti'] }, ...categories])).status).toBe(200);
    await uploadPoliceList(service.url, secretariat, policeListCsv(DANISH_HEADER, [{ ...AASE, Journalnr: '3700-80310-00050-26', Forhold: 'Hærværk, graffiti på skolen', 'CPR-nummer': '0707114321', Navn: 'Lone Lund' }]), 'graffiti.csv');
    const [incident] = await service.dataSource.query("SELECT offence_category FROM incident WHERE journal_number = '3700-80310-00050-26'");
    expect(incident).toEqual({ offence_category: 'graffiti' });
  });

  it('on person erased, deletes the vault row and tombstones the identity topic', async () => {
    const [{ person_pseudonym: pseudonym }] = await service.dataSource.query("SELECT person_pseudonym FROM incident WHERE journal_number = '3700-80310-00001-26'");
    const erased = createEnvelope(Topics.personErased, { personPseudonym: pseudonym, reason: 'retention', erasedAt: new Date().toISOString() }, { producer: ServiceName.caseCoordination });
    await probe.send(`${namespace}${Topics.personErased.name}`, [{ key: pseudonym, value: JSON.stringify(erased) }]);
    await waitFor('the vault row to go', () => service.dataSource.query('SELECT 1 FROM person_identity WHERE person_pseudonym = $1', [pseudonym]), (rows: unknown[]) => rows.length === 0);
    const identityTopic = await probe.readUntil(`${namespace}${Topics.personIdentity.name}`, (seen) => seen.some((message) => message.key === pseudonym && message.value === null));
    expect(identityTopic.filter((message) => message.key === pseudonym).map((message) => message.value === null)).toEqual([false, true]);
    const [{ count }] = await service.dataSource.query('SELECT count(*)::int AS count FROM incident WHERE person_pseudonym = $1', [pseudonym]);
    expect(count).toBeGreaterThan(0);
  });

  it('uploads from the command line with `npm run ingest` and prints the summary, or why not', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ssp-ingest-'));
    const list = path.join(folder, 'uge47.csv');
    writeFileSync(list, policeListCsv(DANISH_HEADER, [{ ...AASE, Journalnr: '3700-80310-00040-26', 'CPR-nummer': '0606114321', Navn: 'Kim Krog' }, { ...NO_NAME, Journalnr: '3700-80310-00041-26' }]));
    const notAList = path.join(folder, 'billede.csv');
    writeFileSync(notAList, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00]));
    // Asynchronously: the service answering the upload runs in this very process.
    const ingest = (file: string) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/police-list-ingestion/src/cli/ingest.cli.ts', file, '--url', service.url],
          { cwd: path.resolve(__dirname, '../../../..'), env: { ...process.env, SSP_TOKEN: secretariat }, encoding: 'utf8' },
          (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
        );
      });
    const taken = await ingest(list);
    expect(taken.status).toBe(0);
    expect(taken.stdout).toContain('rækker 2: 1 nye hændelser, 1 afvist, 0 dubletter, 0 tomme');
    expect(taken.stdout).toMatch(/linje 3, name: /);
    expect(taken.stderr).toContain('100%');
    const refused = await ingest(notAList);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('HTTP 415');
  });
});
