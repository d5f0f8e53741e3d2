import { createEnvelope, ServiceName, Topics, type IncidentRecordedV1, type IncidentRecordedV2 } from '@ssp/contracts';
import { Role, type ConsumedEvent } from '@ssp/platform';
import { addDays } from '@ssp/platform/time';
import { incidentOnTopic, newTopicNamespace, serviceTestEnvironment, startTestService, TEST_TODAY, testToken, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { createHash, randomUUID } from 'node:crypto';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { INCIDENT_REVIEW_NAMES } from '../apps/case-coordination/src/domain';
import { IncidentRecordedHandler } from '../apps/case-coordination/src/persons/incident-recorded.handler';

/*
 * Issue 19, "An agenda that scales": the first load of a long history must not flood the
 * agenda. 100,000 incidents of 10,000 young persons over three years come through case
 * coordination's incident handler (the consumer's batch path, 1,000 to a transaction), with
 * AGENDA_BASELINE_DATE a month back. Only the few incidents dated after it flag anyone; the
 * history opens no case, is kept, shown as history in Danish on the person's page, and still
 * counts in the repeat window.
 *
 * Negative control: without AGENDA_BASELINE_DATE the same load flags every one of the 10,000.
 */
const PERSONS = 10_000;
const INCIDENTS_PER_PERSON = 10;
const BATCH = 1_000;
const BASELINE = addDays(TEST_TODAY, -30);
/** Persons (by index) with one more incident after the baseline: the new, which the agenda is for. */
const WITH_NEW = [17, 4_242, 9_999];

const pseudonymAt = (index: number) => createHash('sha256').update(`baseline-${index}`).digest('hex');

function incident(person: number, journal: string, incidentDate: string): ConsumedEvent<IncidentRecordedV2> {
  const payload: IncidentRecordedV1 = {
    incidentId: randomUUID(),
    listId: randomUUID(),
    personPseudonym: pseudonymAt(person),
    pseudonymStrength: 'strong',
    journalNumber: journal,
    role: 'suspect',
    incidentDate,
    offenceCategory: 'theft',
    ageAtIncident: 16,
    areaId: 'randers-c',
  };
  return {
    event: createEnvelope(Topics.incidentRecorded, incidentOnTopic(payload), { producer: ServiceName.policeListIngestion }),
    message: { topic: Topics.incidentRecorded.name, partition: 0, offset: '0', key: payload.personPseudonym },
  };
}

/** The `k`th history incident of person `p`: the first 10 days before the baseline, the others spread over the three years before. */
const historyDate = (p: number, k: number) => addDays(BASELINE, k === 0 ? -10 : -11 - ((p * 37 + k * 109) % 1_085));

describe('the agenda after a long history load with a baseline date', () => {
  let environment: ServiceTestEnvironment;
  let cases: RunningService;
  let consultant: string;

  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${cases.url}${path}`, { headers: { authorization: `Bearer ${consultant}` } });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };
  const count = async (sql: string) => Number(((await cases.dataSource.query(sql)) as { count: string }[])[0].count);

  beforeAll(async () => {
    environment = await serviceTestEnvironment('case-coordination', newTopicNamespace());
    cases = await startTestService(CASE_COORDINATION, { ...environment.env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05', AGENDA_BASELINE_DATE: BASELINE });
    consultant = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'], subject: 'konsulent-historik' });
    const handler = cases.app.get(IncidentRecordedHandler);
    const history = Array.from({ length: PERSONS * INCIDENTS_PER_PERSON }, (_, n) => {
      const [person, k] = [n % PERSONS, Math.floor(n / PERSONS)];
      return incident(person, `H-${person}-${k}`, historyDate(person, k));
    });
    for (let from = 0; from < history.length; from += BATCH) {
      await cases.dataSource.transaction((tx) => handler.handleBatch(history.slice(from, from + BATCH), tx));
    }
    // After the baseline: a new police case for each, 15 days after their newest history incident.
    const fresh = WITH_NEW.map((person) => incident(person, `N-${person}`, addDays(BASELINE, 5)));
    await cases.dataSource.transaction((tx) => handler.handleBatch(fresh, tx));
  }, 300_000);

  afterAll(async () => {
    await cases?.close();
    await environment?.database.drop();
  });

  it('keeps every incident, but the agenda holds only the persons with something after the baseline', async () => {
    expect(await count('SELECT count(*) FROM person_incident')).toBe(PERSONS * INCIDENTS_PER_PERSON + WITH_NEW.length);
    expect(await count('SELECT count(*) FROM person_incident WHERE before_baseline')).toBe(PERSONS * INCIDENTS_PER_PERSON);
    const agenda = await get<{ items: { personPseudonym: string; reasons: { code: string }[]; newIncidents: { journalNumber: string }[] }[]; next: string | null }>(
      `/meetings/next/agenda?from=${TEST_TODAY}&limit=100`,
    );
    expect(agenda.next).toBeNull();
    expect(agenda.items.map((item) => item.personPseudonym).sort()).toEqual(WITH_NEW.map(pseudonymAt).sort());
    for (const item of agenda.items) expect(item.newIncidents.map((shown) => shown.journalNumber)).toEqual([expect.stringMatching(/^N-/)]);
  });

  it('opens a case only for the persons with something new', async () => {
    expect(await count('SELECT count(*) FROM person_case')).toBe(WITH_NEW.length);
    expect(await count('SELECT count(*) FROM review_flag')).toBe(WITH_NEW.length);
  });

  it('still counts the history in the repeat window: the new case 15 days after an old one is a repeat', async () => {
    const agenda = await get<{ items: { personPseudonym: string; reasons: { code: string }[] }[] }>(`/meetings/next/agenda?from=${TEST_TODAY}`);
    for (const item of agenda.items) expect(item.reasons.map((reason) => reason.code).sort()).toEqual(['repeat-within-90-days', 'suspect-or-charged']);
  });

  it("says so on the person's page: the history is marked, in Danish and by code", async () => {
    const person = await get<{ incidents: { journalNumber: string; review: string; reviewText: string }[] }>(`/persons/${pseudonymAt(WITH_NEW[1])}?purpose=monday-group-meeting`);
    expect(person.incidents).toHaveLength(INCIDENTS_PER_PERSON + 1);
    expect(person.incidents.filter((shown) => shown.journalNumber.startsWith('H-')).map((shown) => [shown.review, shown.reviewText])).toEqual(
      Array.from({ length: INCIDENTS_PER_PERSON }, () => ['before-baseline', INCIDENT_REVIEW_NAMES['before-baseline']]),
    );
    expect(person.incidents.find((shown) => shown.journalNumber.startsWith('N-'))).toMatchObject({ review: 'new', reviewText: INCIDENT_REVIEW_NAMES.new });
  });
});
