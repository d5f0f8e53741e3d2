import { Role } from '@ssp/platform';
import {
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
  holdInRegistryCopy,
} from '@ssp/testing';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';

/*
 * Issue 19, "Case lifecycle": a merge dropped the kept person's reason to follow up and the
 * earlier decision. Here one girl is on the police lists twice: with her CPR number (kept)
 * and without it (merged, a weak pseudonym). Each has a history with the Monday group. After
 * the merge the kept person carries both: reasons and flag, decisions, notes, interventions
 * and new incidents, and an incident that still comes under the old pseudonym flags the kept
 * person. The unmerge gives each back what was theirs.
 *
 * Negative control: with the merge as it was (the merged person's flag deleted, reads of the
 * kept person's pseudonym only) the expectations after the merge fail: the kept person's
 * reasons lack the merged person's, and J-3, the intervention and the decision are not shown.
 * Leave out refreshInterventionDue in InterventionsService: the last test fails, the flag
 * escalating the person without an open intervention or not escalating them with one.
 */
const HEADER = ['Journalnr', 'Gerningsdato', 'Forhold', 'Rolle', 'CPR-nummer', 'Fødselsdato', 'Navn', 'Postnr'];
const NAME = 'Ida Isaksen';
const withCpr = (journal: string, date: string, role: string) => ({ Journalnr: journal, Gerningsdato: date, Forhold: 'Butikstyveri', Rolle: role, 'CPR-nummer': '040410-4008', Fødselsdato: '', Navn: NAME, Postnr: '8900' });
const withoutCpr = (journal: string, date: string, role: string) => ({ ...withCpr(journal, date, role), 'CPR-nummer': '', Fødselsdato: '04-04-2010' });
const NOTE = { body: 'familieafdelingen', legalBasis: 'SSP', necessity: 'Familieafdelingen kender familien', text: 'Familien har fået tilbud om støtte.' };
/** Its owner sits in the family department by case coordination's copy of the registry (beforeAll). */
const OWNER = 'sagsbehandler-familieafdelingen';
const INTERVENTION = { title: 'Samtale med Ida og forældrene', ownerBody: 'familieafdelingen', ownerSubject: OWNER, deadline: '2099-06-30' };

interface AgendaItem {
  personPseudonym: string;
  reasons: { code: string }[];
  newIncidents: { journalNumber: string }[];
  interventions: { id: string }[];
}

describe('merging two records of one child, and taking the merge back', () => {
  const namespace = newTopicNamespace();
  let environments: ServiceTestEnvironment[] = [];
  let ingestion: RunningService;
  let cases: RunningService;
  let consultant: string;
  let secretariat: string;
  let kept: string;
  let merged: string;
  let interventionId: string;
  let lists = 0;

  const call = async <T>(method: string, route: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${cases.url}${route}`, {
      method,
      headers: { authorization: `Bearer ${consultant}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (response.status === 204 ? undefined : await response.json()) as T };
  };
  const incidents = async () => Number(((await cases.dataSource.query('SELECT count(*) AS n FROM person_incident')) as { n: string }[])[0].n);
  /** A police list through ingestion, until case coordination holds its incidents. */
  const upload = async (rows: ReturnType<typeof withCpr>[]) => {
    const before = await incidents();
    expect((await uploadPoliceList(ingestion.url, secretariat, policeListCsv(HEADER, rows), `liste-${++lists}.csv`)).body).toMatchObject({ accepted: rows.length });
    await waitFor('case coordination to hold the new incidents', incidents, (count) => count === before + rows.length);
  };
  const agenda = async () => (await call<{ items: AgendaItem[] }>('GET', `/meetings/next/agenda?from=${TEST_TODAY}`)).body.items;
  const itemOf = async (pseudonym: string) => (await agenda()).find((item) => item.personPseudonym === pseudonym);
  /**
   * Who is on the agenda for an overdue intervention (each person once): the merged person's
   * intervention (deadline 2099-06-30) is overdue at the first meeting after it. The flag keeps
   * the earliest deadline of the interventions counting for its person (ReviewFlagRepository.
   * refreshInterventionDue), so the merge and the unmerge move it.
   */
  const escalated = async () => {
    const { status, body } = await call<{ items: AgendaItem[] }>('GET', '/meetings/next/agenda?from=2099-07-01');
    expect(status).toBe(200);
    const persons = body.items.map((item) => item.personPseudonym);
    expect(new Set(persons).size).toBe(persons.length);
    return body.items.filter((item) => item.reasons.some((reason) => reason.code === 'overdue-intervention')).map((item) => item.personPseudonym);
  };
  const codes = (item: AgendaItem | undefined) => item?.reasons.map((reason) => reason.code).sort();
  const decisionKinds = async (pseudonym: string) => (await call<{ items: { kind: string }[] }>('GET', `/persons/${pseudonym}/decisions?purpose=case-follow-up`)).body.items.map((decision) => decision.kind);
  const noteTexts = async (pseudonym: string) => (await call<{ items: { text: string }[] }>('GET', `/persons/${pseudonym}/notes?purpose=case-follow-up`)).body.items.map((note) => note.text);

  beforeAll(async () => {
    environments = await Promise.all([serviceTestEnvironment('police-list-ingestion', namespace), serviceTestEnvironment('case-coordination', namespace)]);
    ingestion = await startTestService(INGESTION, environments[0].env);
    cases = await startTestService(CASE_COORDINATION, { ...environments[1].env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' });
    consultant = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'], subject: 'konsulent-1' });
    secretariat = await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'] });
    await holdInRegistryCopy(cases.dataSource, OWNER, ['familieafdelingen']);
    await upload([withCpr('J-1', '02-11-2026', 'sigtet'), withoutCpr('J-2', '03-11-2026', 'sigtet')]);
    const items = await agenda();
    expect(items).toHaveLength(2);
    const strength = async (pseudonym: string) => (await call<{ pseudonymStrength: string }>('GET', `/persons/${pseudonym}?purpose=case-follow-up`)).body.pseudonymStrength;
    for (const item of items) {
      if ((await strength(item.personPseudonym)) === 'strong') kept = item.personPseudonym;
      else merged = item.personPseudonym;
    }
    // The kept person: to be followed up at the next meeting. The merged one: an agreed
    // intervention and a note, then a new incident while it runs.
    expect((await call('POST', `/persons/${kept}/decisions`, { kind: 'follow-up-next-meeting' })).status).toBe(201);
    expect((await call('POST', `/persons/${merged}/decisions`, { kind: 'concern-conversation' })).status).toBe(201);
    interventionId = (await call<{ id: string }>('POST', `/persons/${merged}/interventions`, INTERVENTION)).body.id;
    expect((await call('POST', `/persons/${merged}/notes`, NOTE)).status).toBe(201);
    await upload([withoutCpr('J-3', '10-11-2026', 'forurettet')]);
  });

  afterAll(async () => {
    await cases?.close();
    await ingestion?.close();
    await Promise.all(environments.map((environment) => environment.database.drop()));
  });

  it('has two records of the girl, each with its own history, before the merge', async () => {
    expect(codes(await itemOf(kept))).toEqual(['follow-up-next-meeting', 'suspect-or-charged']);
    expect(codes(await itemOf(merged))).toEqual(['new-incident-during-intervention', 'repeat-within-90-days', 'victim']);
    expect(await decisionKinds(kept)).toEqual(['follow-up-next-meeting']);
    expect(await decisionKinds(merged)).toEqual(['concern-conversation']);
    expect(await escalated()).toEqual([merged]);
  });

  it('carries reasons, flag, decisions, notes, interventions and new incidents to the kept person', async () => {
    expect((await call('POST', `/persons/${merged}/merge`, { into: kept })).status).toBe(204);
    const item = await itemOf(kept);
    // The follow-up stays; the rules' reasons are those of the incidents not yet reviewed, the merged person's now included.
    expect(codes(item)).toEqual(['follow-up-next-meeting', 'new-incident-during-intervention', 'repeat-within-90-days', 'victim']);
    expect(item?.newIncidents.map((incident) => incident.journalNumber)).toEqual(['J-3']);
    expect(item?.interventions.map((intervention) => intervention.id)).toEqual([interventionId]);
    expect(await itemOf(merged)).toBeUndefined();
    expect((await decisionKinds(kept)).sort()).toEqual(['concern-conversation', 'follow-up-next-meeting']);
    expect(await noteTexts(kept)).toEqual([NOTE.text]);
    expect(await escalated()).toEqual([kept]);
  });

  it('lets an incident that still comes under the old pseudonym flag the kept person, keeping the follow-up', async () => {
    await upload([withoutCpr('J-4', '12-11-2026', 'sigtet')]);
    const item = await itemOf(kept);
    expect(item?.newIncidents.map((incident) => incident.journalNumber)).toEqual(['J-4', 'J-3']);
    expect(codes(item)).toEqual(['follow-up-next-meeting', 'new-incident-during-intervention', 'repeat-within-90-days', 'suspect-or-charged', 'victim']);
    expect(await itemOf(merged)).toBeUndefined();
    expect(Number(((await cases.dataSource.query('SELECT count(*) AS n FROM review_flag WHERE person_pseudonym = $1', [merged])) as { n: string }[])[0].n)).toBe(0);
  });

  it('gives each back what was theirs on an unmerge before any decision', async () => {
    expect((await call('POST', `/persons/${merged}/unmerge`)).status).toBe(204);
    const [keptItem, mergedItem] = [await itemOf(kept), await itemOf(merged)];
    expect(codes(keptItem)).toEqual(['follow-up-next-meeting', 'suspect-or-charged']);
    expect(keptItem?.newIncidents).toEqual([]);
    expect(keptItem?.interventions).toEqual([]);
    // Its own flag back, and the rules run again over its incidents: J-4 came while they were one.
    expect(codes(mergedItem)).toEqual(['new-incident-during-intervention', 'repeat-within-90-days', 'suspect-or-charged', 'victim']);
    expect(mergedItem?.newIncidents.map((incident) => incident.journalNumber)).toEqual(['J-4', 'J-3']);
    expect(mergedItem?.interventions.map((intervention) => intervention.id)).toEqual([interventionId]);
    expect(await decisionKinds(kept)).toEqual(['follow-up-next-meeting']);
    expect(await noteTexts(kept)).toEqual([]);
    expect(await noteTexts(merged)).toEqual([NOTE.text]);
    expect(await escalated()).toEqual([merged]);
  });

  it('leaves the decided flag after a decision about the merged pair, and brings back no flag the decision covered', async () => {
    expect((await call('POST', `/persons/${merged}/merge`, { into: kept })).status).toBe(204);
    expect((await call('POST', `/persons/${kept}/decisions`, { kind: 'follow-up-next-meeting' })).status).toBe(201);
    expect((await call('POST', `/persons/${merged}/unmerge`)).status).toBe(204);
    const keptItem = await itemOf(kept);
    expect(keptItem?.reasons.map((reason) => reason.code)).toContain('follow-up-next-meeting');
    expect(await itemOf(merged)).toBeUndefined();
    const unreviewed = (await cases.dataSource.query('SELECT journal_number FROM person_incident WHERE person_pseudonym = $1 AND reviewed_at IS NULL', [merged])) as unknown[];
    expect(unreviewed).toEqual([]);
    // Without a flag, the intervention alone brings the merged person; completed, it does not.
    expect(await escalated()).toEqual([merged]);
    expect((await call('PATCH', `/interventions/${interventionId}`, { status: 'completed', outcome: 'Samtalen er holdt.' })).status).toBe(200);
    expect(await escalated()).toEqual([]);
  });

  it("escalates a flagged person as soon as an intervention is agreed, and no longer once it is completed, with no other change to the flag", async () => {
    expect((await call('POST', `/persons/${kept}/decisions`, { kind: 'concern-conversation' })).status).toBe(201);
    await upload([withCpr('J-5', '20-11-2026', 'sigtet')]);
    expect(await itemOf(kept)).toBeDefined();
    const dueOnFlag = async () =>
      ((await cases.dataSource.query("SELECT to_char(intervention_due, 'YYYY-MM-DD') AS due FROM review_flag WHERE person_pseudonym = $1", [kept])) as { due: string | null }[])[0]?.due;
    expect(await dueOnFlag()).toBeNull();
    const { body: agreed } = await call<{ id: string }>('POST', `/persons/${kept}/interventions`, INTERVENTION);
    expect(await escalated()).toEqual([kept]);
    expect(await dueOnFlag()).toBe(INTERVENTION.deadline);
    expect((await call('PATCH', `/interventions/${agreed.id}`, { status: 'completed', outcome: 'Samtalen er holdt.' })).status).toBe(200);
    expect(await escalated()).toEqual([]);
    // The agenda's order reads the escalation from the flag: a deadline left behind would keep the person among the escalated.
    expect(await dueOnFlag()).toBeNull();
    expect(await itemOf(kept)).toBeDefined();
  });
});
