import { Topics } from '@ssp/contracts';
import { type Refusal, Role } from '@ssp/platform';
import { addDays } from '@ssp/platform/time';
import {
  holdInRegistryCopy,
  KafkaProbe,
  newTopicNamespace,
  policeListCsv,
  readPdf,
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
import { ERASURE_REFUSALS } from '../apps/case-coordination/src/erasure/erasure-request.dto';
import { erasureItems } from '../apps/case-coordination/src/erasure/person-erasure';
import { PERSON_REFUSALS } from '../apps/case-coordination/src/persons/person-refusals';
import { EXTRACT_HEADINGS } from '../apps/case-coordination/src/register-extract/register-extract-document';
import type { RegisterExtractDto } from '../apps/case-coordination/src/register-extract/register-extract.dto';
import type { ErasureReceiptDto } from '../apps/case-coordination/src/erasure/erasure-request.dto';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';

/*
 * A person's own requests (issue 21), across the ingestion, case coordination and the broker:
 * the register extract (GDPR art. 15) as JSON and as a PDF holds everything case coordination
 * registers about the child and is access-logged; erasure on a documented request (art. 17)
 * erases everywhere the identity is held (case coordination, the ingestion's vault, a
 * tombstone on the identity topic) and leaves a receipt; the same request again, an open
 * intervention, a bad request and a caller who may not are refused in Danish with codes.
 */
const HEADER = ['Journalnr', 'Gerningsdato', 'Forhold', 'Rolle', 'CPR-nummer', 'Navn', 'Postnr', 'Gerningssted', 'Skole'];
const PLACE = 'Bag Kulturhuset, Rådhustorvet';
const row = (journal: string, date: string, offence: string, cpr: string, name: string) => ({
  Journalnr: journal,
  Gerningsdato: date,
  Forhold: offence,
  Rolle: 'mistænkt',
  'CPR-nummer': cpr,
  Navn: name,
  Postnr: '8900',
  Gerningssted: PLACE,
  Skole: 'Vestervangskolen',
});
const LIST = [row('R-1', '02-11-2026', 'Strfl. § 244 vold', '150512-4201', 'Anton Aagaard'), row('R-2', '03-11-2026', 'Butikstyveri', '010310-4202', 'Bella Bech')];
const NOTE_TEXT = 'Langvarigt skolefravær siden efteråret.';
const NOTE_NECESSITY = 'Nødvendigt for en samlet forebyggende indsats.';
const DECISION_NOTE = 'Drøftet med skolen; familien kender bekymringen.';
const TITLE = 'Samtale med drengen og forældrene';
/** The interventions' responsible: a member of the Monday group in case coordination's copy of the registry. */
const RESPONSIBLE = 'karen-konsulent';
const OUTCOME = 'Samtalen holdt; aftale om fremmøde.';
const REOPEN_NOTE = 'Skolen ringede igen om fraværet.';
const REQUEST = { requestReference: '27.24.00-G01-12-26', receivedOn: addDays(TEST_TODAY, -3), grounds: 'gdpr-17-1-a', note: 'Modtaget pr. brev fra forælder; kvittering sendt med e-Boks.' };
/** The free text about the child; the responsible's sign-in subject is the municipality's employee and stays (the case's course). */
const FREE_TEXTS = [NOTE_TEXT, NOTE_NECESSITY, DECISION_NOTE, TITLE, OUTCOME, REOPEN_NOTE, PLACE, 'Strfl. § 244', 'Vestervangskolen'];

interface Response<T> {
  status: number;
  body: T;
}
const refusedAs = (status: number, refusal: Refusal, details: object = {}) => ({ status, body: { statusCode: status, error: STATUS_CODES[status], ...refusal, ...details } });

describe("a person's own requests: the register extract and erasure on request", () => {
  const namespace = newTopicNamespace();
  const probe = new KafkaProbe();
  let environments: ServiceTestEnvironment[] = [];
  let ingestion: RunningService;
  let cases: RunningService;
  let consultant: string;
  let family: string;
  let secretariat: string;
  let anton: string;
  let bella: string;
  let receipt: ErasureReceiptDto;

  async function call<T>(method: string, route: string, token: string, body?: unknown): Promise<Response<T>> {
    const response = await fetch(`${cases.url}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }
  /** Expects the call to succeed with `status`, and returns its body. */
  async function made<T>(status: number, method: string, route: string, token: string, body?: unknown): Promise<T> {
    const response = await call<T>(method, route, token, body);
    expect([route, response.status]).toEqual([route, status]);
    return response.body;
  }
  const query = async <T>(service: RunningService, sql: string, parameters: unknown[] = []): Promise<T[]> => (await service.dataSource.query(sql, parameters)) as T[];
  const extractOf = (pseudonym: string) => call<RegisterExtractDto>('GET', `/persons/${pseudonym}/register-extract`, secretariat);
  const pdfOf = async (pseudonym: string) => {
    const response = await fetch(`${cases.url}/persons/${pseudonym}/register-extract.pdf`, { headers: { authorization: `Bearer ${secretariat}` } });
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const { text, pages } = await readPdf(Buffer.from(await response.arrayBuffer()));
    // A line the PDF wraps reads as two; the words are what count.
    return { text: text.replace(/\s+/g, ' '), pages };
  };
  const erase = (pseudonym: string, body: object, token = secretariat) => call<ErasureReceiptDto>('POST', `/persons/${pseudonym}/erasure-requests`, token, body);

  beforeAll(async () => {
    environments = await Promise.all([serviceTestEnvironment('police-list-ingestion', namespace), serviceTestEnvironment('case-coordination', namespace)]);
    ingestion = await startTestService(INGESTION, environments[0].env);
    cases = await startTestService(CASE_COORDINATION, { ...environments[1].env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' });
    consultant = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'], subject: 'konsulent-1' });
    await holdInRegistryCopy(cases.dataSource, RESPONSIBLE, ['mandagsgruppen']);
    family = await testToken({ roles: [Role.familyDepartment], groups: ['mandagsgruppen'], subject: 'familie-1', name: 'Fie Familie' });
    secretariat = await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'], subject: 'sekretariat-1' });
    expect((await uploadPoliceList(ingestion.url, secretariat, policeListCsv(HEADER, LIST), 'uge46.csv')).body).toMatchObject({ accepted: LIST.length });
    await waitFor(
      'case coordination to hold every incident and identity',
      async () => (await query<{ count: number }>(cases, 'SELECT count(*)::int + (SELECT count(*) FROM person_identity)::int AS count FROM person_incident'))[0].count,
      (total) => total === 2 * LIST.length,
    );
    const agenda = await made<{ items: { personPseudonym: string; person: { name: string } }[] }>(200, 'GET', `/meetings/next/agenda?from=${TEST_TODAY}`, consultant);
    const who = (name: string) => agenda.items.find((item) => item.person.name === name)!.personPseudonym;
    [anton, bella] = [who('Anton Aagaard'), who('Bella Bech')];

    // Anton's whole course: a note, a notification answered by the family department, an intervention completed (the case closes), the case reopened.
    await made(201, 'POST', `/persons/${anton}/notes`, family, { body: 'familieafdelingen', legalBasis: 'SSP', necessity: NOTE_NECESSITY, text: NOTE_TEXT });
    const decision = await made<{ id: string }>(201, 'POST', `/persons/${anton}/decisions`, consultant, { kind: 'notify-family-department', note: DECISION_NOTE });
    await made(201, 'POST', `/persons/${anton}/decisions/${decision.id}/assessment`, family, { conclusion: 'no-acute-support-needed' });
    const intervention = await made<{ id: string }>(201, 'POST', `/persons/${anton}/interventions`, consultant, { title: TITLE, ownerBody: 'mandagsgruppen', ownerSubject: RESPONSIBLE, deadline: addDays(TEST_TODAY, 7) });
    expect(await made(200, 'PATCH', `/interventions/${intervention.id}`, consultant, { status: 'completed', outcome: OUTCOME })).toMatchObject({ caseState: 'closed' });
    await made(201, 'POST', `/persons/${anton}/case/reopen`, consultant, { reason: 'concern-persists', note: REOPEN_NOTE });
    await made(200, 'GET', `/persons/${anton}?purpose=case-follow-up`, consultant);
    // Bella has an intervention still running.
    await made(201, 'POST', `/persons/${bella}/decisions`, consultant, { kind: 'concern-conversation' });
    await made(201, 'POST', `/persons/${bella}/interventions`, consultant, { title: TITLE, ownerBody: 'mandagsgruppen', ownerSubject: RESPONSIBLE, deadline: addDays(TEST_TODAY, 7) });
  });

  afterAll(async () => {
    await cases?.close();
    await ingestion?.close();
    await Promise.all(environments.map((environment) => environment.database.drop()));
  });

  describe('the register extract (GDPR art. 15)', () => {
    it('holds everything case coordination registers about the person, and who read it, and logs the read with its purpose', async () => {
      const { status, body } = await extractOf(anton);
      expect(status).toBe(200);
      expect(body).toMatchObject({ personPseudonym: anton, erasedAt: null, identity: { name: 'Anton Aagaard', cpr: '1505124201' }, identityError: null });
      expect(body.incidents).toEqual({ items: [expect.objectContaining({ journalNumber: 'R-1', offenceText: 'Strfl. § 244 vold', incidentLocation: PLACE, school: 'Vestervangskolen', roleText: 'mistænkt' })], cut: false });
      expect(body.notes.items.map((note) => [note.text, note.necessity, note.authorName])).toEqual([[NOTE_TEXT, NOTE_NECESSITY, 'Fie Familie']]);
      expect(body.decisions.items.map((item) => [item.kind, item.note, item.familyDepartmentAssessment?.conclusion, item.familyDepartmentAssessment?.answeredBy])).toEqual([
        ['notify-family-department', DECISION_NOTE, 'no-acute-support-needed', 'familie-1'],
      ]);
      expect(body.interventions.items.map((item) => [item.title, item.ownerSubject, item.status, item.outcome])).toEqual([[TITLE, RESPONSIBLE, 'completed', OUTCOME]]);
      expect(body.reopenings.items.map((item) => [item.reason, item.reasonText, item.note])).toEqual([['concern-persists', 'bekymringen består', REOPEN_NOTE]]);
      expect(body.cases.items.map((item) => item.state)).toEqual(['under-review']);
      expect(body.accessLog.items.map((entry) => [entry.actor, entry.action, entry.purpose, entry.purposeText])).toContainEqual(['konsulent-1', 'person', 'case-follow-up', 'opfølgning på sagen']);
      const logged = await query(cases, "SELECT actor, purpose FROM access_log WHERE person_pseudonym = $1 AND action = 'register-extract'", [anton]);
      expect(logged).toEqual([{ actor: 'sekretariat-1', purpose: 'data-subject-request' }]);
    });

    it('prints the same as an A4 PDF in Danish, on one page for a person with a short history, and logs that read too', async () => {
      const { text, pages } = await pdfOf(anton);
      for (const expected of ['Anton Aagaard', '1505124201', 'Strfl. § 244 vold', PLACE, NOTE_TEXT, DECISION_NOTE, 'Barnet har ikke behov for akut støtte', TITLE, OUTCOME, REOPEN_NOTE, ...Object.values(EXTRACT_HEADINGS)]) {
        expect(text).toContain(expected);
      }
      expect(pages).toBe(1);
      const logged = await query(cases, "SELECT purpose FROM access_log WHERE person_pseudonym = $1 AND action = 'register-extract.pdf'", [anton]);
      expect(logged).toEqual([{ purpose: 'data-subject-request' }]);
    });

    it('refuses an unknown person (404) and every role but the secretariat (403)', async () => {
      expect(await extractOf('0'.repeat(64))).toEqual(refusedAs(404, PERSON_REFUSALS.notFound));
      expect(await call('GET', `/persons/${anton}/register-extract`, consultant)).toMatchObject({ status: 403 });
      expect((await fetch(`${cases.url}/persons/${anton}/register-extract.pdf`, { headers: { authorization: `Bearer ${family}` } })).status).toBe(403);
    });
  });

  describe('erasure on a documented request (GDPR art. 17)', () => {
    it.each([
      ['without a reference', { ...REQUEST, requestReference: undefined }, ERASURE_REFUSALS.reference],
      ['with a reference that is free text', { ...REQUEST, requestReference: 'Brev fra mor' }, ERASURE_REFUSALS.reference],
      ['received on no day', { ...REQUEST, receivedOn: '2026-13-01' }, ERASURE_REFUSALS.receivedOn],
      ['received tomorrow', { ...REQUEST, receivedOn: addDays(TEST_TODAY, 1) }, ERASURE_REFUSALS.receivedInFuture],
      ['on grounds not in article 17', { ...REQUEST, grounds: 'gdpr-17-1-b' }, ERASURE_REFUSALS.grounds],
      ['with a note naming the child', { ...REQUEST, note: 'Anton skrev selv.' }, ERASURE_REFUSALS.noteNamesPerson],
      ['with a note holding a CPR number', { ...REQUEST, note: 'Vedr. 150512-4201' }, ERASURE_REFUSALS.noteNamesPerson],
    ])('refuses a request %s (400, a code and a Danish message), erasing nothing', async (_case, body, refusal) => {
      expect(await erase(anton, body)).toEqual(refusedAs(400, refusal));
      expect(await query(cases, 'SELECT 1 FROM person_identity WHERE person_pseudonym = $1', [anton])).toHaveLength(1);
    });

    it('refuses an unknown person (404), a person with an open intervention (409) and every role but the secretariat (403)', async () => {
      expect(await erase('0'.repeat(64), REQUEST)).toEqual(refusedAs(404, PERSON_REFUSALS.notFound));
      expect(await erase(bella, REQUEST)).toEqual(refusedAs(409, ERASURE_REFUSALS.openIntervention));
      for (const token of [consultant, family]) expect((await erase(anton, REQUEST, token)).status).toBe(403);
      expect(await query(cases, 'SELECT 1 FROM person_identity WHERE person_pseudonym = ANY($1)', [[anton, bella]])).toHaveLength(2);
    });

    it('erases the person at once and returns a receipt with no personal data, saying what went and what stayed', async () => {
      // Incidents of Anton's and Bella's the consumer could not handle, waiting as dead letters with their messages.
      for (const [offset, pseudonym] of [anton, bella].entries()) {
        await query(
          cases,
          `INSERT INTO dead_letter (id, consumer_group, topic, original_partition, original_offset, reason, first_failed_at, failed_at, message_key, message_value)
           VALUES (gen_random_uuid(), 'case-coordination', $1, 0, $2, 'failed after 5 attempts', now(), now(), $3, $4)`,
          [Topics.incidentRecorded.name, 900 + offset, pseudonym, Buffer.from(`{"payload":{"personPseudonym":"${pseudonym}"}}`)],
        );
      }
      const answer = await erase(anton, REQUEST);
      expect(answer.status).toBe(201);
      receipt = answer.body;
      expect(receipt).toMatchObject({ personPseudonym: anton, erasedPseudonyms: [anton], ...REQUEST, handledBy: 'sekretariat-1', ...erasureItems() });
      expect(receipt.groundsText).toMatch(/^Databeskyttelsesforordningens art\. 17, stk\. 1, litra a/);
      expect(receipt.summary).toContain('navn, CPR-nummer, fødselsdato og skole (identiteten)');
      const stored = JSON.stringify(await query(cases, 'SELECT * FROM erasure_receipt'));
      for (const secret of ['Anton', 'Aagaard', '150512', ...FREE_TEXTS]) expect(stored).not.toContain(secret);
      expect(await made(200, 'GET', `/erasure-receipts/${receipt.id}`, secretariat)).toEqual(receipt);
    });

    it("takes case coordination's identity and free text, keeping the pseudonymous counts", async () => {
      expect(await query(cases, 'SELECT 1 FROM person_identity WHERE person_pseudonym = $1 UNION ALL SELECT 1 FROM review_flag WHERE person_pseudonym = $1', [anton])).toEqual([]);
      expect(await query(cases, 'SELECT text, necessity, body, legal_basis FROM person_note WHERE person_pseudonym = $1', [anton])).toEqual([{ text: null, necessity: null, body: 'familieafdelingen', legal_basis: 'SSP' }]);
      expect(await query(cases, 'SELECT note, kind, assessment_conclusion FROM person_decision WHERE person_pseudonym = $1', [anton])).toEqual([
        { note: null, kind: 'notify-family-department', assessment_conclusion: 'no-acute-support-needed' },
      ]);
      expect(await query(cases, 'SELECT title, responsible, owner_subject, outcome, status FROM intervention WHERE person_pseudonym = $1', [anton])).toEqual([{ title: '(slettet)', responsible: null, owner_subject: RESPONSIBLE, outcome: null, status: 'completed' }]);
      expect(await query(cases, 'SELECT note, reason FROM case_reopening WHERE person_pseudonym = $1', [anton])).toEqual([{ note: null, reason: 'concern-persists' }]);
      expect(await query(cases, 'SELECT offence_text, incident_location, school, offence_category FROM person_incident WHERE person_pseudonym = $1', [anton])).toEqual([
        { offence_text: null, incident_location: null, school: null, offence_category: 'violence' },
      ]);
      // Bella, refused, keeps everything.
      expect(await query(cases, 'SELECT 1 FROM person_identity WHERE person_pseudonym = $1', [bella])).toHaveLength(1);
    });

    it("removes the message of the person's waiting dead letters in the erasure, so none can be sent back; another person's stays", async () => {
      const letters = await query<{ message_key: string | null; message_value: Buffer | null; content_removed_reason: string | null; id: string }>(
        cases,
        'SELECT id, message_key, message_value, content_removed_reason FROM dead_letter WHERE settled_at IS NULL ORDER BY original_offset',
      );
      expect(letters.map(({ message_key, content_removed_reason }) => [message_key, content_removed_reason])).toEqual([[null, 'erasure'], [bella, null]]);
      expect(letters[0]!.message_value).toBeNull();
      const operator = await testToken({ roles: [Role.operator], subject: 'drift-1' });
      expect(await call('POST', `/operations/dead-letters/${letters[0]!.id}/resend`, operator)).toMatchObject({ status: 409, body: { code: 'dead-letter-content-removed' } });
    });

    it("takes the ingestion's vault row and leaves a tombstone for the pseudonym on the identity topic; the topics carry no text of the request", async () => {
      await waitFor('the ingestion vault to forget the person', async () => (await query(ingestion, 'SELECT 1 FROM person_identity WHERE person_pseudonym = $1', [anton])).length, (left) => left === 0);
      expect(await query(ingestion, 'SELECT 1 FROM person_identity WHERE person_pseudonym = $1', [bella])).toHaveLength(1);
      const identities = await probe.readUntil(`${namespace}${Topics.personIdentity.name}`, (seen) => seen.some((message) => message.key === anton && message.value === null));
      expect(identities.filter((message) => message.key === anton).at(-1)?.value).toBeNull();
      const erased = await probe.readUntil(`${namespace}${Topics.personErased.name}`, (seen) => seen.length > 0);
      expect(erased.map((message) => [message.key, (JSON.parse(message.value!) as { payload: object }).payload])).toEqual([[anton, { personPseudonym: anton, reason: 'request', erasedAt: receipt.erasedAt }]]);
      for (const message of erased) for (const text of [REQUEST.requestReference, REQUEST.note]) expect(message.value).not.toContain(text);
    });

    it('refuses the same request again (409) with the receipt of the first', async () => {
      expect(await erase(anton, REQUEST)).toEqual(refusedAs(409, ERASURE_REFUSALS.alreadyErased, { earlierReceiptId: receipt.id }));
      expect(await query(cases, 'SELECT count(*)::int AS count FROM erasure_receipt')).toEqual([{ count: 1 }]);
    });

    it('still answers the register extract of the erased person: what stays, without identity or free text', async () => {
      const { body } = await extractOf(anton);
      expect(body).toMatchObject({ erasedAt: receipt.erasedAt, identity: null });
      expect(body.notes.items.map((note) => note.text)).toEqual([null]);
      const { text } = await pdfOf(anton);
      expect(text).toContain(`Identiteten er slettet ${receipt.erasedAt.slice(0, 10)}.`);
      for (const secret of ['Anton', '150512', ...FREE_TEXTS]) expect(text).not.toContain(secret);
    });

    it('refuses a receipt id that is none (400) and one that does not exist (404)', async () => {
      expect(await call('GET', '/erasure-receipts/nej', secretariat)).toEqual(refusedAs(400, ERASURE_REFUSALS.receiptId));
      expect(await call('GET', `/erasure-receipts/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`, secretariat)).toEqual(refusedAs(404, ERASURE_REFUSALS.receiptNotFound));
      expect((await call('GET', `/erasure-receipts/${receipt.id}`, consultant)).status).toBe(403);
    });
  });
});
