import { Topics } from '@ssp/contracts';
import { type Refusal, Role } from '@ssp/platform';
import {
  KafkaProbe,
  newTopicNamespace,
  policeListCsv,
  serviceTestEnvironment,
  startTestService,
  TEST_TODAY,
  testToken,
  uploadPoliceList,
  waitFor,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { STATUS_CODES } from 'node:http';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { REFERRAL_REFUSALS } from '../apps/case-coordination/src/referrals/referrals.dto';
import { RetentionService } from '../apps/case-coordination/src/retention/retention.service';
import { APP as NETWORK_GROUPS } from '../apps/network-groups/src/app.definition';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';

/*
 * Issue 21, referrals, through case coordination and network groups against the real broker
 * and database: the Monday group refers an adult to SSP+ (refused without the person's own
 * consent, made with it), SSP+'s member is told in the app and by e-mail, reads what the
 * referral needs (and the read is logged), accepts once; the Monday group sees the answer on
 * the person and on the decision and its member is told. A member of another receiving body
 * finds nothing (404), one of no receiving body is refused (403). A referral to the family
 * department is declined. The topics carry no name, reason or note; erasure takes the texts.
 */
const HEADER = ['Journalnr', 'Gerningsdato', 'Forhold', 'Rolle', 'CPR-nummer', 'Navn', 'Postnr'];
const row = (journal: string, cpr: string, name: string) => ({ Journalnr: journal, Gerningsdato: '05-11-2026', Forhold: 'Butikstyveri', Rolle: 'mistænkt', 'CPR-nummer': cpr, Navn: name, Postnr: '8900' });
/** 20 years old on TEST_TODAY; Bo is 14. */
const ADULT = { name: 'Adam Voksen', cpr: '100106-4107', birthDate: '2006-01-10' };
const CHILD = { name: 'Bo Barnesen', cpr: '150512-4111', birthDate: '2012-05-15' };
const REASON = 'Adam er stoppet på sin uddannelse og søger hjælp til at komme i job.';
const CHILD_REASON = 'Bo har brug for støtte i familien efter flere episoder.';
const ANSWER_NOTE = 'Adam er indkaldt til samtale i næste uge.';
const CONSENT = { givenBy: 'person', givenOn: TEST_TODAY, form: 'written' };

interface Answer<T> {
  status: number;
  body: T;
}
interface Referral {
  id: string;
  personPseudonym: string;
  receiverBody: string;
  status: string;
  statusText: string;
  referredBy: string;
  answeredBy: string | null;
  person?: { pseudonym: string; name: string | null; birthDate: string | null };
  reason?: string | null;
  consent?: { givenBy: string; givenOn: string; form: string; recordedBy: string } | null;
  answerNote?: string | null;
}
interface Decision {
  id: string;
  kind: string;
  kindText: string;
  referralBodyName: string | null;
  referral: { id: string; status: string; statusText: string } | null;
}
interface Notification {
  kind: string;
  subject: string;
  text: string;
  link: string | null;
  delivery: string;
}
const refusedAs = (status: number, refusal: Refusal) => ({ status, body: { statusCode: status, error: STATUS_CODES[status], ...refusal } });

describe('referrals to SSP-U, SSP+ and the family department', () => {
  const namespace = newTopicNamespace();
  const probe = new KafkaProbe();
  const environments: ServiceTestEnvironment[] = [];
  let ingestion: RunningService;
  let cases: RunningService;
  let groups: RunningService;
  const tokens: Record<'monday' | 'sspPlus' | 'family' | 'school' | 'secretariat', string> = {} as never;
  const who: Record<string, string> = {};
  let adultReferral: string;

  async function call<T>(service: RunningService, method: string, route: string, token: string, body?: unknown): Promise<Answer<T>> {
    const response = await fetch(`${service.url}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }
  const decide = (pseudonym: string, body: object) => call<Decision>(cases, 'POST', `/persons/${pseudonym}/decisions`, tokens.monday, body);
  const notificationsOf = (token: string) => call<{ items: Notification[] }>(groups, 'GET', '/notifications', token);
  const awaitNotification = (token: string, kind: string, link: string) =>
    waitFor(
      `a ${kind} notification`,
      async () => (await notificationsOf(token)).body.items.filter((item) => item.kind === kind && item.link === link),
      (found) => found.length === 1,
      { timeoutMs: 30_000, intervalMs: 100 },
    );

  /** Seats a person in the registry's body and links their sign-in. */
  async function seat(bodyId: string, name: string, subject: string): Promise<void> {
    const seated = await call<{ personId: string }>(groups, 'POST', `/bodies/${bodyId}/members`, tokens.secretariat, {
      personName: name,
      email: `${subject}@randers.example`,
      organisation: 'Randers Kommune',
      role: 'member',
      validFrom: '2025-01-01',
    });
    expect(seated.status).toBe(201);
    expect((await call(groups, 'PATCH', `/people/${seated.body.personId}`, tokens.secretariat, { subject })).status).toBe(200);
  }

  beforeAll(async () => {
    for (const service of ['police-list-ingestion', 'case-coordination', 'network-groups']) environments.push(await serviceTestEnvironment(service, namespace));
    ingestion = await startTestService(INGESTION, environments[0]!.env);
    cases = await startTestService(CASE_COORDINATION, { ...environments[1]!.env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' });
    groups = await startTestService(NETWORK_GROUPS, { ...environments[2]!.env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' });
    tokens.monday = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'], subject: 'mandag-1' });
    tokens.sspPlus = await testToken({ roles: [Role.substanceAbuseTreatment], groups: ['ssp-plus'], subject: 'ssp-plus-1' });
    tokens.family = await testToken({ roles: [Role.familyDepartment], groups: ['familieafdelingen'], subject: 'familie-1' });
    tokens.school = await testToken({ roles: [Role.school], groups: ['netvaerk-randers-c'], subject: 'skole-1' });
    tokens.secretariat = await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'], subject: 'sekretariat-1' });
    await seat('mandagsgruppen', 'Mona Mandag', 'mandag-1');
    await seat('ssp-plus', 'Sanne Plus', 'ssp-plus-1');
    await seat('familieafdelingen', 'Frede Familie', 'familie-1');
    const list = [row('R-1', ADULT.cpr, ADULT.name), row('R-2', CHILD.cpr, CHILD.name)];
    expect((await uploadPoliceList(ingestion.url, tokens.secretariat, policeListCsv(HEADER, list), 'uge47.csv')).body).toMatchObject({ accepted: 2 });
    await waitFor(
      'case coordination to hold both incidents and identities',
      async () => ((await cases.dataSource.query('SELECT count(*)::int + (SELECT count(*) FROM person_identity)::int AS count FROM person_incident')) as { count: number }[])[0]!.count,
      (total) => total === 4,
    );
    const agenda = await call<{ items: { personPseudonym: string; person: { name: string | null } }[] }>(cases, 'GET', `/meetings/next/agenda?from=${TEST_TODAY}`, tokens.monday);
    for (const item of agenda.body.items) who[item.person.name ?? '?'] = item.personPseudonym;
    expect(Object.keys(who).sort()).toEqual([ADULT.name, CHILD.name].sort());
  });

  afterAll(async () => {
    await groups?.close();
    await cases?.close();
    await ingestion?.close();
    await Promise.all(environments.map((environment) => environment.database.drop()));
  });

  it("refuses a referral of an adult to SSP+ without the person's own consent, and writes nothing", async () => {
    const adam = who[ADULT.name]!;
    const referral = { kind: 'referral', referralBody: 'ssp-plus', referralReason: REASON };
    expect(await decide(adam, referral)).toEqual(refusedAs(400, REFERRAL_REFUSALS.consentRequired));
    expect(await decide(adam, { ...referral, consent: { ...CONSENT, givenBy: 'guardian' } })).toEqual(refusedAs(400, REFERRAL_REFUSALS.consentNotFromPerson));
    expect(await decide(adam, { ...referral, consent: { ...CONSENT, givenOn: '2099-01-01' } })).toEqual(refusedAs(400, REFERRAL_REFUSALS.consentAfterDecision));
    expect(await decide(adam, { ...referral, consent: { ...CONSENT, form: 'telepathic' } })).toEqual(refusedAs(400, REFERRAL_REFUSALS.consentForm));
    expect(await decide(adam, { ...referral, referralBody: 'netvaerk-randers-c', consent: CONSENT })).toEqual(refusedAs(400, REFERRAL_REFUSALS.receiverNotAllowed));
    const written = (await cases.dataSource.query('SELECT (SELECT count(*) FROM referral)::int AS referrals, (SELECT count(*) FROM person_decision)::int AS decisions')) as unknown[];
    expect(written).toEqual([{ referrals: 0, decisions: 0 }]);
  });

  it("makes it with the consent, and tells SSP+'s member in the app and by e-mail, with no personal data", async () => {
    const adam = who[ADULT.name]!;
    const decided = await decide(adam, { kind: 'referral', referralBody: 'ssp-plus', referralReason: REASON, consent: CONSENT });
    expect(decided).toMatchObject({ status: 201, body: { kind: 'referral', referral: { status: 'pending' } } });
    adultReferral = decided.body.referral!.id;
    const [notification] = await awaitNotification(tokens.sspPlus, 'referral-received', `/henvisninger/${adultReferral}`);
    expect(notification).toMatchObject({ subject: 'Ny henvisning til SSP+ (over 18 år)', delivery: 'email' });
    const emails = (await groups.dataSource.query("SELECT recipient, subject, body FROM outgoing_email WHERE recipient = 'ssp-plus-1@randers.example'")) as { subject: string; body: string }[];
    expect(emails).toHaveLength(1);
    for (const text of [JSON.stringify(notification), JSON.stringify(emails)]) {
      for (const personal of [ADULT.name, 'Adam', ADULT.cpr, ADULT.birthDate, REASON, adam]) expect(text).not.toContain(personal);
    }
    // The Monday group's member is not told of a referral it made.
    expect((await notificationsOf(tokens.monday)).body.items.filter((item) => item.kind === 'referral-received')).toEqual([]);
  });

  it("shows SSP+'s member what the referral needs and nothing more, and logs the read", async () => {
    const adam = who[ADULT.name]!;
    const listed = await call<{ items: Referral[]; next: string | null }>(cases, 'GET', '/referrals?status=pending&limit=10', tokens.sspPlus);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((referral) => [referral.id, referral.receiverBody, referral.status])).toEqual([[adultReferral, 'ssp-plus', 'pending']]);
    const read = await call<Referral>(cases, 'GET', `/referrals/${adultReferral}`, tokens.sspPlus);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({
      id: adultReferral,
      personPseudonym: adam,
      receiverBody: 'ssp-plus',
      receiverName: 'SSP+ (over 18 år)',
      status: 'pending',
      statusText: 'venter på svar',
      referredBy: 'mandag-1',
      referredAt: expect.any(String),
      answeredBy: null,
      answeredAt: null,
      person: { pseudonym: adam, name: ADULT.name, birthDate: ADULT.birthDate },
      reason: REASON,
      consent: { ...CONSENT, givenByText: 'personen selv', formText: 'skriftligt', recordedBy: 'mandag-1' },
      answerNote: null,
    });
    const log = await call<{ items: { actor: string; action: string; purpose: string }[] }>(cases, 'GET', `/persons/${adam}/access-log`, tokens.monday);
    expect(log.body.items.map((entry) => [entry.actor, entry.action, entry.purpose])).toEqual(
      expect.arrayContaining([
        ['ssp-plus-1', 'referrals', 'referral-handling'],
        ['ssp-plus-1', 'referral', 'referral-handling'],
      ]),
    );
  });

  it('hides it from a member of another receiving body (404) and refuses one of no receiving body (403); the Monday group reads it but does not answer', async () => {
    expect(await call(cases, 'GET', `/referrals/${adultReferral}`, tokens.family)).toEqual(refusedAs(404, REFERRAL_REFUSALS.notFound));
    expect(await call(cases, 'POST', `/referrals/${adultReferral}/answer`, tokens.family, { answer: 'accepted' })).toEqual(refusedAs(404, REFERRAL_REFUSALS.notFound));
    expect((await call<{ items: Referral[] }>(cases, 'GET', '/referrals', tokens.family)).body.items).toEqual([]);
    expect(await call(cases, 'GET', '/referrals', tokens.school)).toEqual(refusedAs(403, REFERRAL_REFUSALS.noReceivingBody));
    expect(await call(cases, 'GET', `/referrals/${adultReferral}`, tokens.school)).toEqual(refusedAs(403, REFERRAL_REFUSALS.noReceivingBody));
    expect((await call(cases, 'GET', `/referrals/${adultReferral}`, tokens.monday)).status).toBe(200);
    expect(await call(cases, 'POST', `/referrals/${adultReferral}/answer`, tokens.monday, { answer: 'accepted' })).toEqual(refusedAs(403, REFERRAL_REFUSALS.notReceiver));
    expect(await call(cases, 'GET', '/referrals/not-an-id', tokens.sspPlus)).toEqual(refusedAs(400, REFERRAL_REFUSALS.referralId));
    expect(await call(cases, 'GET', '/referrals?status=maybe', tokens.sspPlus)).toEqual(refusedAs(400, REFERRAL_REFUSALS.status));
  });

  it('is accepted once by SSP+; the Monday group sees accepted on the person and the decision, and its member is told', async () => {
    const adam = who[ADULT.name]!;
    expect(await call(cases, 'POST', `/referrals/${adultReferral}/answer`, tokens.sspPlus, { answer: 'maybe' })).toEqual(refusedAs(400, REFERRAL_REFUSALS.answer));
    const accepted = await call<Referral>(cases, 'POST', `/referrals/${adultReferral}/answer`, tokens.sspPlus, { answer: 'accepted', note: ANSWER_NOTE });
    expect(accepted).toMatchObject({ status: 200, body: { status: 'accepted', answeredBy: 'ssp-plus-1', answerNote: ANSWER_NOTE } });
    expect(await call(cases, 'POST', `/referrals/${adultReferral}/answer`, tokens.sspPlus, { answer: 'declined' })).toEqual(refusedAs(409, REFERRAL_REFUSALS.alreadyAnswered));
    const followed = await call<{ items: Referral[] }>(cases, 'GET', `/persons/${adam}/referrals?purpose=case-follow-up`, tokens.monday);
    expect(followed.body.items.map((referral) => [referral.id, referral.status, referral.statusText, referral.answeredBy, referral.answerNote])).toEqual([[adultReferral, 'accepted', 'taget imod', 'ssp-plus-1', ANSWER_NOTE]]);
    const decisions = await call<{ items: Decision[] }>(cases, 'GET', `/persons/${adam}/decisions?purpose=case-follow-up`, tokens.monday);
    expect(decisions.body.items.map((decision) => decision.referral)).toEqual([{ id: adultReferral, status: 'accepted', statusText: 'taget imod' }]);
    expect(decisions.body.items.map((decision) => [decision.kindText, decision.referralBodyName])).toEqual([['Henvisning', 'SSP+ (over 18 år)']]);
    const [told] = await awaitNotification(tokens.monday, 'referral-answered', `/henvisninger/${adultReferral}`);
    expect(told).toMatchObject({ subject: 'SSP+ (over 18 år) har taget imod en henvisning', delivery: 'email' });
    expect(JSON.stringify(told)).not.toContain(ANSWER_NOTE);
  });

  it('refers a child to the family department without a consent; the family department declines and the Monday group sees it', async () => {
    const bo = who[CHILD.name]!;
    const decided = await decide(bo, { kind: 'referral', referralBody: 'familieafdelingen', referralReason: CHILD_REASON });
    expect(decided).toMatchObject({ status: 201, body: { referral: { status: 'pending' } } });
    const referralId = decided.body.referral!.id;
    await awaitNotification(tokens.family, 'referral-received', `/henvisninger/${referralId}`);
    expect((await call<Referral>(cases, 'GET', `/referrals/${referralId}`, tokens.family)).body).toMatchObject({ person: { name: CHILD.name, birthDate: CHILD.birthDate }, consent: null });
    expect(await call(cases, 'GET', `/referrals/${referralId}`, tokens.sspPlus)).toEqual(refusedAs(404, REFERRAL_REFUSALS.notFound));
    expect((await call<Referral>(cases, 'POST', `/referrals/${referralId}/answer`, tokens.family, { answer: 'declined' })).body).toMatchObject({ status: 'declined', answeredBy: 'familie-1', answerNote: null });
    const [told] = await awaitNotification(tokens.monday, 'referral-answered', `/henvisninger/${referralId}`);
    expect(told.subject).toBe('Familieafdelingen har afvist en henvisning');
    const listed = await call<{ items: Referral[] }>(cases, 'GET', '/referrals?status=declined', tokens.monday);
    expect(listed.body.items.map((referral) => [referral.id, referral.receiverBody])).toEqual([[referralId, 'familieafdelingen']]);
  });

  it('pages the list', async () => {
    const first = await call<{ items: Referral[]; next: string | null }>(cases, 'GET', '/referrals?limit=1', tokens.monday);
    expect(first.body.items.map((referral) => referral.id)).toEqual([adultReferral]);
    const second = await call<{ items: Referral[]; next: string | null }>(cases, 'GET', `/referrals?limit=1&after=${first.body.next}`, tokens.monday);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.next).toBeNull();
  });

  it('puts ids, bodies and codes on the topics, and never a name, CPR number, reason or note', async () => {
    await waitFor('the outbox to be published', async () => ((await cases.dataSource.query('SELECT count(*)::int AS count FROM outbox_event')) as { count: number }[])[0]!.count, (left) => left === 0);
    const made = await probe.readAll(`${namespace}${Topics.referralMade.name}`);
    const answered = await probe.readAll(`${namespace}${Topics.referralAnswered.name}`);
    const payloads = (messages: { value: string | null }[]) => messages.map((message) => (JSON.parse(message.value ?? 'null') as { payload: Record<string, unknown> }).payload);
    expect(payloads(made).map((event) => [event.receiverBody, event.consentForm]).sort()).toEqual([['familieafdelingen', undefined], ['ssp-plus', 'written']]);
    expect(payloads(answered).map((event) => [event.receiverBody, event.answer]).sort()).toEqual([['familieafdelingen', 'declined'], ['ssp-plus', 'accepted']]);
    const everything = JSON.stringify([...made, ...answered].map((message) => message.value));
    for (const personal of [ADULT.name, CHILD.name, ADULT.cpr, CHILD.cpr, REASON, CHILD_REASON, ANSWER_NOTE]) expect(everything).not.toContain(personal);
  });

  it('erases the reason and the answer note with the person; the answer stays', async () => {
    await cases.app.get(RetentionService).eraseExpired(new Date('2030-01-01T12:00:00Z'));
    const followed = await call<{ items: Referral[] }>(cases, 'GET', `/persons/${who[ADULT.name]}/referrals?purpose=data-subject-request`, tokens.monday);
    expect(followed.body.items.map((referral) => [referral.status, referral.reason, referral.answerNote])).toEqual([['accepted', null, null]]);
  });

});
