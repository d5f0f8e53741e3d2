import { DEFAULT_AREAS, Topics } from '@ssp/contracts';
import { Role } from '@ssp/platform';
import {
  KafkaProbe,
  newTopicNamespace,
  policeListCsv,
  serviceTestEnvironment,
  startTestService,
  testToken,
  uploadPoliceList,
  waitFor,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { MERGE_REFUSALS } from '../apps/case-coordination/src/duplicates/merge-refusals';
import { PERSON_REFUSALS } from '../apps/case-coordination/src/persons/person-refusals';
import { RetentionService } from '../apps/case-coordination/src/retention/retention.service';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';

/*
 * From the police list to the Monday group's agenda, across two services and the broker:
 * the right persons in the right order with the right reasons; a replay changes nothing;
 * every read is in the person's access log; and retention erases the identity everywhere
 * while the counts stay.
 */
const HEADER = ['Journalnr', 'Gerningsdato', 'Forhold', 'Rolle', 'CPR-nummer', 'Fødselsdato', 'Navn', 'Postnr', 'Skole'];
const row = (journal: string, date: string, offence: string, role: string, cpr: string, name: string, birthDate = '') => ({
  Journalnr: journal,
  Gerningsdato: date,
  Forhold: offence,
  Rolle: role,
  'CPR-nummer': cpr,
  Fødselsdato: birthDate,
  Navn: name,
  Postnr: '8900',
  Skole: name === 'Anton Aagaard' ? 'Vestervangskolen' : '',
});
const LIST = [
  row('J-1', '02-11-2026', 'Strfl. § 244 vold', 'mistænkt', '150512-4001', 'Anton Aagaard'), // 14 years old, violence
  row('J-2', '03-11-2026', 'Butikstyveri', 'forurettet', '010310-4002', 'Bella Bech'), // victim
  row('J-3', '04-11-2026', 'Butikstyveri', 'vidne', '020310-4003', 'Carl Cold'), // witness only
  row('J-4', '20-09-2026', 'Butikstyveri', 'sigtet', '030310-4004', 'Dina Dahl'), // two thefts within 90 days
  row('J-5', '05-11-2026', 'Tyveri fra bil', 'sigtet', '030310-4004', 'Dina Dahl'),
  row('J-6', '06-11-2026', 'Hærværk', 'sigtet', '', 'Dina Dahl', '03-03-2010'), // the same girl, no CPR on this report
];

interface AgendaItem {
  personPseudonym: string;
  person: { name: string | null; school: string | null };
  priority: number;
  reasons: { code: string }[];
  newIncidents: { journalNumber: string; role: string; roleText: string; offenceCategory: string; offenceCategoryText: string; areaId: string; areaText: string }[];
  caseState: string | null;
  caseStateText: string | null;
}

describe('case coordination from the police list to the agenda', () => {
  const namespace = newTopicNamespace();
  const probe = new KafkaProbe();
  let environments: ServiceTestEnvironment[] = [];
  let ingestion: RunningService;
  let cases: RunningService;
  let consultant: string;
  let agenda: AgendaItem[];
  let meetingDate: string;

  const count = async (service: RunningService, sql: string) => ((await service.dataSource.query(sql)) as { count: number }[])[0].count;
  const get = async <T>(route: string): Promise<T> => (await (await fetch(`${cases.url}${route}`, { headers: { authorization: `Bearer ${consultant}` } })).json()) as T;

  beforeAll(async () => {
    environments = await Promise.all([serviceTestEnvironment('police-list-ingestion', namespace), serviceTestEnvironment('case-coordination', namespace)]);
    ingestion = await startTestService(INGESTION, environments[0].env);
    cases = await startTestService(CASE_COORDINATION, { ...environments[1].env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' });
    consultant = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'], subject: 'konsulent-1' });
    const secretariat = await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'] });
    expect((await uploadPoliceList(ingestion.url, secretariat, policeListCsv(HEADER, LIST), 'uge45.csv')).body).toMatchObject({ accepted: 6 });
    await waitFor('case coordination to hold every incident and identity', () => count(cases, 'SELECT count(*)::int + (SELECT count(*) FROM person_identity)::int AS count FROM person_incident'), (total) => total === 11);
    ({ items: agenda, meetingDate } = await get<{ items: AgendaItem[]; meetingDate: string }>('/meetings/next/agenda?from=2026-11-16'));
  });

  afterAll(async () => {
    await cases?.close();
    await ingestion?.close();
    await Promise.all(environments.map((environment) => environment.database.drop()));
  });

  it("puts the right persons on the next meeting's agenda, most urgent first, with the right reasons", () => {
    expect(meetingDate).toBe('2026-11-23');
    expect(agenda.map((item) => [item.person.name, item.priority, item.reasons.map((reason) => reason.code).sort(), item.newIncidents.map((incident) => incident.journalNumber).sort(), item.caseState])).toEqual([
      ['Anton Aagaard', 9, ['serious-offence', 'suspect-or-charged', 'under-15'], ['J-1'], 'under-review'],
      ['Dina Dahl', 5, ['repeat-within-90-days', 'suspect-or-charged'], ['J-4', 'J-5'], 'under-review'],
      ['Dina Dahl', 3, ['suspect-or-charged'], ['J-6'], 'under-review'],
      ['Bella Bech', 2, ['victim'], ['J-2'], 'under-review'],
    ]);
  });

  it('says roles, offence categories, areas and case states in Danish beside their codes, and the school the list named', () => {
    const bella = agenda.find((item) => item.person.name === 'Bella Bech')!;
    expect([bella.caseState, bella.caseStateText]).toEqual(['under-review', 'til behandling']);
    expect(bella.newIncidents.map((incident) => [incident.role, incident.roleText])).toEqual([['victim', 'forurettet']]);
    const codes = agenda.flatMap((item) => item.newIncidents.map((incident) => [incident.offenceCategory, incident.offenceCategoryText]));
    expect(codes.length).toBeGreaterThan(3);
    for (const [code, text] of codes) expect(text).not.toBe(code);
    const area = DEFAULT_AREAS.find((candidate) => candidate.postalCodes.includes('8900'))!;
    expect(new Set(agenda.flatMap((item) => item.newIncidents.map((incident) => `${incident.areaId} ${incident.areaText}`)))).toEqual(new Set([`${area.id} ${area.name}`]));
    expect(agenda.map((item) => [item.person.name, item.person.school]).filter(([, school]) => school !== null)).toEqual([['Anton Aagaard', 'Vestervangskolen']]);
  });

  it('prints the agenda as a page for the meeting', async () => {
    const page = await (await fetch(`${cases.url}/meetings/next/agenda.html?from=2026-11-16`, { headers: { authorization: `Bearer ${consultant}` } })).text();
    expect(page).toContain('Dagsorden for Mandagsgruppen 2026-11-23');
    expect(page.indexOf('Anton Aagaard')).toBeLessThan(page.indexOf('Dina Dahl'));
    expect(page).toContain('<td>forurettet</td>');
    expect(page).not.toContain('<td>victim</td>');
    expect(page).not.toContain('Carl Cold');
  });

  it('creates no second person, case or flag when every incident is replayed from offset 0', async () => {
    const totals = () => count(cases, 'SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM person_case) + (SELECT count(*) FROM review_flag) + (SELECT count(*) FROM person_incident) AS count');
    const before = Number(await totals());
    const group = `${namespace}case-coordination`;
    const topic = `${namespace}${Topics.incidentRecorded.name}`;
    await cases.app.close();
    await probe.rewindGroup(group, topic);
    cases = await startTestService(CASE_COORDINATION, { ...environments[1].env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' });
    await probe.waitForGroupToCatchUp(group, topic);
    expect(Number(await totals())).toBe(before);
  });

  it("logs every read of a person's data with who and why, and exports it for the person", async () => {
    const anton = agenda[0].personPseudonym;
    const person = await get<{ identity: { name: string; cpr: string } }>(`/persons/${anton}?purpose=case-follow-up`);
    expect(person.identity).toMatchObject({ name: 'Anton Aagaard', cpr: '1505124001' });
    const log = await get<{ items: { actor: string; action: string; actionText: string; purpose: string; purposeText: string }[]; next: string | null }>(`/persons/${anton}/access-log`);
    expect(log.next).toBeNull();
    expect(log.items.map((entry) => [entry.actor, entry.action, entry.actionText, entry.purpose, entry.purposeText])).toEqual([
      ['konsulent-1', 'agenda', 'dagsordenen', 'monday-group-meeting', 'Mandagsgruppens møde'],
      ['konsulent-1', 'agenda page', 'dagsordenen (udskrift)', 'monday-group-meeting', 'Mandagsgruppens møde'],
      ['konsulent-1', 'person', 'personens side', 'case-follow-up', 'opfølgning på sagen'],
    ]);
    const csv = Buffer.from(await (await fetch(`${cases.url}/persons/${anton}/access-log?format=csv`, { headers: { authorization: `Bearer ${consultant}` } })).arrayBuffer()).toString('utf8');
    expect(csv.split('\r\n').slice(0, 2)).toEqual(['\uFEFFtidspunkt;bruger;roller;handling;formål;handlingskode;formålskode', expect.stringMatching(/;konsulent-1;ssp-consultant;dagsordenen;Mandagsgruppens møde;agenda;monday-group-meeting$/)]);
  });

  it("shows the family department's 24-hour clock on the agenda when the person comes back before it is answered", async () => {
    const anton = agenda[0].personPseudonym;
    const decision = await fetch(`${cases.url}/persons/${anton}/decisions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${consultant}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'notify-family-department' }),
    });
    expect(decision.status).toBe(201);
    const secretariat = await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'] });
    await uploadPoliceList(ingestion.url, secretariat, policeListCsv(HEADER, [row('J-7', '07-11-2026', 'Hærværk', 'sigtet', '150512-4001', 'Anton Aagaard')]), 'uge45b.csv');
    await waitFor('the new incident to reach case coordination', () => count(cases, "SELECT count(*)::int AS count FROM person_incident WHERE journal_number = 'J-7'"), (found) => found === 1);
    const next = (await get<{ items: (AgendaItem & { familyDepartmentAssessment: { status: string } | null })[] }>('/meetings/next/agenda?from=2026-11-16')).items;
    expect(next.find((item) => item.personPseudonym === anton)?.familyDepartmentAssessment).toMatchObject({ status: 'pending' });
    expect(next.find((item) => item.personPseudonym !== anton)?.familyDepartmentAssessment).toBeNull();
  });

  it('finds the girl reported without CPR as a likely duplicate, merges her and takes the merge back, keeping the history', async () => {
    const [withCpr, withoutCpr] = [agenda[1].personPseudonym, agenda[2].personPseudonym];
    const pairs = await get<{ items: { pseudonyms: string[]; reason: string }[]; next: string | null }>('/persons/duplicates');
    expect(pairs).toEqual({ items: [expect.objectContaining({ pseudonyms: [withCpr, withoutCpr].sort(), reason: 'identified-later' })], next: null });
    const post = (route: string, body?: unknown) =>
      fetch(`${cases.url}${route}`, { method: 'POST', headers: { authorization: `Bearer ${consultant}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    expect((await post(`/persons/${withoutCpr}/merge`, { into: withCpr })).status).toBe(204);
    const refusal = async (response: Response) => [response.status, await response.json()];
    expect(await refusal(await post(`/persons/${withoutCpr}/merge`, { into: withCpr }))).toEqual([409, { statusCode: 409, error: 'Conflict', ...MERGE_REFUSALS.alreadyMerged }]);
    expect(await refusal(await post(`/persons/${withCpr}/merge`, { into: withCpr }))).toEqual([409, { statusCode: 409, error: 'Conflict', ...MERGE_REFUSALS.self }]);
    expect(await refusal(await post(`/persons/${withCpr}/merge`, { into: 'Anton' }))).toEqual([400, { statusCode: 400, error: 'Bad Request', ...MERGE_REFUSALS.into }]);
    const note = { body: 'familieafdelingen', legalBasis: 'SSP', necessity: 'Kendt i familieafdelingen', text: 'Familien har fået tilbud om støtte.' };
    expect(await refusal(await post(`/persons/${withoutCpr}/notes`, note))).toEqual([409, { statusCode: 409, error: 'Conflict', ...PERSON_REFUSALS.merged, mergedInto: withCpr }]);
    expect((await post(`/persons/${withCpr}/notes`, note)).status).toBe(201);
    const merged = await get<{ incidents: { journalNumber: string }[] }>(`/persons/${withCpr}?purpose=case-follow-up`);
    expect(merged.incidents.map((incident) => incident.journalNumber).sort()).toEqual(['J-4', 'J-5', 'J-6']);
    const onAgenda = (await get<{ items: AgendaItem[] }>('/meetings/next/agenda?from=2026-11-16')).items.map((item) => item.personPseudonym);
    expect(onAgenda).toContain(withCpr);
    expect(onAgenda).not.toContain(withoutCpr);
    expect((await post(`/persons/${withoutCpr}/unmerge`)).status).toBe(204);
    expect(await refusal(await post(`/persons/${withoutCpr}/unmerge`))).toEqual([409, { statusCode: 409, error: 'Conflict', ...MERGE_REFUSALS.notMerged }]);
    const history = await get<{ items: { mergedBy: string; unmergedBy: string | null }[]; next: string | null }>(`/persons/${withoutCpr}/merges`);
    expect(history.next).toBeNull();
    expect(history.items.map((step) => [step.mergedBy, step.unmergedBy])).toEqual([['konsulent-1', 'konsulent-1']]);
    const apart = await get<{ incidents: unknown[] }>(`/persons/${withCpr}?purpose=case-follow-up`);
    expect(apart.incidents).toHaveLength(2);
  });

  it("refuses an unknown person (404), a read without a known purpose and an access log in an unknown format (400), each with its code and Danish message", async () => {
    const answer = async (route: string) => {
      const response = await fetch(`${cases.url}${route}`, { headers: { authorization: `Bearer ${consultant}` } });
      return [response.status, await response.json()];
    };
    const known = agenda[0].personPseudonym;
    expect(await answer(`/persons/${'f'.repeat(64)}?purpose=case-follow-up`)).toEqual([404, { statusCode: 404, error: 'Not Found', ...PERSON_REFUSALS.notFound }]);
    expect(await answer(`/persons/${known}?purpose=curiosity`)).toEqual([400, { statusCode: 400, error: 'Bad Request', ...PERSON_REFUSALS.purpose }]);
    expect(await answer(`/persons/${known}/access-log?format=pdf`)).toEqual([400, { statusCode: 400, error: 'Bad Request', ...PERSON_REFUSALS.accessLogFormat }]);
    expect(await answer(`/persons/${known.toUpperCase()}/access-log`)).toEqual([400, { statusCode: 400, error: 'Bad Request', ...PERSON_REFUSALS.pseudonym }]);
  });

  it('erases an expired person everywhere identity is held, leaving the counts', async () => {
    const bella = agenda[3].personPseudonym;
    const incidentsBefore = [await count(cases, 'SELECT count(*)::int AS count FROM person_incident'), await count(ingestion, 'SELECT count(*)::int AS count FROM incident')];
    const erased = await cases.app.get(RetentionService).eraseExpired(new Date('2029-01-01T00:00:00Z'));
    expect(erased).toContain(bella);
    await waitFor('the ingestion vault to forget the erased persons', () => count(ingestion, 'SELECT count(*)::int AS count FROM person_identity'), (left) => left === 0);
    expect(await count(cases, 'SELECT count(*)::int AS count FROM person_identity')).toBe(0);
    const identityTopic = await probe.readUntil(`${namespace}${Topics.personIdentity.name}`, (seen) => seen.some((message) => message.key === bella && message.value === null));
    expect(identityTopic.filter((message) => message.key === bella).at(-1)?.value).toBeNull();
    await waitFor('case coordination to apply the tombstones', () => count(cases, 'SELECT count(*)::int AS count FROM person_identity'), (left) => left === 0);
    expect([await count(cases, 'SELECT count(*)::int AS count FROM person_incident'), await count(ingestion, 'SELECT count(*)::int AS count FROM incident')]).toEqual(incidentsBefore);
  });
});
