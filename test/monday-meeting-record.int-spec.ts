import { Role, type Refusal } from '@ssp/platform';
import { addDays } from '@ssp/platform/time';
import {
  holdInRegistryCopy,
  newTopicNamespace,
  policeListCsv,
  readPdf,
  serviceTestEnvironment,
  startTestService,
  TEST_TODAY,
  TestClock,
  testToken,
  uploadPoliceList,
  waitFor,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { STATUS_CODES } from 'node:http';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { MEETING_REFUSALS } from '../apps/case-coordination/src/monday-meetings/monday-meetings.dto';
import { APP as NETWORK_GROUPS } from '../apps/network-groups/src/app.definition';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';

/*
 * The Monday group's meeting record across three services: network groups schedules the
 * meeting, case coordination knows it by the same id; opening it freezes the agenda; notes,
 * decisions and interventions made during it belong to it; items are handled (by a decision),
 * deferred or not reached; the minutes are approved once, then read-only, and read back from
 * the PDF. Persons not reached or deferred stay on the next agenda; the handled one leaves it.
 */
const HEADER = ['Journalnr', 'Gerningsdato', 'Forhold', 'Rolle', 'CPR-nummer', 'Navn', 'Postnr'];
const row = (journal: string, date: string, offence: string, role: string, cpr: string, name: string) => ({
  Journalnr: journal,
  Gerningsdato: date,
  Forhold: offence,
  Rolle: role,
  'CPR-nummer': cpr,
  Navn: name,
  Postnr: '8900',
});
const LIST = [
  row('R-1', '02-11-2026', 'Strfl. § 244 vold', 'mistænkt', '150512-4101', 'Anton Aagaard'),
  row('R-2', '05-11-2026', 'Tyveri fra bil', 'sigtet', '030310-4104', 'Dina Dahl'),
  row('R-3', '06-11-2026', 'Hærværk', 'mistænkt', '040310-4105', 'Emil Eriksen'),
];
const NOTE_TEXT = 'Anton har ikke været i skole i tre uger.';
const INTERVENTION_TITLE = 'Samtale med Anton og forældrene';
/** The intervention's responsible: a member of the Monday group in case coordination's copy of the registry. */
const OWNER = 'karen-konsulent';

interface Response<T> {
  status: number;
  body: T;
}
interface Meeting {
  meetingId: string;
  meetingDate: string;
  state: string;
  stateText: string;
  approvedBy: string | null;
  items: { handled: number; deferred: number; notReached: number; unmarked: number };
}
interface Item {
  position: number;
  personPseudonym: string;
  person: { name: string | null };
  reasons: { code: string; text: string }[];
  outcome: string | null;
  outcomeText: string | null;
  decisions: { kind: string; kindText: string }[];
  notes: { text: string | null }[];
  interventions: { title: string; status: string; statusText: string }[];
}
const refusedAs = (status: number, refusal: Refusal) => ({ status, body: { statusCode: status, error: STATUS_CODES[status], ...refusal } });

describe("the Monday group's meeting record", () => {
  const namespace = newTopicNamespace();
  const clock = new TestClock();
  let environments: ServiceTestEnvironment[] = [];
  let ingestion: RunningService;
  let cases: RunningService;
  let network: RunningService;
  let consultant: string;
  let secretariat: string;
  const who: Record<string, string> = {};
  let meetingId: string;
  let nextMeetingId: string;
  let thirdMeetingId: string;

  async function call<T>(service: RunningService, method: string, route: string, token: string, body?: unknown): Promise<Response<T>> {
    const response = await fetch(`${service.url}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, body: (type.includes('json') ? await response.json() : type.includes('pdf') ? Buffer.from(await response.arrayBuffer()) : await response.text()) as T };
  }
  const casesCall = <T>(method: string, route: string, body?: unknown) => call<T>(cases, method, route, consultant, body);
  const itemsOf = async (id: string) => (await casesCall<{ items: Item[] }>('GET', `/monday-meetings/${id}/items?limit=200`)).body.items;
  const itemOf = async (id: string, name: string) => (await itemsOf(id)).find((item) => item.person.name === name)!;
  const liveAgenda = async (day: string) => (await casesCall<{ items: { person: { name: string | null } }[] }>('GET', `/meetings/next/agenda?from=${day}`)).body.items.map((item) => item.person.name);

  beforeAll(async () => {
    environments = await Promise.all(['police-list-ingestion', 'case-coordination', 'network-groups'].map((service) => serviceTestEnvironment(service, namespace)));
    ingestion = await startTestService(INGESTION, environments[0].env, clock);
    cases = await startTestService(CASE_COORDINATION, { ...environments[1].env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' }, clock);
    network = await startTestService(NETWORK_GROUPS, { ...environments[2].env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' }, clock);
    consultant = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'], subject: 'konsulent-1' });
    secretariat = await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'], subject: 'sekretariat-1' });
    await holdInRegistryCopy(cases.dataSource, OWNER, ['mandagsgruppen']);
    expect((await uploadPoliceList(ingestion.url, secretariat, policeListCsv(HEADER, LIST), 'uge46.csv')).body).toMatchObject({ accepted: LIST.length });
    await waitFor('the agenda to hold the three persons', () => liveAgenda(TEST_TODAY), (names) => names.length === 3);
    for (const item of (await casesCall<{ items: { personPseudonym: string; person: { name: string } }[] }>('GET', `/meetings/next/agenda?from=${TEST_TODAY}`)).body.items) {
      who[item.person.name] = item.personPseudonym;
    }
    const meetings = (await call<{ id: string; day: string }[]>(network, 'GET', `/bodies/mandagsgruppen/meetings?from=${TEST_TODAY}&to=${addDays(TEST_TODAY, 28)}`, secretariat)).body;
    [meetingId, nextMeetingId, thirdMeetingId] = meetings.map((meeting) => meeting.id);
    expect(meetings.map((meeting) => meeting.day)).toEqual([TEST_TODAY, addDays(TEST_TODAY, 14), addDays(TEST_TODAY, 28)]);
    await waitFor('case coordination to know the calendar\'s meetings', async () => (await casesCall<Meeting>('GET', `/monday-meetings/${thirdMeetingId}`)).status, (status) => status === 200);
  });

  afterAll(async () => {
    await Promise.all([cases?.close(), network?.close(), ingestion?.close()]);
    await Promise.all(environments.map((environment) => environment.database.drop()));
  });

  it('knows the calendar\'s meeting by its id, scheduled, and refuses one the calendar does not have', async () => {
    expect((await casesCall<Meeting>('GET', `/monday-meetings/${meetingId}`)).body).toMatchObject({ meetingId, meetingDate: TEST_TODAY, state: 'scheduled', stateText: 'Planlagt' });
    expect(await casesCall('POST', '/monday-meetings/8d5e6a3e-8d7c-4c55-9d55-1a4f2b0e7c11/open')).toEqual(refusedAs(404, MEETING_REFUSALS.notFound));
    expect(await casesCall('POST', `/monday-meetings/${nextMeetingId}/open`)).toEqual(refusedAs(409, MEETING_REFUSALS.notYet));
  });

  it('freezes the agenda when the meeting opens: later flags wait for the next meeting', async () => {
    const opened = await casesCall<Meeting>('POST', `/monday-meetings/${meetingId}/open`);
    expect(opened).toMatchObject({ status: 200, body: { state: 'open', items: { handled: 0, deferred: 0, notReached: 0, unmarked: 3 } } });
    expect(await casesCall('POST', `/monday-meetings/${meetingId}/open`)).toEqual(refusedAs(409, MEETING_REFUSALS.alreadyOpened));
    const items = await itemsOf(meetingId);
    expect(items.map((item) => item.person.name).sort()).toEqual(['Anton Aagaard', 'Dina Dahl', 'Emil Eriksen']);
    expect(items.every((item) => item.reasons.length > 0 && item.reasons.every((reason) => reason.text.length > 0))).toBe(true);

    // A person flagged after the opening is not on this meeting's record.
    expect((await uploadPoliceList(ingestion.url, secretariat, policeListCsv(HEADER, [row('R-4', '10-11-2026', 'Røveri', 'sigtet', '060310-4107', 'Gustav Grøn')]), 'sen.csv')).status).toBe(201);
    await waitFor('Gustav on the live agenda', () => liveAgenda(TEST_TODAY), (names) => names.includes('Gustav Grøn'));
    expect((await itemsOf(meetingId)).map((item) => item.person.name)).not.toContain('Gustav Grøn');
  });

  it('makes the notes, decisions and interventions of the meeting its own; a decision marks the item handled', async () => {
    const anton = who['Anton Aagaard'];
    expect((await casesCall('POST', `/persons/${anton}/notes`, { body: 'skole', legalBasis: 'SSP', necessity: 'Nødvendigt for en samlet indsats.', text: NOTE_TEXT })).status).toBe(201);
    expect((await casesCall('POST', `/persons/${anton}/decisions`, { kind: 'concern-conversation' })).status).toBe(201);
    const assigned = await casesCall('POST', `/persons/${anton}/interventions`, { title: INTERVENTION_TITLE, ownerBody: 'mandagsgruppen', ownerSubject: OWNER, deadline: addDays(TEST_TODAY, 14) });
    expect(assigned.status).toBe(201);
    expect(await itemOf(meetingId, 'Anton Aagaard')).toMatchObject({
      outcome: 'handled',
      outcomeText: 'Behandlet',
      decisions: [{ kind: 'concern-conversation', kindText: 'Bekymringssamtale' }],
      notes: [{ text: NOTE_TEXT }],
      interventions: [{ title: INTERVENTION_TITLE }],
    });
  });

  it("reads one person's item as the list gives it, with the next item's pseudonym, and logs that person only", async () => {
    const reader = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'], subject: 'konsulent-enkelt' });
    const items = await itemsOf(meetingId);
    const at = items.findIndex((item) => item.person.name === 'Anton Aagaard');
    const one = await call<Item & { nextPseudonym: string | null }>(cases, 'GET', `/monday-meetings/${meetingId}/items/${who['Anton Aagaard']}`, reader);
    expect(one).toEqual({ status: 200, body: { ...items[at], nextPseudonym: items[at + 1]?.personPseudonym ?? null } });
    expect(one.body.interventions).toEqual([expect.objectContaining({ title: INTERVENTION_TITLE, status: 'agreed', statusText: 'aftalt' })]);
    const last = items.at(-1)!;
    expect((await call<{ nextPseudonym: string | null }>(cases, 'GET', `/monday-meetings/${meetingId}/items/${last.personPseudonym}`, reader)).body.nextPseudonym).toBeNull();

    const gustav = (await casesCall<{ items: { personPseudonym: string; person: { name: string } }[] }>('GET', `/meetings/next/agenda?from=${TEST_TODAY}`)).body.items.find((item) => item.person.name === 'Gustav Grøn')!;
    expect(await call(cases, 'GET', `/monday-meetings/${meetingId}/items/${gustav.personPseudonym}`, reader)).toEqual(refusedAs(404, MEETING_REFUSALS.itemNotFound));
    expect(await call(cases, 'GET', `/monday-meetings/8d5e6a3e-8d7c-4c55-9d55-1a4f2b0e7c11/items/${who['Anton Aagaard']}`, reader)).toEqual(refusedAs(404, MEETING_REFUSALS.notFound));

    const logged = (await cases.dataSource.query("SELECT person_pseudonym, action, purpose FROM access_log WHERE actor = 'konsulent-enkelt' ORDER BY id")) as Record<string, string>[];
    expect(logged).toEqual([
      { person_pseudonym: who['Anton Aagaard'], action: 'meeting item', purpose: 'monday-group-meeting' },
      { person_pseudonym: last.personPseudonym, action: 'meeting item', purpose: 'monday-group-meeting' },
    ]);
  });

  it('marks an item deferred, refuses "handled" without a decision, and a person not on the frozen agenda', async () => {
    const deferred = await casesCall<Item>('PUT', `/monday-meetings/${meetingId}/items/${who['Dina Dahl']}`, { outcome: 'deferred' });
    expect(deferred).toMatchObject({ status: 200, body: { outcome: 'deferred', outcomeText: 'Udsat til næste møde' } });
    expect(await casesCall('PUT', `/monday-meetings/${meetingId}/items/${who['Emil Eriksen']}`, { outcome: 'handled' })).toEqual(refusedAs(409, MEETING_REFUSALS.noDecision));
    const gustav = (await casesCall<{ items: { personPseudonym: string; person: { name: string } }[] }>('GET', `/meetings/next/agenda?from=${TEST_TODAY}`)).body.items.find((item) => item.person.name === 'Gustav Grøn')!;
    expect(await casesCall('PUT', `/monday-meetings/${meetingId}/items/${gustav.personPseudonym}`, { outcome: 'deferred' })).toEqual(refusedAs(404, MEETING_REFUSALS.itemNotFound));
    expect((await casesCall<{ code: string }>('PUT', `/monday-meetings/${meetingId}/items/${who['Dina Dahl']}`, { outcome: 'not-reached' })).body.code).toBe(MEETING_REFUSALS.outcome.code);
  });

  it('closes the meeting with the rest not reached; they and the deferred stay on the next agenda, the handled one leaves it', async () => {
    expect(await casesCall('POST', `/monday-meetings/${meetingId}/approve`)).toEqual(refusedAs(409, MEETING_REFUSALS.notClosed));
    expect((await casesCall<Meeting>('POST', `/monday-meetings/${meetingId}/close`)).body).toMatchObject({ state: 'closed', items: { handled: 1, deferred: 1, notReached: 1, unmarked: 0 } });
    expect((await itemOf(meetingId, 'Emil Eriksen')).outcomeText).toBe('Ikke nået');
    expect(await casesCall('PUT', `/monday-meetings/${meetingId}/items/${who['Dina Dahl']}`, { outcome: 'deferred' })).toEqual(refusedAs(409, MEETING_REFUSALS.notOpen));
    expect(await casesCall('POST', `/monday-meetings/${meetingId}/close`)).toEqual(refusedAs(409, MEETING_REFUSALS.notOpen));
    expect((await liveAgenda(addDays(TEST_TODAY, 14))).sort()).toEqual(['Dina Dahl', 'Emil Eriksen', 'Gustav Grøn']);
  });

  it('approves the minutes once; then they are read-only, and a decision after it belongs to no meeting', async () => {
    expect((await casesCall<Meeting>('POST', `/monday-meetings/${meetingId}/approve`)).body).toMatchObject({ state: 'approved', approvedBy: 'konsulent-1' });
    expect(await casesCall('POST', `/monday-meetings/${meetingId}/approve`)).toEqual(refusedAs(409, MEETING_REFUSALS.alreadyApproved));
    expect((await casesCall('POST', `/persons/${who['Emil Eriksen']}/decisions`, { kind: 'no-action' })).status).toBe(201);
    expect((await itemOf(meetingId, 'Emil Eriksen')).decisions).toEqual([]);
  });

  it("shows the record on the calendar's meeting in network groups: one meeting seen from both services, counts only", async () => {
    const calendarMeeting = async () => (await call<{ agenda: { source: string; title: string; description: string | null }[] }>(network, 'GET', `/bodies/mandagsgruppen/meetings/${meetingId}`, secretariat)).body;
    const approved = await waitFor('the approved record on the calendar', calendarMeeting, (meeting) => meeting.agenda.some((item) => item.description?.includes('Referatet er godkendt') === true));
    expect(approved.agenda.filter((item) => item.source === 'case-coordination')).toEqual([
      expect.objectContaining({
        title: 'Personer fra politiets SSP-lister og bekymringer: 3 personer',
        description: `Referatet er godkendt i sagskoordineringen. Behandlet: 1. Udsat: 1. Ikke nået: 1. Se mødet i sagskoordineringen: /monday-meetings/${meetingId}`,
      }),
    ]);
    expect(JSON.stringify(approved.agenda)).not.toMatch(/Anton|Dina|Emil/);
  });

  it('prints the minutes as a Danish A4 page and a PDF that reads back, and logs every person read', async () => {
    const pdf = await casesCall<Buffer>('GET', `/monday-meetings/${meetingId}/minutes.pdf`);
    expect(pdf.status).toBe(200);
    const { text, pages } = await readPdf(pdf.body);
    for (const words of [`Referat af Mandagsgruppens møde ${TEST_TODAY}`, 'Anton Aagaard', 'Beslutning: Bekymringssamtale', NOTE_TEXT, `Indsats: ${INTERVENTION_TITLE}`, 'Udsat til næste møde', 'Ikke nået', 'Referatet blev godkendt']) {
      expect(text).toContain(words);
    }
    expect(pages).toBe(1);
    const page = await casesCall<string>('GET', `/monday-meetings/${meetingId}/minutes.html`);
    expect(page.body).toContain('<html lang="da">');
    expect(page.body).toContain('Beslutning: Bekymringssamtale');
    const logged = (await cases.dataSource.query("SELECT DISTINCT person_pseudonym FROM access_log WHERE action = 'minutes pdf'")) as { person_pseudonym: string }[];
    expect(logged.map((entry) => entry.person_pseudonym).sort()).toEqual([who['Anton Aagaard'], who['Dina Dahl'], who['Emil Eriksen']].sort());
  });

  it('lists the meetings, newest first, with what became of their items', async () => {
    const listed = (await casesCall<{ items: Meeting[] }>('GET', '/monday-meetings?limit=200')).body.items;
    expect(listed.find((meeting) => meeting.meetingId === meetingId)).toMatchObject({ state: 'approved', items: { handled: 1, deferred: 1, notReached: 1 } });
    expect(listed.map((meeting) => meeting.meetingDate)).toEqual([...listed.map((meeting) => meeting.meetingDate)].sort().reverse());
  });

  it('keeps one meeting open at a time', async () => {
    clock.advance(28 * 24 * 3_600_000);
    expect((await casesCall<Meeting>('POST', `/monday-meetings/${nextMeetingId}/open`)).body.state).toBe('open');
    expect(await casesCall('POST', `/monday-meetings/${thirdMeetingId}/open`)).toEqual(refusedAs(409, MEETING_REFUSALS.anotherOpen));
  });

  it('keeps the meeting record from those outside the Monday group', async () => {
    const school = await testToken({ roles: [Role.school], groups: ['netvaerk-nord'], subject: 'skole-1' });
    expect((await call(cases, 'GET', `/monday-meetings/${meetingId}/minutes`, school)).status).toBe(403);
  });
});
