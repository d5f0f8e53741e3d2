import { Topics, type TopicDefinition } from '@ssp/contracts';
import { type Refusal, Role } from '@ssp/platform';
import {
  KafkaProbe,
  newTopicNamespace,
  policeListCsv,
  serviceTestEnvironment,
  startTestService,
  TEST_TODAY,
  TEST_NOW,
  testToken,
  uploadPoliceList,
  waitFor,
  type RunningService,
  type SeenMessage,
  type ServiceTestEnvironment,
  holdInRegistryCopy,
} from '@ssp/testing';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { addDays } from '@ssp/platform/time';
import { STATUS_CODES } from 'node:http';
import { INTERVENTION_REFUSALS } from '../apps/case-coordination/src/interventions/interventions.dto';
import { OverdueInterventionsService } from '../apps/case-coordination/src/interventions/overdue-interventions.service';
import { REOPEN_REFUSALS } from '../apps/case-coordination/src/meetings/case-reopening.dto';
import { DECISION_REFUSALS } from '../apps/case-coordination/src/meetings/decisions.dto';
import { DecisionsService } from '../apps/case-coordination/src/meetings/decisions.service';
import { NOTE_REFUSALS } from '../apps/case-coordination/src/notes/notes.dto';
import { PERSON_REFUSALS } from '../apps/case-coordination/src/persons/person-refusals';
import { REFERRAL_REFUSALS } from '../apps/case-coordination/src/referrals/referrals.dto';
import { RetentionService } from '../apps/case-coordination/src/retention/retention.service';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';

/*
 * The Monday group's meeting through the HTTP API, against the real broker and database:
 * information notes with their legal basis (and the police kept from searching them), each
 * kind of decision and what it does to the flag, the incidents and the case, interventions
 * through their statuses until the case closes, the overdue report (once), the events on
 * the topics (pseudonyms only), and erasure of the notes' free text.
 */
const HEADER = ['Journalnr', 'Gerningsdato', 'Forhold', 'Rolle', 'CPR-nummer', 'Navn', 'Postnr', 'Gerningssted'];
/** The police's words for the place: sealed on the topic, shown to the Monday group, gone at erasure. */
const PLACE = 'Bag Kulturhuset, Rådhustorvet';
const row = (journal: string, date: string, offence: string, role: string, cpr: string, name: string) => ({
  Journalnr: journal,
  Gerningsdato: date,
  Forhold: offence,
  Rolle: role,
  'CPR-nummer': cpr,
  Navn: name,
  Postnr: '8900',
  Gerningssted: PLACE,
});
const LIST = [
  row('M-1', '02-11-2026', 'Strfl. § 244 vold', 'mistænkt', '150512-4101', 'Anton Aagaard'),
  row('M-2', '03-11-2026', 'Butikstyveri', 'forurettet', '010310-4102', 'Bella Bech'),
  row('M-3', '04-11-2026', 'Butikstyveri', 'vidne', '020310-4103', 'Carl Cold'),
  row('M-4', '05-11-2026', 'Tyveri fra bil', 'sigtet', '030310-4104', 'Dina Dahl'),
  row('M-5', '06-11-2026', 'Hærværk', 'mistænkt', '040310-4105', 'Emil Eriksen'),
  row('M-6', '07-11-2026', 'Butikstyveri', 'sigtet', '050310-4106', 'Frida Friis'),
];
const NAMES = LIST.map((entry) => entry.Navn);
const CPRS = LIST.flatMap((entry) => [entry['CPR-nummer'], entry['CPR-nummer'].replace('-', '')]);
const NOTE_TEXT = 'Langvarigt skolefravær siden efteråret; familien har søgt hjælp.';
const NOTE_NECESSITY = 'Nødvendigt for at vurdere en samlet forebyggende indsats.';
const TITLE = 'Samtale med Anton og forældrene';
/** The responsible registry person's sign-in, a member of every owning body below in case coordination's copy of the registry. */
const OWNER = 'karen-konsulent';
const OWNING_BODIES = ['mandagsgruppen', 'uu-randers', 'familieafdelingen', 'ungdomsskolen'];
const OUTCOME = 'Samtalen holdt; aftale om fremmøde i skolen.';
const REOPEN_NOTE = 'Skolen ringede igen: drengen er ikke mødt i to uger.';

interface Response<T> {
  status: number;
  body: T;
}
interface ErrorBody {
  code?: string;
  message: string | string[];
}
/** The answer to a refused request: the status, its reason phrase, the stable code and the Danish message. */
const refusedAs = (status: number, refusal: Refusal) => ({ status, body: { statusCode: status, error: STATUS_CODES[status], ...refusal } });
interface Note {
  personPseudonym: string;
  body: string;
  legalBasis: string;
  necessity: string | null;
  text: string | null;
  author: string;
  authorName: string | null;
}
interface Decision {
  id: string;
  kind: string;
  caseState: string;
  decidedAt: string;
  referralBody: string | null;
  familyDepartmentAssessment: { dueAt: string; answeredAt: string | null; answeredBy: string | null; conclusion: string | null; conclusionText: string | null; status: string } | null;
}
interface Intervention {
  id: string;
  status: string;
  outcome: string | null;
  caseState: string;
}
interface AgendaItem {
  personPseudonym: string;
  person: { name: string | null };
  reasons: { code: string }[];
  newIncidents: { journalNumber: string; offenceText: string | null; incidentLocation: string | null }[];
  interventions: { id: string; overdue: boolean; status: string }[];
}

describe("the Monday group's meeting: notes, decisions, interventions", () => {
  const namespace = newTopicNamespace();
  const probe = new KafkaProbe();
  let environments: ServiceTestEnvironment[] = [];
  let ingestion: RunningService;
  let cases: RunningService;
  let consultant: string;
  let family: string;
  let police: string;
  let meetingDate: string;
  const who: Record<string, string> = {};
  const today = TEST_TODAY;

  async function call<T>(method: string, route: string, token: string, body?: unknown): Promise<Response<T>> {
    const response = await fetch(`${cases.url}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }
  const query = async <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => (await cases.dataSource.query(sql, parameters)) as T[];
  const caseStateOf = async (pseudonym: string) => (await query<{ state: string }>('SELECT state FROM person_case WHERE person_pseudonym = $1', [pseudonym]))[0].state;
  const flagOf = async (pseudonym: string) => (await query<{ reasons: { code: string }[] }>('SELECT reasons FROM review_flag WHERE person_pseudonym = $1', [pseudonym]))[0];
  const decide = (pseudonym: string, body: object) => call<Decision & ErrorBody>('POST', `/persons/${pseudonym}/decisions`, consultant, body);
  const assign = (pseudonym: string, body: object) => call<Intervention & ErrorBody>('POST', `/persons/${pseudonym}/interventions`, consultant, body);
  const patch = (id: string, body: object) => call<Intervention & ErrorBody>('PATCH', `/interventions/${id}`, consultant, body);
  const agendaFrom = async (day: string) => (await call<{ meetingDate: string; items: AgendaItem[] }>('GET', `/meetings/next/agenda?from=${day}`, consultant)).body;
  const intervention = (overrides: object = {}) => ({ title: TITLE, ownerBody: 'mandagsgruppen', ownerSubject: OWNER, deadline: addDays(today, 7), ...overrides });
  const payloads = (messages: SeenMessage[]) => messages.map((message) => (JSON.parse(message.value ?? 'null') as { payload: Record<string, unknown> }).payload);
  const allEventsOn = async (topic: TopicDefinition) => {
    await waitFor('the outbox to be published', async () => (await query<{ count: number }>('SELECT count(*)::int AS count FROM outbox_event'))[0].count, (left) => left === 0);
    return probe.readAll(`${namespace}${topic.name}`);
  };

  beforeAll(async () => {
    environments = await Promise.all([serviceTestEnvironment('police-list-ingestion', namespace), serviceTestEnvironment('case-coordination', namespace)]);
    ingestion = await startTestService(INGESTION, environments[0].env);
    cases = await startTestService(CASE_COORDINATION, { ...environments[1].env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' });
    consultant = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'], subject: 'konsulent-1' });
    family = await testToken({ roles: [Role.familyDepartment], groups: ['mandagsgruppen'], subject: 'familie-1', name: 'Fie Familie' });
    police = await testToken({ roles: [Role.policePrevention], groups: ['mandagsgruppen'], subject: 'politi-1' });
    const secretariat = await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'] });
    await holdInRegistryCopy(cases.dataSource, OWNER, OWNING_BODIES);
    expect((await uploadPoliceList(ingestion.url, secretariat, policeListCsv(HEADER, LIST), 'uge46.csv')).body).toMatchObject({ accepted: LIST.length });
    await waitFor(
      'case coordination to hold every incident and identity',
      async () => (await query<{ count: number }>('SELECT count(*)::int + (SELECT count(*) FROM person_identity)::int AS count FROM person_incident'))[0].count,
      (total) => total === 2 * LIST.length,
    );
    const agenda = await agendaFrom(today);
    meetingDate = agenda.meetingDate;
    for (const item of agenda.items) who[item.person.name ?? '?'] = item.personPseudonym;
    // The police's own words for the offence and the place reach the agenda, opened.
    expect(agenda.items.find((item) => item.person.name === 'Anton Aagaard')?.newIncidents).toEqual([
      expect.objectContaining({ journalNumber: 'M-1', offenceText: 'Strfl. § 244 vold', incidentLocation: PLACE }),
    ]);
    // Carl was only a witness, so he is not on the agenda; his pseudonym comes from the database.
    const [carl] = await query<{ pseudonym: string }>('SELECT pseudonym FROM person WHERE pseudonym <> ALL($1)', [Object.values(who)]);
    who['Carl Cold'] = carl.pseudonym;
    expect(Object.keys(who).sort()).toEqual([...NAMES].sort());
  });

  afterAll(async () => {
    await cases?.close();
    await ingestion?.close();
    await Promise.all(environments.map((environment) => environment.database.drop()));
  });

  describe('information notes', () => {
    it('records a note with its legal basis, necessity and author, and logs the read with its purpose', async () => {
      const anton = who['Anton Aagaard'];
      const written = await call<Note>('POST', `/persons/${anton}/notes`, family, { body: 'familieafdelingen', legalBasis: 'SSP', necessity: NOTE_NECESSITY, text: NOTE_TEXT });
      expect(written).toMatchObject({ status: 201, body: { personPseudonym: anton, body: 'familieafdelingen', legalBasis: 'SSP', necessity: NOTE_NECESSITY, text: NOTE_TEXT, author: 'familie-1', authorName: 'Fie Familie' } });
      const notes = await call<{ items: Note[]; next: string | null }>('GET', `/persons/${anton}/notes?purpose=monday-group-meeting`, consultant);
      expect(notes.status).toBe(200);
      expect(notes.body.next).toBeNull();
      expect(notes.body.items.map((note) => [note.legalBasis, note.text])).toEqual([['SSP', NOTE_TEXT]]);
      const log = await call<{ items: { action: string; purpose: string }[] }>('GET', `/persons/${anton}/access-log`, consultant);
      expect(log.body.items.map((entry) => [entry.action, entry.purpose])).toContainEqual(['notes', 'monday-group-meeting']);
    });

    it.each([
      ['without a legal basis', { body: 'familieafdelingen', necessity: NOTE_NECESSITY, text: NOTE_TEXT }, NOTE_REFUSALS.legalBasis],
      ['with a legal basis outside § 115', { body: 'familieafdelingen', legalBasis: 'FOO', necessity: NOTE_NECESSITY, text: NOTE_TEXT }, NOTE_REFUSALS.legalBasis],
      ['without the necessity', { body: 'familieafdelingen', legalBasis: 'PSP', text: NOTE_TEXT }, NOTE_REFUSALS.necessity],
      ['with a necessity of white space only', { body: 'familieafdelingen', legalBasis: 'PSP', necessity: ' \n ', text: NOTE_TEXT }, NOTE_REFUSALS.necessity],
      ['with a text over 4000 characters', { body: 'familieafdelingen', legalBasis: 'KSP', necessity: NOTE_NECESSITY, text: 'x'.repeat(4001) }, NOTE_REFUSALS.text],
      ['with free text as the body', { body: 'Familieafdelingen i Randers', legalBasis: 'SSP', necessity: NOTE_NECESSITY, text: NOTE_TEXT }, NOTE_REFUSALS.body],
    ])('refuses a note %s (400, a code and a Danish message)', async (_case, note, refusal) => {
      const response = await call<ErrorBody>('POST', `/persons/${who['Anton Aagaard']}/notes`, family, note);
      expect(response).toEqual(refusedAs(400, refusal));
    });

    it('refuses a note about an unknown person (404, person-not-found) and a pseudonym that is none (400)', async () => {
      const note = { body: 'familieafdelingen', legalBasis: 'SSP', necessity: NOTE_NECESSITY, text: NOTE_TEXT };
      expect(await call('POST', `/persons/${'0'.repeat(64)}/notes`, family, note)).toEqual(refusedAs(404, PERSON_REFUSALS.notFound));
      expect(await call('POST', '/persons/Anton/notes', family, note)).toEqual(refusedAs(400, PERSON_REFUSALS.pseudonym));
    });

    it('refuses a read without a known purpose and a search too short to find anything (400, a code and a Danish message)', async () => {
      expect(await call('GET', `/persons/${who['Anton Aagaard']}/notes?purpose=curiosity`, consultant)).toEqual(refusedAs(400, PERSON_REFUSALS.purpose));
      expect(await call('GET', '/notes/search?q=x', family)).toEqual(refusedAs(400, NOTE_REFUSALS.searchQuery));
      expect(await call('GET', '/notes/search?q=skolefravær&limit=101', family)).toEqual(refusedAs(400, NOTE_REFUSALS.searchLimit));
    });

    it('keeps the police from searching the notes (retsplejeloven § 115, stk. 2) and lets the family department search them', async () => {
      const refused = await call<ErrorBody>('GET', '/notes/search?q=skolefravær', police);
      expect(refused.status).toBe(403);
      const found = await call<Note[]>('GET', '/notes/search?q=skolefravær', family);
      expect(found.status).toBe(200);
      expect(found.body.map((note) => [note.personPseudonym, note.text])).toEqual([[who['Anton Aagaard'], NOTE_TEXT]]);
      expect((await call<Note[]>('GET', '/notes/search?q=knallert', family)).body).toEqual([]);
      const log = await call<{ items: { actor: string; action: string; purpose: string }[] }>('GET', `/persons/${who['Anton Aagaard']}/access-log`, consultant);
      expect(log.body.items.map((entry) => [entry.actor, entry.action, entry.purpose])).toContainEqual(['familie-1', 'notes search', 'case-follow-up']);
    });
  });

  describe('decisions', () => {
    it('refuses a decision about a person who was never on the agenda (409, Danish)', async () => {
      const refused = await decide(who['Carl Cold'], { kind: 'no-action' });
      expect([refused.status, refused.body.code]).toEqual([409, 'case-transition-refused']);
      expect(refused.body.message).toBe('Sagen har status »åben«, så »beslutning om ingen indsats« er ikke tilladt. Tilladt er: »sat på dagsordenen«, »sagen lukkes«, »ny hændelse«.');
    });

    it('no action: reviews the incidents, clears the flag and closes the case; a second decision is refused', async () => {
      const bella = who['Bella Bech'];
      const decided = await decide(bella, { kind: 'no-action', note: 'Ingen bekymring ud over hændelsen.' });
      expect(decided).toMatchObject({ status: 201, body: { kind: 'no-action', caseState: 'closed', familyDepartmentAssessment: null } });
      expect([await caseStateOf(bella), await flagOf(bella)]).toEqual(['closed', undefined]);
      expect(await query('SELECT 1 FROM person_incident WHERE person_pseudonym = $1 AND reviewed_at IS NULL', [bella])).toEqual([]);
      const again = await decide(bella, { kind: 'concern-conversation' });
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('Sagen har status »lukket«, så »beslutning om indsats« er ikke tilladt. Tilladt er: »ny hændelse«, »genåbnet efter beslutning«.');
    });

    it('concern conversation: clears the flag and agrees an action', async () => {
      const anton = who['Anton Aagaard'];
      expect(await decide(anton, { kind: 'concern-conversation' })).toMatchObject({ status: 201, body: { caseState: 'action-agreed' } });
      expect([await caseStateOf(anton), await flagOf(anton)]).toEqual(['action-agreed', undefined]);
    });

    it("notification to the family department: starts the department's 24-hour assessment clock", async () => {
      const dina = who['Dina Dahl'];
      const decided = await decide(dina, { kind: 'notify-family-department' });
      expect(decided).toMatchObject({ status: 201, body: { caseState: 'action-agreed', familyDepartmentAssessment: { answeredAt: null, status: 'pending' } } });
      const { decidedAt, familyDepartmentAssessment } = decided.body;
      expect(Date.parse(familyDepartmentAssessment!.dueAt) - Date.parse(decidedAt)).toBe(24 * 60 * 60 * 1000);
      const decisions = cases.app.get(DecisionsService);
      const justBefore = new Date(Date.parse(familyDepartmentAssessment!.dueAt) - 1000);
      const justAfter = new Date(Date.parse(familyDepartmentAssessment!.dueAt) + 1000);
      expect((await decisions.decisionsOf(dina, justBefore, 1, undefined)).items[0].familyDepartmentAssessment?.status).toBe('pending');
      expect((await decisions.decisionsOf(dina, justAfter, 1, undefined)).items[0].familyDepartmentAssessment?.status).toBe('overdue');
    });

    it("lists the running clocks for the family department: who must answer by when, pending then overdue, each person read logged", async () => {
      type Clock = { decisionId: string; personPseudonym: string; dueAt: string; answeredAt: string | null; status: string; answerBy: string };
      const dina = who['Dina Dahl'];
      const clocks = async (filter = '') => {
        const answer = await call<{ items: Clock[]; next: string | null }>('GET', `/assessments?purpose=case-follow-up&limit=200${filter}`, family);
        expect([answer.status, answer.body.next]).toEqual([200, null]);
        return answer.body.items;
      };
      const running = await clocks();
      expect(running.filter((clock) => clock.personPseudonym === dina)).toEqual([expect.objectContaining({ status: 'pending', statusText: 'løber', answeredAt: null, answerBy: 'familieafdelingen', answerByName: 'Familieafdelingen' })]);
      expect(running.map((clock) => clock.dueAt)).toEqual(running.map((clock) => clock.dueAt).sort());
      expect((await clocks('&status=overdue')).map((clock) => clock.personPseudonym)).not.toContain(dina);
      cases.clock.set(new Date(Date.parse(running.find((clock) => clock.personPseudonym === dina)!.dueAt) + 60_000).toISOString());
      try {
        expect((await clocks('&status=overdue')).map((clock) => [clock.personPseudonym, clock.status])).toContainEqual([dina, 'overdue']);
        expect((await clocks('&status=pending')).map((clock) => clock.personPseudonym)).not.toContain(dina);
      } finally {
        cases.clock.set(TEST_NOW);
      }
      expect(await clocks('&status=answered')).toEqual([]);
      const logged = await query<{ count: number }>("SELECT count(*)::int AS count FROM access_log WHERE person_pseudonym = $1 AND action = 'assessments'", [dina]);
      expect(logged[0].count).toBeGreaterThan(0);
      expect(await call('GET', '/assessments?purpose=case-follow-up&status=late', family)).toEqual(refusedAs(400, DECISION_REFUSALS.clockStatus));
    });

    it('referral: needs one of the three receivers and a reason, and agrees an action (test/referrals.int-spec.ts follows the referral)', async () => {
      const emil = who['Emil Eriksen'];
      const reason = 'Emil er droppet ud af sin uddannelse og har brug for vejledning.';
      expect(await decide(emil, { kind: 'referral', referralReason: reason })).toEqual(refusedAs(400, DECISION_REFUSALS.referralBody));
      expect(await decide(emil, { kind: 'referral', referralBody: 'Ungdomsskolen i Randers', referralReason: reason })).toEqual(refusedAs(400, DECISION_REFUSALS.referralBody));
      expect(await decide(emil, { kind: 'referral', referralBody: 'ungdomsskolen', referralReason: reason })).toEqual(refusedAs(400, REFERRAL_REFUSALS.receiverNotAllowed));
      expect(await decide(emil, { kind: 'referral', referralBody: 'ssp-u' })).toEqual(refusedAs(400, REFERRAL_REFUSALS.reason));
      expect(await decide(emil, { kind: 'referral', referralBody: 'ssp-u', referralReason: ' \n ' })).toEqual(refusedAs(400, REFERRAL_REFUSALS.reason));
      expect(await decide(who['Frida Friis'], { kind: 'no-action', referralBody: 'ssp-u' })).toEqual(refusedAs(400, DECISION_REFUSALS.referralBodyNotAllowed));
      expect(await decide(who['Frida Friis'], { kind: 'no-action', referralReason: reason })).toEqual(refusedAs(400, DECISION_REFUSALS.referralDetailsNotAllowed));
      expect(await decide(emil, { kind: 'scolding' })).toEqual(refusedAs(400, DECISION_REFUSALS.kind));
      const referred = await decide(emil, { kind: 'referral', referralBody: 'ssp-u', referralReason: reason });
      expect(referred).toMatchObject({ status: 201, body: { caseState: 'action-agreed', referralBody: 'ssp-u', referral: { id: expect.any(String), status: 'pending' } } });
      expect(await flagOf(emil)).toBeUndefined();
    });

    it('follow-up at the next meeting: keeps the person under review and on the next agenda, without the incidents as new', async () => {
      const frida = who['Frida Friis'];
      expect(await decide(frida, { kind: 'follow-up-next-meeting' })).toMatchObject({ status: 201, body: { caseState: 'under-review' } });
      expect((await flagOf(frida)).reasons.map((reason) => reason.code)).toContain('follow-up-next-meeting');
      const next = await agendaFrom(addDays(meetingDate, 1));
      expect(next.meetingDate).toBe(addDays(meetingDate, 14));
      expect(next.items.map((item) => [item.person.name, item.reasons.map((reason) => reason.code).sort(), item.newIncidents.length])).toEqual([
        ['Frida Friis', ['follow-up-next-meeting', 'suspect-or-charged'], 0],
      ]);
    });
  });

  describe('interventions', () => {
    let first: string;
    let second: string;

    it('refuses an intervention before the group decided to act (409, Danish) and a deadline in the past (400)', async () => {
      const refused = await assign(who['Frida Friis'], intervention());
      expect([refused.status, refused.body.code]).toEqual([409, 'intervention-case-not-acting']);
      expect(refused.body.message).toMatch(/^Sagen har status »til behandling«, så der kan ikke aftales en indsats/);
      expect(await assign(who['Anton Aagaard'], intervention({ deadline: addDays(today, -1) }))).toEqual(refusedAs(400, INTERVENTION_REFUSALS.deadlinePast));
      expect(await assign(who['Anton Aagaard'], intervention({ deadline: '2026-02-30' }))).toEqual(refusedAs(400, INTERVENTION_REFUSALS.deadline));
      expect(await assign(who['Anton Aagaard'], intervention({ title: '   ' }))).toEqual(refusedAs(400, INTERVENTION_REFUSALS.title));
      expect(await assign(who['Anton Aagaard'], intervention({ ownerBody: 'Mandagsgruppen' }))).toEqual(refusedAs(400, INTERVENTION_REFUSALS.ownerBody));
      expect(await assign(who['Anton Aagaard'], intervention({ ownerSubject: ' ' }))).toEqual(refusedAs(400, INTERVENTION_REFUSALS.ownerSubject));
      // The owner must sit in the owning body by the registry: Karen is in none of the SSP network groups.
      expect(await assign(who['Anton Aagaard'], intervention({ ownerBody: 'netvaerk-randers-c' }))).toEqual({ status: 400, body: { ...refusedAs(400, INTERVENTION_REFUSALS.ownerNotMember).body, ownerBody: 'netvaerk-randers-c' } });
    });

    it('takes interventions through their statuses, completes none without an outcome, and closes the case when the last one is completed', async () => {
      const anton = who['Anton Aagaard'];
      const agreed = [await assign(anton, intervention()), await assign(anton, intervention({ title: 'Fritidsjob via UU', ownerBody: 'uu-randers', deadline: addDays(today, 14) }))];
      expect(agreed.map((response) => [response.status, response.body.status, response.body.caseState])).toEqual([
        [201, 'agreed', 'action-agreed'],
        [201, 'agreed', 'action-agreed'],
      ]);
      [first, second] = agreed.map((response) => response.body.id);
      expect(await patch(first, { status: 'in-progress' })).toMatchObject({ status: 200, body: { status: 'in-progress', statusText: 'i gang', caseState: 'in-progress', caseStateText: 'indsats i gang' } });
      const twice = await patch(first, { status: 'in-progress' });
      expect([twice.status, twice.body.code, twice.body.message]).toEqual([409, 'intervention-status-change-refused', 'Indsatsen har status »i gang«, så den kan ikke sættes til »i gang«. Tilladt er: »afsluttet«.']);
      expect(await patch(first, { status: 'completed', outcome: OUTCOME })).toMatchObject({ status: 200, body: { status: 'completed', outcome: OUTCOME, caseState: 'in-progress' } });
      // The last one closes the case, so it says what came of it.
      expect(await patch(second, { status: 'completed' })).toEqual(refusedAs(400, INTERVENTION_REFUSALS.outcomeRequired));
      expect(await patch(second, { status: 'completed', outcome: '   ' })).toEqual(refusedAs(400, INTERVENTION_REFUSALS.outcomeRequired));
      expect(await caseStateOf(anton)).toBe('in-progress');
      expect(await patch(second, { status: 'completed', outcome: 'Fritidsjob i Brugsen fra 1. december.' })).toMatchObject({ status: 200, body: { status: 'completed', caseState: 'closed' } });
      expect(await caseStateOf(anton)).toBe('closed');
      const reopened = await patch(second, { status: 'in-progress' });
      expect([reopened.status, reopened.body.message]).toEqual([409, 'Indsatsen har status »afsluttet«, så den kan ikke sættes til »i gang«. En afsluttet indsats kan ikke ændres.']);
    });

    it('refuses unknown interventions (404) and statuses it does not know (400), with a code and a Danish message', async () => {
      expect(await patch('00000000-0000-4000-8000-000000000000', { status: 'completed' })).toEqual(refusedAs(404, INTERVENTION_REFUSALS.notFound));
      expect(await patch('not-an-id', { status: 'completed' })).toEqual(refusedAs(400, INTERVENTION_REFUSALS.id));
      expect(await patch(first, { status: 'agreed' })).toEqual(refusedAs(400, INTERVENTION_REFUSALS.status));
    });

    it("answers a notification's 24-hour clock only with the family department's assessment, recorded once with who made it", async () => {
      const dina = who['Dina Dahl'];
      const assessments = async () =>
        (await call<{ items: Decision[] }>('GET', `/persons/${dina}/decisions?purpose=case-follow-up`, consultant)).body.items.map((decision) => [decision.kind, decision.familyDepartmentAssessment]);
      // An intervention is no assessment.
      expect((await assign(dina, intervention({ title: 'Samtale med familien', ownerBody: 'familieafdelingen', deadline: addDays(today, 30) }))).status).toBe(201);
      const [[, pending]] = await assessments();
      expect(pending).toMatchObject({ answeredAt: null, answeredBy: null, conclusion: null });
      const [notification] = (await call<{ items: Decision[] }>('GET', `/persons/${dina}/decisions?purpose=case-follow-up`, consultant)).body.items;
      const route = `/persons/${dina}/decisions/${notification.id}/assessment`;
      // Only the family department judges it, whatever the Monday group's other seats may do.
      expect((await call<ErrorBody>('POST', route, consultant, { conclusion: 'no-acute-support-needed' })).status).toBe(403);
      expect(await call('POST', route, family, { conclusion: 'maybe' })).toEqual(refusedAs(400, DECISION_REFUSALS.conclusion));
      expect(await call('POST', `/persons/${dina}/decisions/00000000-0000-4000-8000-000000000000/assessment`, family, { conclusion: 'no-acute-support-needed' })).toEqual(
        refusedAs(404, DECISION_REFUSALS.notFound),
      );
      const recorded = await call<Decision>('POST', route, family, { conclusion: 'no-acute-support-needed' });
      expect(recorded).toMatchObject({
        status: 201,
        body: { familyDepartmentAssessment: { status: 'answered', answeredBy: 'familie-1', conclusion: 'no-acute-support-needed', conclusionText: 'Barnet har ikke behov for akut støtte' } },
      });
      expect(await assessments()).toEqual([['notify-family-department', recorded.body.familyDepartmentAssessment]]);
      expect(await call('POST', route, family, { conclusion: 'acute-support-needed' })).toEqual(refusedAs(409, DECISION_REFUSALS.assessmentAnswered));
      // The family department's list of clocks shows it answered, and no longer running.
      const answered = (await call<{ items: { decisionId: string; conclusion: string | null }[] }>('GET', '/assessments?purpose=case-follow-up&status=answered', family)).body.items;
      expect(answered).toContainEqual(expect.objectContaining({ decisionId: notification.id, conclusion: 'no-acute-support-needed' }));
      const running = (await call<{ items: { decisionId: string }[] }>('GET', '/assessments?purpose=case-follow-up', family)).body.items;
      expect(running.map((clock) => clock.decisionId)).not.toContain(notification.id);
      // A decision that notified no one asks for no assessment.
      const [noAction] = (await call<{ items: Decision[] }>('GET', `/persons/${who['Bella Bech']}/decisions?purpose=case-follow-up`, consultant)).body.items;
      expect(await call('POST', `/persons/${who['Bella Bech']}/decisions/${noAction.id}/assessment`, family, { conclusion: 'acute-support-needed' })).toEqual(
        refusedAs(409, DECISION_REFUSALS.assessmentNotAsked),
      );
    });

    it('reports an overdue intervention once however often the job runs, and escalates it to the agenda', async () => {
      const emil = who['Emil Eriksen'];
      const deadline = addDays(today, 3);
      const { body: late } = await assign(emil, intervention({ title: 'Samtale i klubben', ownerBody: 'ungdomsskolen', deadline }));
      const overdue = cases.app.get(OverdueInterventionsService);
      expect(await overdue.reportOverdue(new Date(`${deadline}T20:00:00Z`))).toEqual([]);
      const dayAfter = new Date(`${addDays(deadline, 1)}T12:00:00Z`);
      expect(await overdue.reportOverdue(dayAfter)).toEqual([late.id]);
      expect(await overdue.reportOverdue(dayAfter)).toEqual([]);
      expect(await overdue.reportOverdue(new Date(`${addDays(deadline, 2)}T12:00:00Z`))).toEqual([]);
      const events = payloads(await allEventsOn(Topics.interventionOverdue));
      expect(events).toEqual([{ interventionId: late.id, caseId: expect.any(String), personPseudonym: emil, ownerBody: 'ungdomsskolen', ownerSubject: OWNER, deadline, status: 'agreed', reportedAt: dayAfter.toISOString() }]);
      const agenda = await agendaFrom(addDays(deadline, 1));
      const item = agenda.items.find((candidate) => candidate.personPseudonym === emil);
      expect(item?.reasons.map((reason) => reason.code)).toEqual(['overdue-intervention']);
      expect(item?.interventions).toEqual([expect.objectContaining({ id: late.id, status: 'agreed', overdue: true })]);
    });

    it('lists interventions for follow-up by deadline, narrowed by status, owner, person and being overdue, a page at a time, each person read logged', async () => {
      type Listed = { items: { id: string; personPseudonym: string; status: string; ownerBody: string; deadline: string; overdue: boolean }[]; next: string | null };
      const list = async (filter: string) => {
        const seen: Listed['items'] = [];
        for (let after: string | null = null, pages = 0; pages === 0 || after !== null; pages++) {
          const answer: Response<Listed> = await call<Listed>('GET', `/interventions?purpose=case-follow-up&limit=2${filter}${after ? `&after=${after}` : ''}`, consultant);
          expect([answer.status, answer.body.items.length <= 2]).toEqual([200, true]);
          seen.push(...answer.body.items);
          after = answer.body.next;
        }
        return seen;
      };
      const every = await list('');
      expect(every.length).toBeGreaterThan(2);
      expect(every.map((item) => `${item.deadline} ${item.id}`)).toEqual(every.map((item) => `${item.deadline} ${item.id}`).sort());
      expect(new Set(every.map((item) => item.id)).size).toBe(every.length);
      expect((await list('&status=completed')).every((item) => item.status === 'completed')).toBe(true);
      expect((await list('&status=completed')).length).toBeGreaterThan(0);
      const ungdomsskolen = await list('&ownerBody=ungdomsskolen');
      expect(ungdomsskolen.length).toBeGreaterThan(0);
      expect(ungdomsskolen.every((item) => item.ownerBody === 'ungdomsskolen')).toBe(true);
      const emil = who['Emil Eriksen'];
      expect((await list(`&pseudonym=${emil}`)).map((item) => item.personPseudonym)).toEqual(expect.arrayContaining([emil]));
      expect((await list(`&pseudonym=${emil}`)).every((item) => item.personPseudonym === emil)).toBe(true);
      // Nothing is overdue today; a week later Emil's club conversation is (its deadline was three days ahead).
      expect(await list('&overdue=true')).toEqual([]);
      cases.clock.set(`${addDays(today, 7)}T09:00:00.000Z`);
      try {
        const overdue = await list('&overdue=true');
        expect(overdue.length).toBeGreaterThan(0);
        expect(overdue.every((item) => item.overdue && item.status !== 'completed' && item.deadline < addDays(today, 7))).toBe(true);
        expect(overdue.map((item) => item.personPseudonym)).toContain(emil);
      } finally {
        cases.clock.set(TEST_NOW);
      }
      const logged = await query<{ count: number }>("SELECT count(*)::int AS count FROM access_log WHERE person_pseudonym = $1 AND action = 'interventions'", [emil]);
      expect(logged[0].count).toBeGreaterThan(0);
      expect(await call('GET', '/interventions?purpose=case-follow-up&overdue=maybe', consultant)).toEqual(refusedAs(400, INTERVENTION_REFUSALS.overdue));
      expect(await call('GET', '/interventions?purpose=case-follow-up&status=done', consultant)).toEqual(refusedAs(400, INTERVENTION_REFUSALS.listStatus));
      expect((await call('GET', '/interventions', consultant)).status).toBe(400);
      expect((await call('GET', '/interventions?purpose=case-follow-up', police)).status).toBe(200);
    });
  });

  describe('reopening a closed case', () => {
    it('reopens by decision with a reason: back under review, on the next agenda with the reason, told on the case topic; a second reopening is refused (409, Danish)', async () => {
      const bella = who['Bella Bech'];
      expect(await caseStateOf(bella)).toBe('closed');
      const reopened = await call<Record<string, unknown>>('POST', `/persons/${bella}/case/reopen`, consultant, { reason: 'new-information', note: REOPEN_NOTE });
      expect(reopened).toEqual({
        status: 201,
        body: {
          id: expect.any(String),
          caseId: expect.any(String),
          personPseudonym: bella,
          caseState: 'under-review',
          caseStateText: 'til behandling',
          reason: 'new-information',
          reasonText: 'nye oplysninger fra en samarbejdspartner',
          note: REOPEN_NOTE,
          reopenedBy: 'konsulent-1',
          reopenedAt: expect.any(String),
        },
      });
      expect(await caseStateOf(bella)).toBe('under-review');
      const item = (await agendaFrom(today)).items.find((candidate) => candidate.personPseudonym === bella);
      expect(item?.reasons).toEqual([{ code: 'case-reopened', weight: 2, text: expect.stringMatching(/^Sagen er genåbnet \d{4}-\d{2}-\d{2}: nye oplysninger fra en samarbejdspartner$/) }]);
      const opened = payloads(await allEventsOn(Topics.caseOpened)).filter((event) => event.personPseudonym === bella);
      expect(opened.map((event) => [event.caseId, event.reopened])).toEqual([
        [reopened.body.caseId, false],
        [reopened.body.caseId, true],
      ]);
      const again = await call<ErrorBody>('POST', `/persons/${bella}/case/reopen`, consultant, { reason: 'concern-persists' });
      expect([again.status, again.body.message]).toEqual([409, 'Sagen har status »til behandling«, så »genåbnet efter beslutning« er ikke tilladt. Tilladt er: »beslutning om ingen indsats«, »beslutning om indsats«, »sagen lukkes«, »ny hændelse«.']);
    });

    it.each([
      ['an unknown reason', { reason: 'new-incident' }, REOPEN_REFUSALS.reason],
      ['no reason', {}, REOPEN_REFUSALS.reason],
      ['a note over 1,000 characters', { reason: 'concern-persists', note: 'x'.repeat(1_001) }, REOPEN_REFUSALS.note],
    ])('refuses %s (400, a code and a Danish message) and leaves the case as it is', async (_case, body, refusal) => {
      const response = await call<Record<string, unknown>>('POST', `/persons/${who['Anton Aagaard']}/case/reopen`, consultant, body);
      expect(response).toEqual({ status: 400, body: { statusCode: 400, error: 'Bad Request', ...refusal } });
      expect(await caseStateOf(who['Anton Aagaard'])).toBe('closed');
    });

    it('refuses to reopen for a person it does not know (404, person-not-found)', async () => {
      expect(await call('POST', `/persons/${'0'.repeat(64)}/case/reopen`, consultant, { reason: 'concern-persists' })).toEqual(refusedAs(404, PERSON_REFUSALS.notFound));
    });
  });

  describe('events', () => {
    it('tells of every incident, decision, intervention, closed and reopened case by pseudonym, without names, CPR numbers or free text', async () => {
      // The incidents too: the offence text and place travel sealed.
      const topics = [Topics.personReviewed, Topics.interventionAssigned, Topics.interventionCompleted, Topics.interventionOverdue, Topics.caseClosed, Topics.caseOpened, Topics.incidentRecorded];
      const seen = new Map<TopicDefinition, SeenMessage[]>(await Promise.all(topics.map(async (topic) => [topic, await allEventsOn(topic)] as const)));
      const reviewed = payloads(seen.get(Topics.personReviewed)!);
      expect(reviewed.map((event) => [event.personPseudonym, event.decision, event.caseState, event.referralBody]).sort()).toEqual(
        [
          [who['Bella Bech'], 'no-action', 'closed', undefined],
          [who['Anton Aagaard'], 'concern-conversation', 'action-agreed', undefined],
          [who['Dina Dahl'], 'notify-family-department', 'action-agreed', undefined],
          [who['Emil Eriksen'], 'referral', 'action-agreed', 'ssp-u'],
          [who['Frida Friis'], 'follow-up-next-meeting', 'under-review', undefined],
        ].sort(),
      );
      expect(payloads(seen.get(Topics.caseClosed)!).map((event) => [event.personPseudonym, event.reason]).sort()).toEqual(
        [
          [who['Bella Bech'], 'decision-no-action'],
          [who['Anton Aagaard'], 'all-interventions-completed'],
        ].sort(),
      );
      expect(seen.get(Topics.interventionAssigned)).toHaveLength(4);
      expect(seen.get(Topics.interventionCompleted)).toHaveLength(2);
      const everything = [...seen.values()].flat();
      for (const message of everything) {
        expect(message.key).toMatch(/^[0-9a-f]{64}$/);
        for (const secret of [...NAMES, ...CPRS, NOTE_TEXT, NOTE_NECESSITY, TITLE, OUTCOME, REOPEN_NOTE, 'Ingen bekymring', 'Kulturhuset']) expect(message.value).not.toContain(secret);
      }
    });
  });

  describe('erasure', () => {
    type Retention = { state: string; stateText: string; lastIncidentDate: string; erasableFrom: string | null; openInterventions: number; erases: string[]; keeps: string[] };
    const retentionOf = (pseudonym: string) => call<Retention>('GET', `/persons/${pseudonym}/retention?purpose=data-subject-request`, consultant);

    it('tells what the erasure will take of a person and from which day, what stays, and what holds it back, each read logged', async () => {
      const bella = who['Bella Bech'];
      const preview = await retentionOf(bella);
      expect(preview).toMatchObject({ status: 200, body: { state: 'kept-until', lastIncidentDate: '2026-11-03', erasableFrom: '2028-11-04', openInterventions: 0 } });
      expect(preview.body.stateText).toMatch(/^Slettes ved den daglige sletning/);
      expect(preview.body.erases).toContain('navn, CPR-nummer, fødselsdato og skole (identiteten)');
      expect(preview.body.keeps.length).toBeGreaterThan(0);
      const emil = (await retentionOf(who['Emil Eriksen'])).body;
      expect([emil.state, emil.openInterventions > 0]).toEqual(['held-by-intervention', true]);
      expect(await retentionOf('0'.repeat(64))).toEqual(refusedAs(404, PERSON_REFUSALS.notFound));
      expect((await call('GET', `/persons/${bella}/retention`, consultant)).status).toBe(400);
      const logged = await query<{ count: number }>("SELECT count(*)::int AS count FROM access_log WHERE person_pseudonym = $1 AND action = 'retention'", [bella]);
      expect(logged[0].count).toBe(1);
    });

    it("deletes the free text of an erased person's notes, decisions and incidents, keeping body, legal basis and category", async () => {
      const anton = who['Anton Aagaard'];
      const bella = who['Bella Bech'];
      // The day the preview names is the first the daily erasure takes the person.
      const retention = cases.app.get(RetentionService);
      const bellaFrom = (await retentionOf(bella)).body.erasableFrom!;
      const dayBefore = await retention.eraseExpired(new Date(`${addDays(bellaFrom, -1)}T12:00:00Z`));
      expect(dayBefore).not.toContain(bella);
      const onTheDay = await retention.eraseExpired(new Date(`${bellaFrom}T12:00:00Z`));
      expect(onTheDay).toContain(bella);
      const erased = [...dayBefore, ...onTheDay, ...(await retention.eraseExpired(new Date('2029-01-01T00:00:00Z')))];
      expect(erased).toEqual(expect.arrayContaining([anton, bella]));
      expect((await retentionOf(anton)).body).toMatchObject({ state: 'erased', erasableFrom: null });
      const notes = await call<{ items: Note[] }>('GET', `/persons/${anton}/notes?purpose=data-subject-request`, consultant);
      expect(notes.body.items.map((note) => [note.body, note.legalBasis, note.necessity, note.text])).toEqual([['familieafdelingen', 'SSP', null, null]]);
      expect((await call<Note[]>('GET', '/notes/search?q=skolefravær', family)).body).toEqual([]);
      expect(await query('SELECT note FROM person_decision WHERE person_pseudonym = ANY($1) AND note IS NOT NULL', [erased])).toEqual([]);
      expect(await query('SELECT 1 FROM intervention WHERE person_pseudonym = $1 AND (outcome IS NOT NULL OR title <> $2 OR responsible <> $2)', [anton, '(slettet)'])).toEqual([]);
      expect(await query('SELECT offence_text, incident_location, offence_category FROM person_incident WHERE person_pseudonym = $1', [anton])).toEqual([{ offence_text: null, incident_location: null, offence_category: 'violence' }]);
      expect(await call('POST', `/persons/${anton}/notes`, family, { body: 'familieafdelingen', legalBasis: 'SSP', necessity: NOTE_NECESSITY, text: NOTE_TEXT })).toEqual(refusedAs(404, PERSON_REFUSALS.notFound));
    });
  });
});
