import { Topics, type EventEnvelope, type IncidentRecordedV2 } from '@ssp/contracts';
import { IdentityCipher, openJournalNumber, Role } from '@ssp/platform';
import {
  ChildNodeProcess,
  freePort,
  KafkaProbe,
  newTopicNamespace,
  policeListCsv,
  queryDatabase,
  serviceTestEnvironment,
  testToken,
  TEST_IDENTITY_SECRETS,
  uploadPoliceList,
  waitFor,
  type ServiceTestEnvironment,
} from '@ssp/testing';

/*
 * After a list with CPR numbers, names and addresses (and rows with errors) goes through
 * the ingestion service, none of that identity is anywhere but the encrypted vault and the
 * identity topic: not on any other topic, not in the logs (at the most verbose level), not
 * in any answer, not in any other table. That holds too when the identity is typed into the
 * columns that travel pseudonymously (journal number, offence code and text, school, place,
 * police unit, remarks), in any of the forms a CPR number is written, and when an unknown
 * column's name is a CPR number or a person's name: such rows are refused and such names
 * masked. Case coordination's incident table is filled from the incident topic alone, so the
 * topic scan covers it.
 *
 * Negative control (docs/testing.md): make `checkWithoutIdentity` in
 * apps/police-list-ingestion/src/rows/validate-row.ts return `parsed(value)` at once; the
 * counts, the topic scan and the table scan fail.
 */
const HEADER = ['Journalnr', 'Gerningsdato', 'Gerningskode', 'Forhold', 'Rolle', 'CPR-nummer', 'Navn', 'Adresse', 'Postnr', 'Skole', 'Gerningssted', 'Station', 'Bemærkning'];
const PEOPLE = [
  { cpr: '0103104321', name: 'Søren Ærøe', address: 'Nørregade 17' },
  { cpr: '1506115678', name: 'Åse Øberg', address: 'Vestergade 3' },
  { cpr: '2202124567', name: 'Malthe Mikkelsen', address: 'Havnevej 8' },
];
const BROKEN_CPR = '3102114321';
/** An unknown column named by a CPR number, and one named by a person of the list. */
const CPR_COLUMN = '2202124567';
const NAME_COLUMN = PEOPLE[2].name;

type Person = (typeof PEOPLE)[number];

function fullWidth(text: string): string {
  return text.replace(/[0-9-]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0));
}

/** The ways a CPR number gets typed. */
function cprForms(cpr: string): string[] {
  const [day, month, year, serial] = [cpr.slice(0, 2), cpr.slice(2, 4), cpr.slice(4, 6), cpr.slice(6)];
  return [cpr, `${day}${month}${year}-${serial}`, `${day} ${month} ${year} ${serial}`, `${day}.${month}.${year}-${serial}`, fullWidth(`${day}${month}${year}-${serial}`)];
}

/** The name parts that count alone (three letters or more). */
function nameParts(person: Person): string[] {
  return person.name.split(' ').filter((part) => part.length >= 3);
}

/** The columns that travel without the identity, by their header in this list. */
const PSEUDONYMOUS_COLUMNS = ['Journalnr', 'Gerningskode', 'Forhold', 'Skole', 'Gerningssted', 'Station', 'Bemærkning'] as const;

/** The person's identity as typed into a column: every CPR form, the whole name, and (where parts count) the surname alone. */
function identityTyped(person: Person, column: (typeof PSEUDONYMOUS_COLUMNS)[number]): string[] {
  const surname = person.name.split(' ').at(-1) ?? person.name;
  return [...cprForms(person.cpr), person.name.toUpperCase(), ...(column === 'Skole' ? [] : [surname])];
}

/** Case coordination's view: the identity keys the test services share. */
const testCipher = IdentityCipher.fromConfig(TEST_IDENTITY_SECRETS.IDENTITY_KEYS, TEST_IDENTITY_SECRETS.IDENTITY_ACTIVE_KEY_ID);

function secrets(): string[] {
  return PEOPLE.flatMap((person) => [...cprForms(person.cpr), person.name, ...nameParts(person), person.address]).concat(cprForms(BROKEN_CPR));
}

/** Every secret as typed, without case, and every CPR number however it is spaced, dotted or widened. */
function found(text: string): string[] {
  const lower = text.toLowerCase();
  const digits = text.normalize('NFKC').replace(/[\s.\-]/g, '');
  const typed = secrets().filter((secret) => lower.includes(secret.toLowerCase()));
  const numbers = PEOPLE.map((person) => person.cpr).concat(BROKEN_CPR).filter((cpr) => digits.includes(cpr));
  return [...new Set([...typed, ...numbers])];
}

describe('no identity outside the vault and the identity topic', () => {
  const namespace = newTopicNamespace();
  const probe = new KafkaProbe();
  let environment: ServiceTestEnvironment;
  let child: ChildNodeProcess;
  let url: string;
  const answers: string[] = [];
  let injected: Array<{ line: number; column: string; row: Record<string, string> }> = [];
  let errors: Array<{ line: number; field: string; code: string; reason: string }> = [];
  let summary: Record<string, unknown> = {};

  beforeAll(async () => {
    environment = await serviceTestEnvironment('police-list-ingestion', namespace);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    child = ChildNodeProcess.start('test/fixtures/service-on-test-clock.fixture.ts', { ...environment.env, SSP_SERVICE: 'police-list-ingestion', HTTP_PORT: String(port), LOG_LEVEL: 'verbose', LOG_FORMAT: 'json', OUTBOX_POLL_INTERVAL_MS: '200' });
    await child.waitForOutput('listening on port');
    const token = await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'] });
    const clean = PEOPLE.map((person, index) => ({ Journalnr: `3700-1-${index}-26`, Gerningsdato: '10-11-2026', Forhold: 'Tyveri', Rolle: 'sigtet', 'CPR-nummer': person.cpr, Navn: person.name, Adresse: person.address, Postnr: '8900', Bemærkning: 'Set ved stationen' }));
    const broken = { Journalnr: '3700-1-9-26', Gerningsdato: '10-11-2026', Forhold: 'Tyveri', Rolle: 'tilskuer', 'CPR-nummer': BROKEN_CPR, Navn: PEOPLE[0].name, Adresse: PEOPLE[0].address, Postnr: '8900', Bemærkning: '' };
    injected = PSEUDONYMOUS_COLUMNS.flatMap((column) =>
      PEOPLE.flatMap((person) => identityTyped(person, column).map((typed) => ({ column, person, typed }))),
    ).map(({ column, person, typed }, index) => {
      const row: Record<string, string> = { ...clean[PEOPLE.indexOf(person)], Journalnr: `3700-2-${index}-26` };
      row[column] = column === 'Journalnr' ? `${row.Journalnr} ${typed}` : `Set med ${typed}`;
      return { line: index + 6, column, row };
    });
    const rows = [...clean, broken, ...injected.map(({ row }) => row)];
    const upload = await uploadPoliceList(url, token, policeListCsv([...HEADER, CPR_COLUMN, NAME_COLUMN], rows, { encoding: 'utf8-bom' }), `liste ${PEOPLE[0].cpr}.csv`);
    answers.push(JSON.stringify(upload.body));
    summary = upload.body;
    for (let after: string | null = ''; after !== null; ) {
      const errorPage = (await (await fetch(`${url}/police-lists/${String(upload.body.id)}/errors?limit=200${after ? `&after=${after}` : ''}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
        items: typeof errors;
        next: string | null;
      };
      errors.push(...errorPage.items);
      after = errorPage.next;
    }
    for (const route of ['/police-lists', `/police-lists/${String(upload.body.id)}`, `/police-lists/${String(upload.body.id)}/errors`, `/police-lists/${String(upload.body.id)}/errors?format=csv`, '/metrics']) {
      answers.push(await (await fetch(`${url}${route}`, { headers: { authorization: `Bearer ${token}` } })).text());
    }
  });

  afterAll(async () => {
    await child?.kill('SIGTERM');
    await environment?.database.drop();
  });

  it('refuses each row with the identity in a pseudonymous column, saying where, and keeps the other rows', () => {
    const FIELD_OF_COLUMN: Record<string, string> = { Journalnr: 'journalNumber', Gerningskode: 'offenceCode', Forhold: 'offenceText', Skole: 'school', Gerningssted: 'incidentLocation', Station: 'policeUnit', Bemærkning: 'summary' };
    expect(injected.length).toBe(3 * (7 * 6 + 6));
    expect(summary).toMatchObject({ rows: 4 + injected.length, accepted: 3, rejected: 1 + injected.length, unknownColumns: ['220212-xxxx', '[navn]'] });
    for (const { line, column } of injected) {
      const [error, ...more] = errors.filter((candidate) => candidate.line === line);
      expect([error?.field, error?.code, more]).toEqual([FIELD_OF_COLUMN[column], expect.stringMatching(/^(cpr-number|person-name)-in-column$/), []]);
      expect(error.reason).toContain(`i linje ${line} indeholder`);
    }
  });

  it('keeps identities off every other topic, and encrypted on the identity topic', async () => {
    const incidents = await probe.readUntil(`${namespace}${Topics.incidentRecorded.name}`, (seen) => seen.length >= 3);
    const lists = await probe.readUntil(`${namespace}${Topics.policeListIngested.name}`, (seen) => seen.length >= 1);
    expect(found(JSON.stringify([...incidents, ...lists]))).toEqual([]);
    const identities = await probe.readUntil(`${namespace}${Topics.personIdentity.name}`, (seen) => seen.length >= 3);
    expect(found(JSON.stringify(identities))).toEqual([]);
  });

  it('puts no journal number in clear on any topic: the incidents carry a keyed digest and the number sealed under the identity key', async () => {
    const journals = PEOPLE.map((_, index) => `3700-1-${index}-26`);
    const incidents = await probe.readUntil(`${namespace}${Topics.incidentRecorded.name}`, (seen) => seen.length >= 3);
    const topics = await probe.topicsStartingWith(namespace);
    expect(topics).toEqual(expect.arrayContaining([Topics.incidentRecorded, Topics.policeListIngested, Topics.personIdentity].map((topic) => `${namespace}${topic.name}`)));
    expect(topics).not.toContain(`${namespace}${Topics.incidentRecordedV1.name}`);
    const everything = JSON.stringify(await Promise.all(topics.map((topic) => probe.readAll(topic))));
    expect(journals.filter((journal) => everything.includes(journal) || everything.includes(journal.replace(/-/g, '')))).toEqual([]);
    const payloads = incidents.map((message) => (JSON.parse(message.value ?? 'null') as EventEnvelope<IncidentRecordedV2>).payload);
    expect(payloads.map((incident) => openJournalNumber(incident, testCipher)).sort()).toEqual(journals);
    expect(new Set(payloads.map((incident) => incident.journalDigest)).size).toBe(journals.length);
  });

  it('keeps them out of the logs, at the most verbose level', async () => {
    await waitFor('the list to be logged', () => child.printed, (printed) => printed.includes('accepted'));
    expect(found(child.printed)).toEqual([]);
  });

  it('keeps them out of every answer: the summary, the errors (JSON and CSV), the lists and the metrics', () => {
    expect(answers.length).toBe(6);
    expect(found(answers.join('\n'))).toEqual([]);
  });

  it('keeps them out of every table but the encrypted vault', async () => {
    const tables = await queryDatabase<{ table_name: string }>(environment.database.url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'person_identity'");
    const contents = await Promise.all(tables.map(({ table_name }) => queryDatabase(environment.database.url, `SELECT * FROM "${table_name}"`)));
    expect(tables.length).toBeGreaterThan(5);
    expect(found(JSON.stringify(contents))).toEqual([]);
    const vault = await queryDatabase(environment.database.url, 'SELECT * FROM person_identity');
    expect(vault).toHaveLength(3);
    expect(found(JSON.stringify(vault))).toEqual([]);
  });
});
