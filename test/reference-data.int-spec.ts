import { DEFAULT_AREAS } from '@ssp/contracts';
import { Role } from '@ssp/platform';
import { addDays } from '@ssp/platform/time';
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
} from '@ssp/testing';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { APP as NETWORK_GROUPS } from '../apps/network-groups/src/app.definition';
import { weekStartOf } from '../apps/network-groups/src/area-signals/iso-week';
import { INITIATIVE_REFUSALS } from '../apps/network-groups/src/initiatives/initiatives.dto';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';
import { APP as REPORTING } from '../apps/reporting/src/app.definition';
import type { StatisticTable } from '../apps/reporting/src/statistics/statistic-table';

/*
 * Issue 20, "Reference data as events": the secretariat splits Gjerlev (postal code 8983)
 * off Spentrup in the ingestion's area table. The ingestion publishes the table on
 * ssp.reference.area.v1; network groups give the new area its network group, the next police
 * list's incidents there raise an alert that goes on that group's meeting, reporting labels
 * the area in the statistics and case coordination names it on the Monday group's agenda.
 * Renaming the area renames its label; taking it out of the table keeps its history readable
 * and stops new initiatives for it.
 *
 * Negative controls (each made, seen to fail, and undone):
 * - network groups keeping the area without making its group (the insertBody in
 *   AreaNetworkGroupHandler left out): "network groups to know Gjerlev's network group" times out.
 * - reporting keeping the name without raising the read model's version (raiseReadModelVersion
 *   left out of AreaLabelHandler): "timed out after 30000 ms waiting for reporting to label
 *   Gjerlev anew; last seen: {"label":"Gjerlev","total":5}", the table kept from before the rename.
 */
const AREA = { id: 'gjerlev', name: 'Gjerlev', postalCodes: ['8983'] };
const RENAMED = 'Gjerlev J';
const GROUP = 'netvaerk-gjerlev';
const AREAS_WITH_GJERLEV = [
  ...DEFAULT_AREAS.map((area) => (area.id === 'spentrup' ? { ...area, name: 'Spentrup', postalCodes: ['8981'] } : area)),
  AREA,
];
/** Last week, which the alert calls for a follow-up on (ALERT_FOLLOW_UP_WEEKS). */
const LAST_WEEK = addDays(weekStartOf(TEST_TODAY), -7);
const HEADER = ['Journalnr', 'Gerningsdato', 'Forhold', 'Rolle', 'CPR-nummer', 'Navn', 'Postnr'];
const danishDate = (day: string) => day.split('-').reverse().join('-');
/** Five acts of violence in Gjerlev last week, each a young person of its own: an alert (at least 5, none before). */
const GJERLEV_LIST = Array.from({ length: 5 }, (_, index) => ({
  Journalnr: `GJ-${index + 1}`,
  Gerningsdato: danishDate(addDays(LAST_WEEK, index)),
  Forhold: 'Strfl. § 244 vold',
  Rolle: 'mistænkt',
  'CPR-nummer': `0${index + 1}0311-40${index + 1}1`,
  Navn: `Ung nummer ${index + 1}`,
  Postnr: '8983',
}));

describe('areas as events: a new area everywhere', () => {
  const namespace = newTopicNamespace();
  const environments: ServiceTestEnvironment[] = [];
  const services: Record<'ingestion' | 'cases' | 'groups' | 'reporting', RunningService> = {} as never;
  let secretariat: string;
  let consultant: string;

  const call = async <T>(service: RunningService, method: string, route: string, token: string, body?: unknown) => {
    const response = await fetch(`${service.url}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };

  /** The label reporting gives Gjerlev in this year's incidents by area, once it has counted them. */
  const gjerlevInStatistics = async () => {
    const { body } = await call<StatisticTable>(services.reporting, 'GET', `/statistics/full/incidents?from=2026-01&to=2026-12&groupBy=area`, secretariat);
    const row = body.rows.find((candidate) => candidate.keys.area === AREA.id);
    return row && { label: row.labels.area, total: row.total };
  };

  beforeAll(async () => {
    for (const service of ['police-list-ingestion', 'case-coordination', 'network-groups', 'reporting']) environments.push(await serviceTestEnvironment(service, namespace));
    services.ingestion = await startTestService(INGESTION, environments[0]!.env);
    services.cases = await startTestService(CASE_COORDINATION, { ...environments[1]!.env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' });
    services.groups = await startTestService(NETWORK_GROUPS, { ...environments[2]!.env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' });
    services.reporting = await startTestService(REPORTING, environments[3]!.env);
    secretariat = await testToken({ roles: [Role.secretariat], groups: ['sekretariatet', GROUP], areas: [AREA.id], subject: 'sekretariat-omraader' });
    consultant = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'], subject: 'konsulent-omraader' });
  });

  afterAll(async () => {
    for (const service of Object.values(services)) await service?.close();
    await Promise.all(environments.map((environment) => environment.database.drop()));
  });

  it('gives a new area its network group in network groups once the secretariat adds it to the table', async () => {
    expect((await call(services.ingestion, 'PUT', '/areas', secretariat, { areas: AREAS_WITH_GJERLEV })).status).toBe(200);
    const group = await waitFor(
      "network groups to know Gjerlev's network group",
      async () => (await call<{ items: { id: string }[] }>(services.groups, 'GET', '/bodies?limit=100', secretariat)).body.items.find((body) => body.id === GROUP),
      (found) => found !== undefined,
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    expect(group).toMatchObject({ id: GROUP, name: 'Netværksgruppe Gjerlev', areaId: AREA.id, kind: 'network-group' });
  });

  it("raises an alert for the area's incidents, on its network group's next meeting, and labels them in the statistics and on the agenda", async () => {
    const day = addDays(TEST_TODAY, 7);
    const meeting = await call<{ id: string }>(services.groups, 'POST', `/bodies/${GROUP}/meetings`, secretariat, { title: 'Netværksmøde', day, startTime: '16:00', durationMinutes: 90 });
    expect(meeting.status).toBe(201);
    expect((await uploadPoliceList(services.ingestion.url, secretariat, policeListCsv(HEADER, GJERLEV_LIST), 'gjerlev.csv')).body).toMatchObject({ accepted: 5 });

    const alerts = await waitFor(
      "Gjerlev's alert",
      async () => (await call<{ items: { offenceCategory: string; weekStart: string; count: number }[] }>(services.groups, 'GET', `/areas/${AREA.id}/alerts`, secretariat)).body.items,
      (items) => items.length > 0,
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    expect(alerts).toEqual([expect.objectContaining({ offenceCategory: 'violence', weekStart: LAST_WEEK, count: 5 })]);
    // And in the view across the network groups.
    const everyArea = await call<{ items: { areaId: string }[] }>(services.groups, 'GET', '/alerts', secretariat);
    expect(everyArea.body.items.map((alert) => alert.areaId)).toContain(AREA.id);
    const agenda = await waitFor(
      "the alert on the group's meeting",
      async () => (await call<{ agenda: { title: string; description: string | null; source: string }[] }>(services.groups, 'GET', `/bodies/${GROUP}/meetings/${meeting.body.id}`, secretariat)).body.agenda,
      (items) => items.some((item) => item.source === 'area-alert'),
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    expect(agenda.find((item) => item.source === 'area-alert')?.description).toContain('Områdealarm for Gjerlev: 5 hændelser med vold');

    expect(await waitFor('reporting to count Gjerlev', gjerlevInStatistics, (row) => row?.total === 5, { timeoutMs: 30_000, intervalMs: 200 })).toEqual({ label: 'Gjerlev', total: 5 });

    const { body } = await call<{ items: { newIncidents: { areaId: string; areaText: string }[] }[] }>(services.cases, 'GET', `/meetings/next/agenda?from=${TEST_TODAY}`, consultant);
    const places = body.items.flatMap((item) => item.newIncidents.map((incident) => `${incident.areaId} ${incident.areaText}`));
    expect(places).toHaveLength(5);
    expect(new Set(places)).toEqual(new Set(['gjerlev Gjerlev']));
  });

  it('renames the area everywhere when the secretariat renames it', async () => {
    const renamed = AREAS_WITH_GJERLEV.map((area) => (area.id === AREA.id ? { ...area, name: RENAMED } : area));
    expect((await call(services.ingestion, 'PUT', '/areas', secretariat, { areas: renamed })).status).toBe(200);
    expect(await waitFor('reporting to label Gjerlev anew', gjerlevInStatistics, (row) => row?.label === RENAMED, { timeoutMs: 30_000, intervalMs: 200 })).toEqual({ label: RENAMED, total: 5 });
    await waitFor(
      'case coordination to name Gjerlev anew on the agenda',
      async () => (await call<{ items: { newIncidents: { areaText: string }[] }[] }>(services.cases, 'GET', `/meetings/next/agenda?from=${TEST_TODAY}`, consultant)).body.items,
      (items) => items.every((item) => item.newIncidents.every((incident) => incident.areaText === RENAMED)),
      { timeoutMs: 30_000, intervalMs: 100 },
    );
  });

  it('keeps a withdrawn area\'s history readable and its label, and refuses new initiatives for it', async () => {
    const initiative = { kind: 'course', title: 'Kursus om konflikter', bodyIds: [], areaIds: [AREA.id] };
    expect((await call(services.groups, 'POST', '/initiatives', secretariat, initiative)).status).toBe(201);
    expect((await call(services.ingestion, 'PUT', '/areas', secretariat, { areas: DEFAULT_AREAS })).status).toBe(200);
    const refused = await waitFor(
      'network groups to refuse an initiative for the withdrawn area',
      async () => call(services.groups, 'POST', '/initiatives', secretariat, initiative),
      (answer) => answer.status === 400,
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    expect(refused.body).toMatchObject({ ...INITIATIVE_REFUSALS.areaUnknown, unknownAreaIds: [AREA.id] });
    expect((await call<{ items: unknown[] }>(services.groups, 'GET', `/areas/${AREA.id}/alerts`, secretariat)).body.items).toHaveLength(1);
    expect(await gjerlevInStatistics()).toEqual({ label: RENAMED, total: 5 });
  });
});
