import { Topics } from '@ssp/contracts';
import { randomUUID } from 'node:crypto';
import { Role } from '@ssp/platform';
import {
  KafkaProbe,
  newTopicNamespace,
  policeListCsv,
  queryDatabase,
  serviceTestEnvironment,
  startTestService,
  TEST_TODAY,
  testToken,
  uploadPoliceList,
  waitFor,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';

/*
 * Issue 19, "Municipal concerns": a member raises a concern about a child who is on no police
 * list. Ingestion, the one holder of the pseudonym key, gives the child the pseudonym a list
 * would give and puts the identity in the vault and on the identity topic; the worry travels
 * sealed; case coordination keeps the concern and puts the child on the next agenda with
 * "Bekymring fra skole". The child's first police incident later joins the same person.
 */
const HEADER = ['Journalnr', 'Gerningsdato', 'Forhold', 'Rolle', 'CPR-nummer', 'Fødselsdato', 'Navn', 'Postnr', 'Adresse'];
const WORRY = 'Mads er flere gange set med en kniv i skolegården og siger, han skylder penge væk';
const MADS = { cpr: '010212-4321', name: 'Mads Ærø Jensen' };
const LIVA = { name: 'Liva Krog', birthDate: '2014-03-09' };
const CONCERN = { ...MADS, legalBasis: 'SSP', worry: WORRY, school: 'Langå Skole', postalCode: '8870' };

/** Words an English sentence can hardly do without; none is Danish. */
const ENGLISH = /\b(must|should|the|is|not|only|no such)\b/i;

interface Concern {
  concernId: string;
  source: string;
  sourceText: string;
  legalBasis: string;
  legalBasisText: string;
  raisedOn: string;
  areaId: string;
  areaText: string;
  worry: string | null;
  raisedBy: string | null;
  review: string;
}
interface AgendaItem {
  personPseudonym: string;
  caseState: string | null;
  person: { name: string | null; school: string | null };
  reasons: { code: string; text: string }[];
  newIncidents: { journalNumber: string }[];
  newConcerns: Concern[];
}
interface Person {
  pseudonym: string;
  caseState: string | null;
  identity: { name: string; cpr?: string; address?: string } | null;
  incidents: { journalNumber: string }[];
  concerns: Concern[];
}
interface Receipt {
  concernId: string;
  personPseudonym: string;
  pseudonymStrength: string;
  source: string;
  sourceText: string;
  areaId: string;
  raisedOn: string;
  message: string;
}
interface Refused {
  code: string;
  message: string;
}

describe('a concern raised by a member about a child on no police list', () => {
  const namespace = newTopicNamespace();
  const probe = new KafkaProbe();
  let environments: ServiceTestEnvironment[] = [];
  let ingestion: RunningService;
  let cases: RunningService;
  const tokens = {} as Record<'school' | 'consultant' | 'police' | 'secretariat' | 'healthVisitor' | 'schoolOutsideGroups', string>;

  const raise = async <T = Receipt>(body: Record<string, unknown>, token = tokens.school): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${ingestion.url}/concerns`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  const read = async <T>(route: string, token = tokens.consultant): Promise<T> => {
    const response = await fetch(`${cases.url}${route}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };
  const agenda = async (filters = '') => (await read<{ items: AgendaItem[] }>(`/meetings/next/agenda?from=${TEST_TODAY}&limit=200${filters}`)).items;
  const itemOf = async (pseudonym: string, filters = '') => (await agenda(filters)).find((item) => item.personPseudonym === pseudonym);
  const person = (pseudonym: string) => read<Person>(`/persons/${pseudonym}?purpose=monday-group-meeting`);
  const count = async (sql: string, parameters: unknown[] = []) => Number(((await cases.dataSource.query(sql, parameters)) as { n: string }[])[0].n);
  const vaultRows = async () => queryDatabase<{ person_pseudonym: string; ciphertext: string }>(environments[0].database.url, 'SELECT person_pseudonym, ciphertext FROM person_identity ORDER BY person_pseudonym');
  const concernsHeld = () => count('SELECT count(*) AS n FROM person_concern');
  const upload = async (rows: Record<string, string>[], name: string) => {
    const incidents = await count('SELECT count(*) AS n FROM person_incident');
    expect((await uploadPoliceList(ingestion.url, tokens.secretariat, policeListCsv(HEADER, rows), name)).body).toMatchObject({ accepted: rows.length });
    await waitFor('case coordination to hold the list', () => count('SELECT count(*) AS n FROM person_incident'), (held) => held === incidents + rows.length);
  };
  const listRow = (journal: string, who: { cpr?: string; name: string; birthDate?: string }, address = '') => ({
    Journalnr: journal,
    Gerningsdato: '20-11-2026',
    Forhold: 'Butikstyveri',
    Rolle: 'sigtet',
    'CPR-nummer': who.cpr ?? '',
    Fødselsdato: who.birthDate ? who.birthDate.split('-').reverse().join('-') : '',
    Navn: who.name,
    Postnr: '8870',
    Adresse: address,
  });

  beforeAll(async () => {
    environments = await Promise.all([serviceTestEnvironment('police-list-ingestion', namespace), serviceTestEnvironment('case-coordination', namespace)]);
    ingestion = await startTestService(INGESTION, environments[0].env);
    cases = await startTestService(CASE_COORDINATION, { ...environments[1].env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' });
    tokens.school = await testToken({ roles: [Role.school], groups: ['mandagsgruppen'], subject: 'skole-kontakt-1' });
    tokens.consultant = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'], subject: 'konsulent-1' });
    tokens.police = await testToken({ roles: [Role.policePrevention], groups: ['mandagsgruppen'], subject: 'betjent-1' });
    tokens.secretariat = await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'] });
    tokens.healthVisitor = await testToken({ roles: [Role.healthVisitor], groups: ['mandagsgruppen'] });
    tokens.schoolOutsideGroups = await testToken({ roles: [Role.school], groups: ['netvaerk-nord'] });
  });

  afterAll(async () => {
    await cases?.close();
    await ingestion?.close();
    await Promise.all(environments.map((environment) => environment.database.drop()));
  });

  it('puts the child on the next agenda with "Bekymring fra skole", and the first police incident later joins the same person', async () => {
    const raised = await raise(CONCERN);
    expect(raised.status).toBe(202);
    expect(raised.body).toMatchObject({ pseudonymStrength: 'strong', source: 'school', sourceText: 'skole', areaId: 'langaa', raisedOn: TEST_TODAY });
    expect(raised.body.message).toMatch(/Mandagsgruppens næste dagsorden/);
    const pseudonym = raised.body.personPseudonym;

    const item = await waitFor('the child on the agenda', () => itemOf(pseudonym), (found) => found !== undefined);
    expect(item).toMatchObject({
      caseState: 'under-review',
      person: { name: 'Mads Ærø Jensen', school: 'Langå Skole' },
      reasons: [{ code: 'concern-from-school', text: `Bekymring fra skole, rejst ${TEST_TODAY}` }],
      newIncidents: [],
      newConcerns: [{ source: 'school', sourceText: 'Bekymring fra skole', legalBasis: 'SSP', raisedOn: TEST_TODAY, areaId: 'langaa', areaText: 'Langå', worry: WORRY, raisedBy: 'skole-kontakt-1', review: 'new' }],
    });
    // The filters take the concern: its reason, its area, and new since the last meeting.
    expect(await itemOf(pseudonym, '&reason=concern-from-school&area=langaa&onlyNew=true')).toBeDefined();
    expect(await itemOf(pseudonym, '&reason=concern-from-club')).toBeUndefined();

    await upload([listRow('J-100', { cpr: '0102124321', name: 'mads  ærø jensen' }, 'Skolevej 1')], 'uge47.csv');
    const joined = await waitFor('the incident on the same person', () => person(pseudonym), (found) => found.incidents.length === 1);
    expect(joined).toMatchObject({ caseState: 'under-review', incidents: [{ journalNumber: 'J-100' }], concerns: [{ worry: WORRY, review: 'new' }] });
    expect(await count('SELECT count(*) AS n FROM person')).toBe(1);
    expect(await count('SELECT count(*) AS n FROM person_case')).toBe(1);
    const both = await itemOf(pseudonym);
    expect(both?.reasons.map((reason) => reason.code).sort()).toEqual(['concern-from-school', 'suspect-or-charged', 'under-15']);
    expect(both?.newIncidents).toEqual([expect.objectContaining({ journalNumber: 'J-100' })]);
  });

  it('sends the worry and who raised it only sealed: no topic and no table of ingestion holds them in clear', async () => {
    const concerns = await probe.readUntil(`${namespace}${Topics.concernRaised.name}`, (seen) => seen.length >= 1);
    const topics = await probe.topicsStartingWith(namespace);
    const everything = JSON.stringify(await Promise.all(topics.map((topic) => probe.readAll(topic))));
    expect(JSON.parse(concerns[0].value ?? '{}')).toMatchObject({ payload: { source: 'school', legalBasis: 'SSP', detailsSealed: { algorithm: 'A256GCM' } } });
    // Not 'kniv' alone: the offence category "Våben og knive" travels on ssp.reference.offence-category.v1.
    for (const secret of ['kniv i skolegården', 'skole-kontakt-1', 'Mads', '0102124321', 'Langå Skole']) expect(everything).not.toContain(secret);
    const ingestionTables = await queryDatabase<{ dump: string }>(environments[0].database.url, "SELECT string_agg(t::text, ' ') AS dump FROM (SELECT * FROM outbox_event) t");
    expect(ingestionTables[0].dump ?? '').not.toContain('kniv i skolegården');
  });

  it('gives a child named by name and birth date the pseudonym a list without a CPR number gives', async () => {
    const raised = await raise({ ...LIVA, legalBasis: 'SSP', worry: 'Liva kommer ikke i skole og ses sent om aftenen ved stationen' });
    expect(raised.body).toMatchObject({ pseudonymStrength: 'weak', areaId: 'unknown' });
    await waitFor('Liva on the agenda', () => itemOf(raised.body.personPseudonym), (found) => found !== undefined);
    await upload([listRow('J-200', LIVA)], 'uge47b.csv');
    const joined = await waitFor('the incident on the same person', () => person(raised.body.personPseudonym), (found) => found.incidents.length === 1);
    expect(joined.concerns).toHaveLength(1);
  });

  it('keeps the identity a police list gave: a concern naming the child with less does not replace it', async () => {
    const sofie = { cpr: '050511-4222', name: 'Sofie Bak' };
    await upload([listRow('J-300', sofie, 'Torvet 3')], 'uge47c.csv');
    const vaultBefore = await vaultRows();
    const raised = await raise({ ...sofie, name: 'Sofie B.', legalBasis: 'SSP', worry: 'Sofie virker bange for at gå hjem' }, tokens.consultant);
    expect(raised.body).toMatchObject({ source: 'ssp', sourceText: 'SSP' });
    const held = await waitFor('the concern on the person the list gave', () => person(raised.body.personPseudonym), (found) => found.concerns.length === 1);
    expect(held.identity).toMatchObject({ name: 'Sofie Bak', address: 'Torvet 3' });
    expect(held.incidents).toHaveLength(1);
    expect(await vaultRows()).toEqual(vaultBefore);
  });

  it('takes the concern off the agenda when the group has decided, and keeps it on the person, seen', async () => {
    const raised = await raise({ cpr: '121012-4111', name: 'Noah Holm', legalBasis: 'SSP', worry: 'Noah er begyndt at komme i en gruppe ældre drenge' }, tokens.police);
    expect(raised.body).toMatchObject({ source: 'police', sourceText: 'politiet' });
    const pseudonym = raised.body.personPseudonym;
    await waitFor('Noah on the agenda', () => itemOf(pseudonym), (found) => found !== undefined);
    const decided = await fetch(`${cases.url}/persons/${pseudonym}/decisions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.consultant}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'concern-conversation' }),
    });
    expect(decided.status).toBe(201);
    expect(await itemOf(pseudonym)).toBeUndefined();
    expect((await person(pseudonym)).concerns).toEqual([expect.objectContaining({ review: 'reviewed', reviewText: 'gennemgået af Mandagsgruppen' })]);
  });

  it('keeps a child whose follow-up the group agreed on the agenda, but no longer as new, and orders them by what comes next', async () => {
    const raised = await raise({ cpr: '121012-4222', name: 'Ella Holm', legalBasis: 'SSP', worry: 'Ella er stoppet med at komme i klubben', areaId: 'langaa' }, tokens.consultant);
    const pseudonym = raised.body.personPseudonym;
    await waitFor('Ella on the agenda as new', () => itemOf(pseudonym, '&onlyNew=true&area=langaa'), (found) => found !== undefined);
    const flag = async () => (await cases.dataSource.query('SELECT newest_incident_date::text AS newest, newest_concern_day::text AS concern, area_id FROM review_flag WHERE person_pseudonym = $1', [pseudonym])) as { newest: string; concern: string | null; area_id: string | null }[];
    expect(await flag()).toEqual([{ newest: TEST_TODAY, concern: TEST_TODAY, area_id: 'langaa' }]);
    const decided = await fetch(`${cases.url}/persons/${pseudonym}/decisions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.consultant}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'follow-up-next-meeting' }),
    });
    expect(decided.status).toBe(201);
    expect((await itemOf(pseudonym))?.reasons.map((reason) => reason.code)).toEqual(['concern-from-ssp', 'follow-up-next-meeting']);
    expect(await itemOf(pseudonym, '&onlyNew=true')).toBeUndefined();
    expect(await flag()).toEqual([{ newest: '-infinity', concern: null, area_id: null }]);
  });

  it("keeps a concern sent twice with the sender's id once: a retry after a lost answer raises no second concern", async () => {
    const concernId = randomUUID();
    const body = { cpr: '121012-4333', name: 'Alma Holm', legalBasis: 'SSP', worry: 'Alma er ofte alene på stationen om aftenen', concernId };
    const inboxed = () => count('SELECT count(*) AS n FROM inbox_event WHERE topic LIKE $1', [`%${Topics.concernRaised.name}`]);
    const first = await raise(body);
    expect(first).toMatchObject({ status: 202, body: { concernId } });
    await waitFor('the concern in case coordination', () => count('SELECT count(*) AS n FROM person_concern WHERE concern_id = $1', [concernId]), (held) => held === 1);
    const handledBefore = await inboxed();
    const second = await raise(body);
    expect(second).toMatchObject({ status: 202, body: { concernId, personPseudonym: first.body.personPseudonym } });
    // The retry's event is handled (one more in the inbox), and the concern stays one.
    await waitFor('the retry handled by case coordination', inboxed, (handled) => handled === handledBefore + 1);
    expect(await count('SELECT count(*) AS n FROM person_concern WHERE concern_id = $1', [concernId])).toBe(1);
    expect((await person(first.body.personPseudonym)).concerns).toHaveLength(1);
  });

  it('refuses what cannot be a concern with a code and Danish text, and keeps nothing of it', async () => {
    const vaultBefore = await vaultRows();
    const concernsBefore = await concernsHeld();
    const refusals: [Record<string, unknown>, string, number, string?][] = [
      [{ ...CONCERN, cpr: '310212-4321' }, 'concern-cpr-date-invalid', 400],
      [{ ...CONCERN, cpr: '12345' }, 'concern-cpr-invalid', 400],
      [{ name: 'Uden Noget', legalBasis: 'SSP', worry: WORRY }, 'concern-identity-missing', 400],
      [{ ...CONCERN, birthDate: '2012-02-02' }, 'concern-birth-date-mismatch', 400],
      [{ ...LIVA, birthDate: '1990-01-01', legalBasis: 'SSP', worry: WORRY }, 'concern-person-too-old', 400],
      [{ ...CONCERN, worry: '   ' }, 'concern-worry-invalid', 400],
      [{ ...CONCERN, legalBasis: 'politiets efterforskning' }, 'concern-legal-basis-invalid', 400],
      [{ ...CONCERN, areaId: 'atlantis' }, 'concern-area-unknown', 400],
      [{ ...CONCERN, ssn: '1' }, 'unknown-field', 400],
      [{ ...CONCERN, concernId: 'bekymring-1' }, 'concern-id-invalid', 400],
      [{ ...CONCERN, source: 'school' }, 'concern-source-not-yours', 403, tokens.police],
      [CONCERN, 'missing-permission', 403, tokens.healthVisitor],
      [CONCERN, 'not-in-person-data-group', 403, tokens.schoolOutsideGroups],
    ];
    const answers = [];
    for (const [body, , , token] of refusals) {
      const answer = await raise<Refused>(body, token);
      answers.push([answer.status, answer.body.code, answer.body.message.length > 20 && !ENGLISH.test(answer.body.message)]);
    }
    expect(answers).toEqual(refusals.map(([, code, status]) => [status, code, true]));
    expect(await vaultRows()).toEqual(vaultBefore);
    expect(await concernsHeld()).toBe(concernsBefore);
  });
});
