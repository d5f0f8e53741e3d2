import { Topics } from '@ssp/contracts';
import { MembershipRepository, Role } from '@ssp/platform';
import { addDays } from '@ssp/platform/time';
import {
  KafkaProbe,
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
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { OverdueInterventionsService } from '../apps/case-coordination/src/interventions/overdue-interventions.service';
import { APP as NETWORK_GROUPS } from '../apps/network-groups/src/app.definition';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';
import { smtpEnv, TestMailServer } from './fixtures/test-mail-server';

/*
 * Issue 21's fortnight, as the SSP organisation lives it, through the services' APIs only, on
 * one injected clock, with every membership taken from network groups' registry
 * (MEMBERSHIP_SOURCE=registry): the secretariat uploads the police's list; the Monday group
 * opens its meeting of Monday 23 November from the calendar, records a note, decisions, an
 * intervention for a family-department caseworker and a referral to SSP+; closes the meeting,
 * approves and prints the minutes; follows up; a week later the intervention is overdue and its
 * responsible is told in the app and by e-mail; SSP+ accepts the referral and the Monday group
 * sees it; on the person's documented request the secretariat erases them everywhere.
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
const ANTON = { name: 'Anton Aagaard', cpr: '150512-4101' };
/** 19 on the meeting's day: SSP+ needs his own consent. */
const BO = { name: 'Bo Berg', cpr: '100107-4113' };
const DINA = { name: 'Dina Dahl', cpr: '030310-4104' };
const LIST = [
  row('F-1', '16-11-2026', 'Strfl. § 244 vold', 'mistænkt', ANTON.cpr, ANTON.name),
  row('F-2', '17-11-2026', 'Butikstyveri', 'sigtet', BO.cpr, BO.name),
  row('F-3', '18-11-2026', 'Tyveri fra bil', 'sigtet', DINA.cpr, DINA.name),
];
const NOTE_TEXT = 'Anton har ikke været i skole i tre uger.';
const INTERVENTION_TITLE = 'Samtale med Anton og forældrene';
const REFERRAL_REASON = 'Bo er stoppet på sin uddannelse og vil gerne have hjælp til at komme videre.';
const DEADLINE = addDays(TEST_TODAY, 7);

const KARL = { name: 'Karl Konsulent', subject: 'karl-konsulent', email: 'karl@randers.example', body: 'mandagsgruppen', role: Role.sspConsultant };
const METTE = { name: 'Mette Sagsbehandler', subject: 'mette-sagsbehandler', email: 'mette@randers.example', body: 'mandagsgruppen', role: Role.familyDepartment };
const SANNE = { name: 'Sanne Plus', subject: 'sanne-plus', email: 'sanne@randers.example', body: 'ssp-plus', role: Role.substanceAbuseTreatment };
const SIGNE = { name: 'Signe Sekretariat', subject: 'signe-sekretariat', email: 'signe@randers.example', body: 'koordinationsteam', role: Role.secretariat };
const PEOPLE = [KARL, METTE, SANNE, SIGNE];

interface Answer<T> {
  status: number;
  body: T;
}
interface Notification {
  kind: string;
  subject: string;
  text: string;
  link: string | null;
}

describe("the Monday group's fortnight, from a police list to an erasure", () => {
  const namespace = newTopicNamespace();
  const clock = new TestClock();
  const mail = new TestMailServer();
  const probe = new KafkaProbe();
  const environments: ServiceTestEnvironment[] = [];
  let ingestion: RunningService;
  let cases: RunningService;
  let groups: RunningService;
  const tokens: Record<string, string> = {};
  const who: Record<string, string> = {};
  let meetingId: string;
  let interventionId: string;
  let referralId: string;

  async function call<T>(service: RunningService, token: string, method: string, route: string, body?: unknown): Promise<Answer<T>> {
    const response = await fetch(`${service.url}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, body: (type.includes('json') ? await response.json() : Buffer.from(await response.arrayBuffer())) as T };
  }
  const karl = <T>(method: string, route: string, body?: unknown) => call<T>(cases, tokens[KARL.subject]!, method, route, body);
  const notified = (person: { subject: string }, kind: string) =>
    waitFor(
      `${person.subject} told of ${kind}`,
      async () => (await call<{ items: Notification[] }>(groups, tokens[person.subject]!, 'GET', '/notifications?show=all')).body.items.filter((item) => item.kind === kind),
      (found) => found.length > 0,
      { timeoutMs: 30_000 },
    );
  const agendaNames = async (day: string) => (await karl<{ items: { person: { name: string | null } }[] }>('GET', `/meetings/next/agenda?from=${day}`)).body.items.map((item) => item.person.name).sort();

  beforeAll(async () => {
    await mail.start();
    for (const service of ['police-list-ingestion', 'case-coordination', 'network-groups']) environments.push(await serviceTestEnvironment(service, namespace));
    const registry = { MEMBERSHIP_SOURCE: 'registry', MONDAY_GROUP_FIRST_MEETING: '2026-01-05' };
    ingestion = await startTestService(INGESTION, { ...environments[0]!.env, MEMBERSHIP_SOURCE: 'registry' }, clock);
    cases = await startTestService(CASE_COORDINATION, { ...environments[1]!.env, ...registry }, clock);
    groups = await startTestService(NETWORK_GROUPS, { ...environments[2]!.env, ...registry, ...smtpEnv(mail) }, clock);
    // The tokens claim no body: the registry decides who sits where.
    for (const person of PEOPLE) tokens[person.subject] = await testToken({ roles: [person.role], groups: [], subject: person.subject });
    for (const person of PEOPLE) {
      const seated = await call<{ personId: string }>(groups, tokens[SIGNE.subject]!, 'POST', `/bodies/${person.body}/members`, {
        personName: person.name,
        email: person.email,
        organisation: 'Randers Kommune',
        role: 'member',
        validFrom: '2025-01-01',
      });
      expect(seated.status).toBe(201);
      expect((await call(groups, tokens[SIGNE.subject]!, 'PATCH', `/people/${seated.body.personId}`, { subject: person.subject })).status).toBe(200);
    }
    const memberships = new MembershipRepository(cases.dataSource.manager);
    await waitFor('case coordination to hold the registry', () => Promise.all(PEOPLE.map(async (person) => (await memberships.heldOn(person.subject, TEST_TODAY)).bodies)), (held) =>
      held.every((bodies, index) => bodies.includes(PEOPLE[index]!.body)),
    );
  });

  afterAll(async () => {
    for (const service of [groups, cases, ingestion]) await service?.close();
    await mail.stop();
    await Promise.all(environments.map((environment) => environment.database.drop()));
  });

  it('Monday 23 November: the secretariat uploads the police list, and the persons stand on the agenda with Danish reasons', async () => {
    expect((await uploadPoliceList(ingestion.url, tokens[SIGNE.subject]!, policeListCsv(HEADER, LIST), 'uge47.csv')).body).toMatchObject({ accepted: 3 });
    await waitFor('the three on the agenda', () => agendaNames(TEST_TODAY), (names) => names.length === 3);
    const agenda = (await karl<{ items: { personPseudonym: string; person: { name: string }; reasons: { text: string }[] }[] }>('GET', `/meetings/next/agenda?from=${TEST_TODAY}`)).body;
    for (const item of agenda.items) who[item.person.name] = item.personPseudonym;
    expect(agenda.items.every((item) => item.reasons.length > 0)).toBe(true);
  });

  it("opens the calendar's meeting: the agenda is frozen", async () => {
    const [meeting] = (await call<{ id: string; day: string }[]>(groups, tokens[KARL.subject]!, 'GET', `/bodies/mandagsgruppen/meetings?from=${TEST_TODAY}&to=${TEST_TODAY}`)).body;
    meetingId = meeting!.id;
    await waitFor('case coordination to know the meeting', async () => (await karl('GET', `/monday-meetings/${meetingId}`)).status, (status) => status === 200);
    expect((await karl<{ state: string; items: { unmarked: number } }>('POST', `/monday-meetings/${meetingId}/open`)).body).toMatchObject({ state: 'open', items: { unmarked: 3 } });
  });

  it('records a note, decisions, an intervention with a registry owner and a referral to SSP+ with consent; defers one person', async () => {
    const anton = who[ANTON.name]!;
    expect((await karl('POST', `/persons/${anton}/notes`, { body: 'skole', legalBasis: 'SSP', necessity: 'Nødvendigt for en samlet indsats.', text: NOTE_TEXT })).status).toBe(201);
    expect((await karl('POST', `/persons/${anton}/decisions`, { kind: 'concern-conversation' })).status).toBe(201);
    const intervention = await karl<{ id: string }>('POST', `/persons/${anton}/interventions`, { title: INTERVENTION_TITLE, ownerBody: 'mandagsgruppen', ownerSubject: METTE.subject, deadline: DEADLINE });
    expect(intervention.status).toBe(201);
    interventionId = intervention.body.id;
    const referral = await karl<{ referral: { id: string; status: string } }>('POST', `/persons/${who[BO.name]}/decisions`, {
      kind: 'referral',
      referralBody: 'ssp-plus',
      referralReason: REFERRAL_REASON,
      consent: { givenBy: 'person', givenOn: TEST_TODAY, form: 'written' },
    });
    expect(referral).toMatchObject({ status: 201, body: { referral: { status: 'pending' } } });
    referralId = referral.body.referral.id;
    expect((await karl('PUT', `/monday-meetings/${meetingId}/items/${who[DINA.name]}`, { outcome: 'deferred' })).status).toBe(200);
    const [assigned] = await notified(METTE, 'intervention-assigned');
    expect(assigned!.link).toBe(`/opfoelgning/mine-opgaver/${interventionId}`);
    const [received] = await notified(SANNE, 'referral-received');
    expect(`${received!.subject} ${received!.text}`).not.toContain(BO.name);
  });

  it('closes the meeting, approves the minutes once and prints them', async () => {
    expect((await karl<{ items: object }>('POST', `/monday-meetings/${meetingId}/close`)).body.items).toEqual({ handled: 2, deferred: 1, notReached: 0, unmarked: 0 });
    expect((await karl<{ state: string }>('POST', `/monday-meetings/${meetingId}/approve`)).body.state).toBe('approved');
    expect((await karl('POST', `/monday-meetings/${meetingId}/approve`)).status).toBe(409);
    const pdf = await karl<Buffer>('GET', `/monday-meetings/${meetingId}/minutes.pdf`);
    const { text } = await readPdf(pdf.body);
    for (const words of [ANTON.name, 'Beslutning: Bekymringssamtale', NOTE_TEXT, `Indsats: ${INTERVENTION_TITLE}`, 'Beslutning: Henvisning til SSP+ (over 18 år)', DINA.name, 'Udsat til næste møde', 'Referatet blev godkendt']) {
      expect(text).toContain(words);
    }
  });

  it("follows up: the responsible's own tasks and the list of open interventions", async () => {
    const mine = await call<{ items: { id: string; overdue: boolean }[] }>(cases, tokens[METTE.subject]!, 'GET', '/interventions/mine?purpose=case-follow-up');
    expect(mine.body.items.map((task) => [task.id, task.overdue])).toEqual([[interventionId, false]]);
    expect((await karl<{ items: { id: string }[] }>('GET', '/interventions?purpose=case-follow-up&status=agreed')).body.items.map((item) => item.id)).toEqual([interventionId]);
  });

  it('a week later: the deadline passed, the responsible is told in the app and by e-mail, and the person is back on the next agenda with the deferred one', async () => {
    clock.set(`${addDays(DEADLINE, 1)}T06:00:00.000Z`);
    await cases.app.get(OverdueInterventionsService).reportOverdue(clock.now());
    const [overdue] = await notified(METTE, 'intervention-overdue');
    expect(overdue!.link).toBe(`/opfoelgning/mine-opgaver/${interventionId}`);
    const emails = await waitFor('the overdue e-mail', async () => mail.to(METTE.email), (received) => received.some((email) => email.subject === overdue!.subject), { timeoutMs: 30_000 });
    for (const email of emails) expect(`${email.subject} ${email.text}`).not.toMatch(/Anton|Samtale/);
    expect((await karl<{ items: { id: string }[] }>('GET', '/interventions?purpose=case-follow-up&overdue=true')).body.items.map((item) => item.id)).toEqual([interventionId]);
    expect(await agendaNames(addDays(TEST_TODAY, 14))).toEqual([ANTON.name, DINA.name].sort());
  });

  it('SSP+ accepts the referral; the Monday group sees the answer and is told', async () => {
    const listed = await call<{ items: { id: string }[] }>(cases, tokens[SANNE.subject]!, 'GET', '/referrals?status=pending');
    expect(listed.body.items.map((item) => item.id)).toEqual([referralId]);
    expect((await call(cases, tokens[SANNE.subject]!, 'POST', `/referrals/${referralId}/answer`, { answer: 'accepted' })).status).toBe(200);
    const followed = await karl<{ items: { id: string; status: string }[] }>('GET', `/persons/${who[BO.name]}/referrals?purpose=case-follow-up`);
    expect(followed.body.items.map((item) => [item.id, item.status])).toEqual([[referralId, 'accepted']]);
    await notified(KARL, 'referral-answered');
  });

  it("carries out Bo's documented request for erasure everywhere his identity is held, with a receipt", async () => {
    const bo = who[BO.name]!;
    const request = { requestReference: '27.24.00-G01-14-26', receivedOn: addDays(TEST_TODAY, 7), grounds: 'gdpr-17-1-a' };
    const receipt = await call<{ id: string; personPseudonym: string }>(cases, tokens[SIGNE.subject]!, 'POST', `/persons/${bo}/erasure-requests`, request);
    expect(receipt).toMatchObject({ status: 201, body: { personPseudonym: bo, requestReference: request.requestReference } });
    expect((await call(cases, tokens[SIGNE.subject]!, 'GET', `/erasure-receipts/${receipt.body.id}`)).status).toBe(200);
    expect(await cases.dataSource.query('SELECT 1 FROM person_identity WHERE person_pseudonym = $1', [bo])).toEqual([]);
    await waitFor('the ingestion vault to forget Bo', async () => ((await ingestion.dataSource.query('SELECT 1 FROM person_identity WHERE person_pseudonym = $1', [bo])) as unknown[]).length, (left) => left === 0);
    const identities = await probe.readUntil(`${namespace}${Topics.personIdentity.name}`, (seen) => seen.some((message) => message.key === bo && message.value === null));
    expect(identities.filter((message) => message.key === bo).at(-1)!.value).toBeNull();
    const referral = await call<{ person: { name: string | null }; reason: string | null }>(cases, tokens[SANNE.subject]!, 'GET', `/referrals/${referralId}`);
    expect(referral.body).toMatchObject({ person: { name: null }, reason: null });
  });
});
