import { Role } from '@ssp/platform';
import { newTopicNamespace, policeListCsv, serviceTestEnvironment, startTestService, testToken, uploadPoliceList, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import fc from 'fast-check';
import { APP } from '../app.definition';

/*
 * Whatever a list holds, the service answers it without crashing and accounts for every
 * row: accepted + rejected + duplicates + blank = rows read.
 */
const HEADER = ['Journalnr', 'Gerningsdato', 'Tidspunkt', 'Forhold', 'Rolle', 'CPR-nummer', 'Fødselsdato', 'Navn', 'Postnr', 'Beskyttet'];
/** Letters every encoding under test can carry, with separators, quotes and line breaks among them. */
const LETTERS = [...'abcxyzæøåÆØÅéü §;,\t"\n\r-./:0123456789'];

const text = fc.string({ unit: fc.constantFrom(...LETTERS), maxLength: 30 });
const day = fc.date({ min: new Date('1985-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10).split('-').reverse().join('-'));
const cpr = fc.tuple(fc.integer({ min: 1, max: 33 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 })).map(
  ([d, m, y, serial]) => `${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${String(y).padStart(2, '0')}-${String(serial).padStart(4, '0')}`,
);
const cell = (...specific: fc.Arbitrary<string>[]) => fc.oneof(fc.constant(''), text, ...specific);

const row = fc.record({
  Journalnr: cell(fc.constantFrom('3700-1-1-26', '3700-1-2-26', '3700-1-3-26')),
  Gerningsdato: cell(day),
  Tidspunkt: cell(fc.constantFrom('12:00', '25:61', '7.30')),
  Forhold: cell(fc.constantFrom('Tyveri', 'Vold § 244', 'Hærværk')),
  Rolle: cell(fc.constantFrom('sigtet', 'mistænkt', 'forurettet', 'vidne', 'bekymring', 'tilskuer')),
  'CPR-nummer': cell(cpr),
  Fødselsdato: cell(day),
  Navn: cell(fc.constantFrom('Ida', 'Bo Berg', 'Åse Øberg')),
  Postnr: cell(fc.constantFrom('8900', '8920', '1234', 'x')),
  Beskyttet: cell(fc.constantFrom('ja', 'nej', 'måske')),
});

const list = fc.record({
  rows: fc.array(fc.option(row, { nil: null, freq: 6 }), { maxLength: 25 }),
  encoding: fc.constantFrom('windows-1252' as const, 'utf8' as const, 'utf8-bom' as const),
  separator: fc.constantFrom(';' as const, ',' as const, '\t' as const),
  lineBreak: fc.constantFrom('\r\n' as const, '\n' as const),
});

describe('police-list ingestion, for any list', () => {
  let environment: ServiceTestEnvironment;
  let service: RunningService;
  let token: string;

  beforeAll(async () => {
    environment = await serviceTestEnvironment('police-list-ingestion', newTopicNamespace());
    service = await startTestService(APP, environment.env);
    token = await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'] });
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  it('accounts for every row it reads', async () => {
    await fc.assert(
      fc.asyncProperty(list, async ({ rows, ...options }) => {
        const upload = await uploadPoliceList(service.url, token, policeListCsv(HEADER, rows, options), 'liste.csv');
        expect([200, 201]).toContain(upload.status);
        const { rows: read, accepted, rejected, duplicates, blank } = upload.body as Record<string, number>;
        expect(read).toBe(rows.length);
        expect(accepted + rejected + duplicates + blank).toBe(read);
      }),
      { numRuns: 60 },
    );
  });

  it('never crashes on bytes that are no list at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 2000 }), async (bytes) => {
        const upload = await uploadPoliceList(service.url, token, Buffer.from(bytes), 'noget.csv');
        expect([200, 201, 413, 415, 422]).toContain(upload.status);
      }),
      { numRuns: 60 },
    );
  });
});
