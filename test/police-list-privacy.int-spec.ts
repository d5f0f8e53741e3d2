import { Topics } from '@ssp/contracts';
import { Role } from '@ssp/platform';
import {
  ChildNodeProcess,
  freePort,
  KafkaProbe,
  newTopicNamespace,
  policeListCsv,
  queryDatabase,
  serviceTestEnvironment,
  testToken,
  uploadPoliceList,
  waitFor,
  type ServiceTestEnvironment,
} from '@ssp/testing';

/*
 * After a list with CPR numbers, names and addresses (and rows with errors) goes through
 * the ingestion service, none of that identity is anywhere but the encrypted vault and the
 * identity topic: not on any other topic, not in the logs (at the most verbose level), not
 * in any answer, not in any other table.
 */
const HEADER = ['Journalnr', 'Gerningsdato', 'Forhold', 'Rolle', 'CPR-nummer', 'Navn', 'Adresse', 'Postnr', 'Bemærkning'];
const PEOPLE = [
  { cpr: '0103104321', name: 'Søren Ærøe', address: 'Nørregade 17' },
  { cpr: '1506115678', name: 'Åse Øberg', address: 'Vestergade 3' },
  { cpr: '2202124567', name: 'Malthe Mikkelsen', address: 'Havnevej 8' },
];
const BROKEN_CPR = '3102114321';

function secrets(): string[] {
  return PEOPLE.flatMap((person) => [person.cpr, `${person.cpr.slice(0, 6)}-${person.cpr.slice(6)}`, person.name, person.address]).concat(BROKEN_CPR, '310211-4321');
}

function found(text: string): string[] {
  return secrets().filter((secret) => text.includes(secret));
}

describe('no identity outside the vault and the identity topic', () => {
  const namespace = newTopicNamespace();
  const probe = new KafkaProbe();
  let environment: ServiceTestEnvironment;
  let child: ChildNodeProcess;
  let url: string;
  const answers: string[] = [];

  beforeAll(async () => {
    environment = await serviceTestEnvironment('police-list-ingestion', namespace);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    child = ChildNodeProcess.start('test/fixtures/service-on-test-clock.fixture.ts', { ...environment.env, SSP_SERVICE: 'police-list-ingestion', HTTP_PORT: String(port), LOG_LEVEL: 'verbose', LOG_FORMAT: 'json', OUTBOX_POLL_INTERVAL_MS: '200' });
    await child.waitForOutput('listening on port');
    const token = await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'] });
    const rows = [
      ...PEOPLE.map((person, index) => ({ Journalnr: `3700-1-${index}-26`, Gerningsdato: '10-11-2026', Forhold: 'Tyveri', Rolle: 'sigtet', 'CPR-nummer': person.cpr, Navn: person.name, Adresse: person.address, Postnr: '8900', Bemærkning: `Set sammen med ${person.name}` })),
      { Journalnr: '3700-1-9-26', Gerningsdato: '10-11-2026', Forhold: 'Tyveri', Rolle: 'tilskuer', 'CPR-nummer': BROKEN_CPR, Navn: PEOPLE[0].name, Adresse: PEOPLE[0].address, Postnr: '8900', Bemærkning: '' },
    ];
    const upload = await uploadPoliceList(url, token, policeListCsv(HEADER, rows), `liste ${PEOPLE[0].cpr}.csv`);
    answers.push(JSON.stringify(upload.body));
    expect(upload.body).toMatchObject({ accepted: 3, rejected: 1 });
    for (const route of ['/police-lists', `/police-lists/${String(upload.body.id)}`, `/police-lists/${String(upload.body.id)}/errors`, `/police-lists/${String(upload.body.id)}/errors?format=csv`, '/metrics']) {
      answers.push(await (await fetch(`${url}${route}`, { headers: { authorization: `Bearer ${token}` } })).text());
    }
  });

  afterAll(async () => {
    await child?.kill('SIGTERM');
    await environment?.database.drop();
  });

  it('keeps identities off every other topic, and encrypted on the identity topic', async () => {
    const incidents = await probe.readUntil(`${namespace}${Topics.incidentRecorded.name}`, (seen) => seen.length >= 3);
    const lists = await probe.readUntil(`${namespace}${Topics.policeListIngested.name}`, (seen) => seen.length >= 1);
    expect(found(JSON.stringify([...incidents, ...lists]))).toEqual([]);
    const identities = await probe.readUntil(`${namespace}${Topics.personIdentity.name}`, (seen) => seen.length >= 3);
    expect(found(JSON.stringify(identities))).toEqual([]);
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
