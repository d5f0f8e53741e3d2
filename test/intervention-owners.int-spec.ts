import { Role } from '@ssp/platform';
import { addDays } from '@ssp/platform/time';
import {
  newTopicNamespace,
  policeListCsv,
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
import { MembershipRepository } from '@ssp/platform';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { DueSoonInterventionsService } from '../apps/case-coordination/src/interventions/due-soon-interventions.service';
import { INTERVENTION_REFUSALS } from '../apps/case-coordination/src/interventions/interventions.dto';
import { OverdueInterventionsService } from '../apps/case-coordination/src/interventions/overdue-interventions.service';
import { danishDate, interventionAssignedNotification } from '../apps/network-groups/src/intervention-notices/intervention-notifications';
import { InterventionNoticesService } from '../apps/network-groups/src/intervention-notices/intervention-notices.service';
import { APP as NETWORK_GROUPS } from '../apps/network-groups/src/app.definition';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';
import { smtpEnv, TestMailServer } from './fixtures/test-mail-server';

/*
 * Issue 21, follow-up: an intervention's responsible is a person of network groups' registry,
 * by sign-in subject, and is told. Ingestion, case coordination and network groups on one
 * injected clock, with a real SMTP server: the secretariat seats Mette and Karl in the Monday
 * group; an intervention for a child is agreed with Mette as responsible, and she finds it in
 * her notifications and her e-mail, without anything of the child; the clock moves to the
 * reminder day and past the deadline, and she is reminded once and told it is overdue. Someone
 * outside the owning body is refused as responsible; each sees only their own tasks.
 *
 * Negative control: let InterventionsService skip the owner check (assertOwnerHoldsBody): the
 * non-member is agreed as responsible (201, not 400). Leave the handlers out of
 * InterventionNoticesModule: no notification reaches Mette.
 */

const CHILD = 'Anton Aagaard';
const TITLE = 'Samtale om skolefravær med Anton og forældrene';
const HEADER = ['Journalnr', 'Gerningsdato', 'Forhold', 'Rolle', 'CPR-nummer', 'Navn', 'Postnr'];
const LIST = [{ Journalnr: 'O-1', Gerningsdato: '02-11-2026', Forhold: 'Butikstyveri', Rolle: 'sigtet', 'CPR-nummer': '150512-4101', Navn: CHILD, Postnr: '8900' }];
const MONDAY_GROUP = 'mandagsgruppen';
const METTE = { subject: 'mette-sagsbehandler', email: 'mette@randers.dk' };
const KARL = { subject: 'karl-konsulent', email: 'karl@randers.dk' };
const DEADLINE = addDays(TEST_TODAY, 10);
const LATER_DEADLINE = addDays(TEST_TODAY, 20);
/** Noon in Copenhagen on `day`, after the daily job's 00:15. */
const noonOn = (day: string) => `${day}T11:00:00.000Z`;

interface Answer<T> {
  status: number;
  body: T;
}

interface Intervention {
  id: string;
  ownerSubject: string | null;
  responsibleText: string | null;
  code?: string;
  message?: string;
}

interface Notification {
  kind: string;
  subject: string;
  text: string;
  link: string | null;
}

describe("interventions' responsibles from the registry, told by network groups", () => {
  const namespace = newTopicNamespace();
  const clock = new TestClock();
  const mail = new TestMailServer();
  const environments: ServiceTestEnvironment[] = [];
  let ingestion: RunningService;
  let cases: RunningService;
  let groups: RunningService;
  let secretariat: string;
  let mette: string;
  let karl: string;
  let child: string;
  let metteIntervention: string;
  let karlIntervention: string;

  const call = async <T>(service: RunningService, token: string, method: string, path: string, body?: unknown): Promise<Answer<T>> => {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  const assign = (ownerSubject: string, deadline = DEADLINE) =>
    call<Intervention>(cases, karl, 'POST', `/persons/${child}/interventions`, { title: TITLE, ownerBody: MONDAY_GROUP, ownerSubject, deadline });
  const tasksOf = async (token: string) => (await call<{ items: { id: string; overdue: boolean }[] }>(cases, token, 'GET', '/interventions/mine?purpose=case-follow-up')).body.items;
  const notificationsOf = async (token: string) => (await call<{ items: Notification[] }>(groups, token, 'GET', '/notifications?show=all')).body.items;
  const notified = (token: string, kind: string, count: number) =>
    waitFor(`${count} ${kind} notification(s)`, async () => (await notificationsOf(token)).filter((notification) => notification.kind === kind), (found) => found.length === count, { timeoutMs: 30_000 });

  /** Registers the person in the Monday group and links their sign-in, as the secretariat does. */
  const seat = async (name: string, person: { subject: string; email: string }) => {
    const added = await call<{ personId: string }>(groups, secretariat, 'POST', `/bodies/${MONDAY_GROUP}/members`, {
      personName: name,
      email: person.email,
      organisation: 'Randers Kommune',
      role: 'member',
      validFrom: '2025-01-01',
    });
    expect(added.status).toBe(201);
    expect((await call(groups, secretariat, 'PATCH', `/people/${added.body.personId}`, { subject: person.subject })).status).toBe(200);
  };

  beforeAll(async () => {
    await mail.start();
    for (const service of ['police-list-ingestion', 'case-coordination', 'network-groups']) environments.push(await serviceTestEnvironment(service, namespace));
    ingestion = await startTestService(INGESTION, environments[0]!.env, clock);
    cases = await startTestService(CASE_COORDINATION, { ...environments[1]!.env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' }, clock);
    groups = await startTestService(NETWORK_GROUPS, { ...environments[2]!.env, ...smtpEnv(mail), MONDAY_GROUP_FIRST_MEETING: '2026-01-05' }, clock);
    secretariat = await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'], subject: 'sekretariatet' });
    mette = await testToken({ roles: [Role.familyDepartment], groups: [MONDAY_GROUP], subject: METTE.subject });
    karl = await testToken({ roles: [Role.sspConsultant], groups: [MONDAY_GROUP], subject: KARL.subject });
    await seat('Mette Sagsbehandler', METTE);
    await seat('Karl Konsulent', KARL);
    const memberships = new MembershipRepository(cases.dataSource.manager);
    await waitFor('case coordination to know both in the Monday group', () => Promise.all([METTE, KARL].map(async ({ subject }) => (await memberships.heldOn(subject, TEST_TODAY)).bodies)), (held) =>
      held.every((bodies) => bodies.includes(MONDAY_GROUP)),
    );
    expect((await uploadPoliceList(ingestion.url, secretariat, policeListCsv(HEADER, LIST), 'uge46.csv')).body).toMatchObject({ accepted: 1 });
    const agenda = () => call<{ items: { personPseudonym: string }[] }>(cases, karl, 'GET', `/meetings/next/agenda?from=${TEST_TODAY}`);
    child = (await waitFor('the child on the agenda', agenda, (answer) => answer.body.items.length === 1)).body.items[0]!.personPseudonym;
    expect((await call(cases, karl, 'POST', `/persons/${child}/decisions`, { kind: 'concern-conversation' })).status).toBe(201);
  });

  afterAll(async () => {
    for (const service of [groups, cases, ingestion]) await service?.close();
    await mail.stop();
    await Promise.all(environments.map((environment) => environment.database.drop()));
  });

  it('refuses a responsible who is not a member of the owning body by the registry', async () => {
    const refused = await assign('politi-uden-plads');
    expect(refused).toEqual({ status: 400, body: { statusCode: 400, error: 'Bad Request', ...INTERVENTION_REFUSALS.ownerNotMember, ownerBody: MONDAY_GROUP } });
  });

  it('tells the responsible of the new intervention in the app and by e-mail, with the deadline and nothing of the child', async () => {
    const agreed = await assign(METTE.subject);
    expect(agreed).toMatchObject({ status: 201, body: { ownerSubject: METTE.subject, responsibleText: null } });
    metteIntervention = agreed.body.id;
    const [notice] = await notified(mette, 'intervention-assigned', 1);
    expect(notice).toMatchObject({
      subject: `Du er ansvarlig for en indsats med frist ${danishDate(DEADLINE)}`,
      text: `Du er ansvarlig for en ny indsats med frist ${danishDate(DEADLINE)}. Se indsatsen i SSP-systemet.`,
      link: `/opfoelgning/mine-opgaver/${metteIntervention}`,
    });
    const [email] = await waitFor('the e-mail to Mette', async () => mail.to(METTE.email), (mails) => mails.length === 1, { timeoutMs: 30_000 });
    expect(email!.subject).toBe(notice!.subject);
    for (const secret of [CHILD, 'Anton', TITLE, child]) expect(`${email!.subject} ${email!.text} ${notice!.text}`).not.toContain(secret);
    expect(await notificationsOf(karl)).toEqual([]);
  });

  it("lists each caller's own open interventions, and the follow-up list by responsible", async () => {
    const agreed = await assign(KARL.subject, LATER_DEADLINE);
    expect(agreed.status).toBe(201);
    karlIntervention = agreed.body.id;
    expect((await tasksOf(mette)).map((task) => [task.id, task.overdue])).toEqual([[metteIntervention, false]]);
    expect((await tasksOf(karl)).map((task) => task.id)).toEqual([karlIntervention]);
    const byOwner = await call<{ items: { id: string }[] }>(cases, mette, 'GET', `/interventions?purpose=case-follow-up&ownerSubject=${KARL.subject}`);
    expect(byOwner.body.items.map((item) => item.id)).toEqual([karlIntervention]);
    const logged = (await cases.dataSource.query(`SELECT actor, action, purpose FROM access_log WHERE person_pseudonym = $1 AND actor = $2`, [child, METTE.subject])) as unknown[];
    expect(logged).toContainEqual({ actor: METTE.subject, action: 'interventions', purpose: 'case-follow-up' });
  });

  it('hands an intervention to another member, who is told; never to a non-member', async () => {
    const refused = await call<Intervention>(cases, karl, 'PUT', `/interventions/${karlIntervention}/owner`, { ownerSubject: 'politi-uden-plads' });
    expect([refused.status, refused.body.code]).toEqual([400, 'intervention-owner-not-member']);
    const handed = await call<Intervention>(cases, karl, 'PUT', `/interventions/${karlIntervention}/owner`, { ownerSubject: METTE.subject });
    expect(handed).toMatchObject({ status: 200, body: { ownerSubject: METTE.subject } });
    const notices = await notified(mette, 'intervention-assigned', 2);
    expect(notices.map((notice) => notice.link).sort()).toEqual([`/opfoelgning/mine-opgaver/${karlIntervention}`, `/opfoelgning/mine-opgaver/${metteIntervention}`].sort());
    expect(await tasksOf(karl)).toEqual([]);
    expect((await tasksOf(mette)).map((task) => task.id)).toEqual([metteIntervention, karlIntervention]);
  });

  it('reminds the responsible two days before the deadline, once', async () => {
    const reminders = cases.app.get(DueSoonInterventionsService);
    clock.set(noonOn(addDays(DEADLINE, -3)));
    expect(await reminders.remindDueSoon(clock.now())).toEqual([]);
    clock.set(noonOn(addDays(DEADLINE, -2)));
    // The scheduler may run the day's job first; either way it is reminded once.
    await reminders.remindDueSoon(clock.now());
    const [reminder] = await notified(mette, 'intervention-due-soon', 1);
    expect(reminder).toMatchObject({
      subject: 'Frist om 2 dage for en indsats, du er ansvarlig for',
      text: `En indsats, du er ansvarlig for, har frist ${danishDate(DEADLINE)} og er ikke meldt afsluttet.`,
      link: `/opfoelgning/mine-opgaver/${metteIntervention}`,
    });
    clock.set(noonOn(addDays(DEADLINE, -1)));
    expect(await reminders.remindDueSoon(clock.now())).toEqual([]);
  });

  it('tells the responsible when the deadline has passed, by app and e-mail', async () => {
    clock.set(noonOn(addDays(DEADLINE, 1)));
    await cases.app.get(OverdueInterventionsService).reportOverdue(clock.now());
    const [overdue] = await notified(mette, 'intervention-overdue', 1);
    expect(overdue).toMatchObject({ subject: `Fristen for en indsats er overskredet (${danishDate(DEADLINE)})`, link: `/opfoelgning/mine-opgaver/${metteIntervention}` });
    expect((await tasksOf(mette)).map((task) => [task.id, task.overdue])).toEqual([
      [metteIntervention, true],
      [karlIntervention, false],
    ]);
    const subjects = await waitFor('the e-mails to Mette', async () => mail.to(METTE.email).map((email) => email.subject), (found) => found.length === 4, { timeoutMs: 30_000 });
    expect(subjects).toContain(overdue!.subject);
    expect((await notificationsOf(mette)).filter((notification) => notification.kind === 'intervention-due-soon')).toHaveLength(1);
  });

  it('tells no one, and fails nothing, when no registry person signs in as the owner', async () => {
    const notices = groups.app.get(InterventionNoticesService);
    const told = await groups.dataSource.transaction((tx) => notices.tell(tx, 'ingen-har-dette-login', metteIntervention, interventionAssignedNotification({ interventionId: metteIntervention, ownerBody: MONDAY_GROUP, deadline: DEADLINE })));
    expect(told).toBeNull();
    const metrics = await (await fetch(`${groups.url}/metrics`)).text();
    expect(metrics).toMatch(/ssp_intervention_notices_unaddressed_total\{kind="intervention-assigned"\} 1/);
  });
});
