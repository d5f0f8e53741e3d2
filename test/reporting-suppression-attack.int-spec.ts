import { ServiceName, topicsConsumedBy } from '@ssp/contracts';
import { ALL_ROLES, Permission, permissionsOf, Role } from '@ssp/platform';
import { addDays } from '@ssp/platform/time';
import { controllerRoutesOf, KafkaProbe, newTopicNamespace, seededRandom, serviceTestEnvironment, startTestService, testToken, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { APP as REPORTING } from '../apps/reporting/src/app.definition';
import { PERIOD_KINDS } from '../apps/reporting/src/rules/periods';
import { DIMENSIONS, type Dimension } from '../apps/reporting/src/statistics/dimensions';
import { AREA_STATISTIC_NAMES, STATISTIC_NAMES, type StatisticName } from '../apps/reporting/src/statistics/statistic-catalogue';
import type { StatisticTable } from '../apps/reporting/src/statistics/statistic-table';
import { StatisticsService } from '../apps/reporting/src/statistics/statistics.service';
import { COUNTS_OF_NO_PERSONS, hiddenCountsOf, servedNumbers, type ServedTable } from '../apps/reporting/src/suppression/served-statistics.fixture';
import { loadSuppressionAttacker, type SuppressionAttacker } from '../apps/reporting/src/suppression/suppression-attacker.fixture';
import {
  areaAlert,
  caseClosed,
  caseOpened,
  decision,
  incident,
  initiativeLaunched,
  interventionAssigned,
  interventionCompleted,
  interventionOverdue,
  meetingHeld,
  policeList,
  publish,
  type TopicEvent,
} from './fixtures/reporting-events.fixture';

/*
 * Every table a suppressed audience (the Lokalråd, a network group, or the coordination team
 * looking at either) can be served, fetched as that audience from the running service over a
 * seeded year, and attacked together with every other table of the same audience and year by
 * the exact attacker (suppression-attacker.fixture.ts): the same numbers where tables share
 * them, and what holds between tables by how they are counted (served-statistics.fixture.ts).
 * The tables are found by asking the routes for every statistic, breakdown and period kind, and
 * the routes by reading the controllers, so a new table or route cannot escape.
 *
 * Audiences are attacked one at a time: the Lokalråd's months and an area's quarters are
 * suppressed apart (docs/reporting.md, "What remains").
 *
 * Negative controls (2026-12, each restored), with
 *   npx jest --ci test/reporting-suppression-attack.int-spec.ts --selectProjects integration
 * - statistics.service.ts as before this test (incidents and young people suppressed apart,
 *   the repeat rate's young people hidden only when small): the Lokalråd's attack fails with
 *   sixteen counts pinned, e.g. `{ id: 'incidents|ageBand=under-12|2025-08', value: 1 }`;
 *   with only the repeat rate's `hidePersons` back to `isSmallCount`, nine, e.g.
 *   `{ id: 'young-people|area=langaa|2025-08', value: 4 }`.
 * - table-builder.ts `countSeries` hiding only the small counts (`values.map(small)` and
 *   `small(total)` instead of `suppressTable`'s mask, no complements): every area's attack
 *   fails, e.g. `{ id: 'interventions|measure=started|2025-Q1', value: 4 }` for Randers C.
 * - Before the audit log's two routes were listed below, the first test failed naming them.
 */

const YEAR = 2025;

/**
 * A year of a municipality: a hundred and fifty young people with incidents from January to
 * September, mostly in Randers C, some in Randers NV and Langå, a fifth of them flagged to the
 * Monday group; and a quiet last quarter.
 */
function seededYear(): TopicEvent[] {
  const random = seededRandom(YEAR);
  const pick = <T>(weighted: readonly [T, number][]): T => {
    let left = random() * weighted.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of weighted) if ((left -= weight) < 0) return value;
    return weighted[weighted.length - 1][0];
  };
  const dayOfYear = (first: number, last: number) => addDays(`${YEAR}-01-01`, first + Math.floor(random() * (last - first + 1)));
  const events: TopicEvent[] = [policeList({ ingestedAt: `${YEAR}-01-10T08:00:00.000Z` })];
  for (let person = 1; person <= 150; person++) {
    const home = pick([['randers-c', 55], ['randers-nv', 25], ['langaa', 20]] as const);
    const age = 11 + Math.floor(random() * 9);
    const days = Array.from({ length: 1 + Math.floor(random() ** 2 * 4) }, () => dayOfYear(0, 272)).sort();
    let journalNumber = '';
    for (const day of days) {
      // A quarter of later incidents belong to the same police case as the one before: they are one case for the repeat rate.
      if (journalNumber === '' || random() >= 0.25) journalNumber = `J-${person}-${day}`;
      events.push(
        incident(person, day, {
          journalNumber,
          ageAtIncident: age,
          areaId: random() < 0.9 ? home : 'randers-c',
          offenceCategory: pick([['theft', 40], ['violence', 20], ['vandalism', 15], ['drugs', 15], ['threats', 10]]),
          role: pick([['suspect', 70], ['charged', 10], ['victim', 12], ['witness', 8]]),
        }),
      );
    }
    if (person % 5 === 0) events.push(...mondayGroupCase(person, addDays(days[0], 3), pick, random));
  }
  // A quiet last quarter: every month's and every area's quarter's incidents are a few.
  const quiet: [string, string][] = [['randers-c', '10-06'], ['randers-c', '11-12'], ['randers-c', '12-15'], ['randers-nv', '10-20'], ['randers-nv', '12-02'], ['langaa', '11-24']];
  quiet.forEach(([areaId, day], index) => events.push(incident(200 + index, `${YEAR}-${day}`, { areaId, ageAtIncident: 15 })));
  events.push(meetingHeld('mandagsgruppen', `${YEAR}-03-03T08:00:00.000Z`), meetingHeld('netvaerk-langaa', `${YEAR}-05-14T17:00:00.000Z`));
  events.push(areaAlert('langaa', 'theft', `${YEAR}-03-03`), initiativeLaunched('course', ['langaa'], `${YEAR}-02-03T08:00:00.000Z`));
  return events;
}

/** A person flagged on `day`, decided a week later (a follow-up decided again two weeks on), with interventions where agreed. */
function mondayGroupCase(person: number, day: string, pick: <T>(weighted: readonly [T, number][]) => T, random: () => number): TopicEvent[] {
  const at = (offset: number) => `${addDays(day, offset)}T10:00:00.000Z`;
  const events = [caseOpened(person, at(0))];
  const kinds = [pick([['concern-conversation', 40], ['no-action', 25], ['notify-family-department', 15], ['referral', 10], ['follow-up-next-meeting', 10]] as const)];
  if (kinds[0] === 'follow-up-next-meeting') kinds.push(pick([['concern-conversation', 60], ['no-action', 40]] as const));
  kinds.forEach((kind, index) => events.push(decision(person, at(7 + 14 * index), kind)));
  const last = 7 + 14 * (kinds.length - 1);
  if (kinds.includes('no-action')) events.push(caseClosed(person, at(last)));
  if (kinds.includes('concern-conversation') || kinds.includes('referral')) {
    const intervention = `00000000-0000-4000-8000-${String(person).padStart(12, '0')}`;
    events.push(interventionAssigned(person, at(last + 1), intervention));
    const outcome = random();
    if (outcome < 0.6) events.push(interventionCompleted(person, at(last + 30), intervention));
    else if (outcome < 0.8) events.push(interventionOverdue(person, at(last + 60), intervention));
  }
  return events;
}

/** Who is served suppressed tables, by which route prefix and on which dashboard; the full audience's twin of each table narrows to the same area. */
interface SuppressedAudience {
  name: string;
  prefix: string;
  dashboard: string;
  token: () => Promise<string>;
  statistics: readonly StatisticName[];
  fullQuery: string;
}

const AUDIENCES: SuppressedAudience[] = [
  { name: 'the Lokalråd', prefix: '/statistics/municipality', dashboard: '/dashboard/kommune', token: () => testToken({ roles: [Role.localCouncilMember] }), statistics: STATISTIC_NAMES, fullQuery: '' },
  ...['randers-c', 'randers-nv', 'langaa'].map((area) => ({
    name: `the network group of ${area}`,
    prefix: `/statistics/areas/${area}`,
    dashboard: `/dashboard/omraader/${area}`,
    token: () => testToken({ roles: [Role.networkGroupMember], groups: [`netvaerk-${area}`], areas: [area] }),
    statistics: AREA_STATISTIC_NAMES,
    fullQuery: `&areaId=${area}`,
  })),
];

/**
 * Every route a role without `statistics:full` can call (and the public ones), and how what it
 * serves is attacked. Reviewed by hand: a new route reachable by a suppressed audience fails
 * the first test until it is listed here, with how its numbers are protected.
 */
const ROUTES_OF_SUPPRESSED_AUDIENCES: Record<string, string> = {
  'GET /statistics/municipality/:statistic': 'attacked: the Lokalråd, every statistic, breakdown and period kind',
  'GET /statistics/areas/:areaId/:statistic': 'attacked: the network group of every seeded area, every statistic, breakdown and period kind',
  'GET /dashboard': 'a redirect to the widest dashboard; shows no numbers',
  'GET /dashboard/kommune': "the Lokalråd's tables from StatisticsService.table, checked to be among the attacked",
  'GET /dashboard/omraader/:areaId': "an area's tables from StatisticsService.table, checked to be among the attacked",
  'GET /audit-log': "the service's audit log, for operators: who called which route, no statistics",
  'GET /audit-log/verification': "the audit log's hash chain checked, for operators: no statistics",
  'GET /operations/status': "for operators: the service's consumer lag, dead letters and outbox, counts of its own messages, no statistics",
  'GET /operations/dead-letters': "for operators: the service's waiting dead letters by topic, offset, event id and reason, never their content, no statistics",
  'POST /operations/dead-letters/:id/resend': 'for operators: a dead letter handled again, answering only its outcome, no statistics',
  'POST /operations/dead-letters/:id/discard': 'for operators: a dead letter set aside, answering only its outcome, no statistics',
  'GET /health/live': 'public: the process serves, no statistics',
  'GET /health/ready': 'public: the database, Kafka and the migrations, no statistics',
  'GET /metrics': 'public: the process and its consumers, no statistics',
};

/** No breakdown, each dimension, and each two of them (refused: suppressed audiences get at most one; more are refused by the same rule). */
const GROUP_BYS: Dimension[][] = [[], ...DIMENSIONS.flatMap((first, index) => [[first], ...DIMENSIONS.slice(index + 1).map((second) => [first, second])])];

/** What identifies a served table: which statistic, audience, area, breakdown and period kind. */
const tableKey = (table: StatisticTable) => [table.audience, table.areaId, table.statistic, table.keyColumns.map((column) => column.id).join(','), table.period, table.from].join(' ');

describe('suppression attacked on every table a suppressed audience is served', () => {
  const namespace = newTopicNamespace();
  const probe = new KafkaProbe();
  let environment: ServiceTestEnvironment;
  let reporting: RunningService;
  let attacker: SuppressionAttacker;
  let coordination: string;
  const served = new Map<string, ServedTable[]>();
  let onDashboards: StatisticTable[] = [];

  const get = async (route: string, token: string) => {
    const response = await fetch(`${reporting.url}${route}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  /** Every table the audience's route serves for the year: each statistic, breakdown and period kind asked for; anything but 200 must be a 400. */
  async function tablesServedTo(audience: SuppressedAudience): Promise<ServedTable[]> {
    const token = await audience.token();
    const tables = new Map<string, ServedTable>();
    for (const statistic of STATISTIC_NAMES) {
      // Left out, the period kind is the audience's (periodKindFor): one of these.
      const asked = GROUP_BYS.flatMap((groupBy) => PERIOD_KINDS.map((period) => `?year=${YEAR}${groupBy.length > 0 ? `&groupBy=${groupBy.join(',')}` : ''}&period=${period}`));
      const answers = await Promise.all(asked.map(async (query) => ({ query, ...(await get(`${audience.prefix}/${statistic}${query}`, token)) })));
      for (const { query, status, body } of answers) {
        expect({ query: `${audience.prefix}/${statistic}${query}`, status }).toEqual({ query: `${audience.prefix}/${statistic}${query}`, status: status === 200 ? 200 : 400 });
        if (status !== 200) continue;
        const shown = body as StatisticTable;
        if (tables.has(tableKey(shown))) continue;
        const groupBy = shown.keyColumns.map((column) => column.id).filter((id): id is Dimension => (DIMENSIONS as readonly string[]).includes(id));
        const full = await get(`/statistics/full/${statistic}?from=${YEAR}-01&to=${YEAR}-12&period=${shown.period}${groupBy.length > 0 ? `&groupBy=${groupBy.join(',')}` : ''}${audience.fullQuery}`, coordination);
        expect(full.status).toBe(200);
        expect((full.body as StatisticTable).columns).toEqual(shown.columns);
        tables.set(tableKey(shown), { shown, full: full.body as StatisticTable });
      }
    }
    return [...tables.values()];
  }

  /** The tables the suppressed audiences' dashboards ask the statistics service for, recorded as they are asked. */
  async function tablesOnDashboards(): Promise<StatisticTable[]> {
    const asked = jest.spyOn(reporting.app.get(StatisticsService), 'table');
    try {
      for (const { dashboard, token } of AUDIENCES) {
        const response = await fetch(`${reporting.url}${dashboard}?year=${YEAR}`, { headers: { authorization: `Bearer ${await token()}` } });
        expect({ dashboard, status: response.status }).toEqual({ dashboard, status: 200 });
      }
      return await Promise.all(asked.mock.results.map((result) => result.value as Promise<StatisticTable>));
    } finally {
      asked.mockRestore();
    }
  }

  beforeAll(async () => {
    attacker = await loadSuppressionAttacker();
    environment = await serviceTestEnvironment('reporting', namespace);
    reporting = await startTestService(REPORTING, environment.env);
    coordination = await testToken({ roles: [Role.sspConsultant], groups: ['koordinationsteam'] });
    await publish(probe, namespace, seededYear());
    for (const topic of topicsConsumedBy(ServiceName.reporting)) await probe.waitForGroupToCatchUp(`${namespace}${ServiceName.reporting}`, `${namespace}${topic.name}`);
    for (const audience of AUDIENCES) served.set(audience.name, await tablesServedTo(audience));
    // Here, not after the attacks: they hold the event loop for seconds, and the service's idle keep-alive connections close meanwhile.
    onDashboards = await tablesOnDashboards();
  });

  afterAll(async () => {
    await reporting?.close();
    await environment?.database.drop();
  });

  it('knows every route a suppressed audience can call, and how what it serves is attacked', () => {
    const suppressedRoles = ALL_ROLES.filter((role) => !permissionsOf([role]).has(Permission.statisticsFull));
    const reachable = controllerRoutesOf(reporting.app).filter(({ access }) => access === 'public' || suppressedRoles.some((role) => permissionsOf([role]).has(access.permission)));
    expect(Object.fromEntries(reachable.map(({ route }) => [route, ROUTES_OF_SUPPRESSED_AUDIENCES[route] ?? 'not attacked: say how its numbers are protected']))).toEqual(ROUTES_OF_SUPPRESSED_AUDIENCES);
  });

  it.each(AUDIENCES.map((audience) => [audience.name, audience] as const))('%s: every statistic is served, each table of persons hides a small count, and no table is left out of the attack', (_name, audience) => {
    const tables = served.get(audience.name)!;
    expect([...new Set(tables.map(({ shown }) => shown.statistic))].sort()).toEqual([...audience.statistics].sort());
    for (const table of tables) {
      const personal = !COUNTS_OF_NO_PERSONS.includes(table.shown.statistic as StatisticName);
      expect({ table: tableKey(table.shown), hidesSomething: hiddenCountsOf(table) > 0 }).toEqual({ table: tableKey(table.shown), hidesSomething: personal });
    }
  });

  it.each(AUDIENCES.map((audience) => [audience.name, audience] as const))('%s: all its tables of the year together pin down no hidden number', (_name, audience) => {
    expect(attacker.pinned(servedNumbers(served.get(audience.name)!))).toEqual([]);
  });

  it('shows on the dashboards only tables that are attacked', () => {
    const attacked = new Map([...served.values()].flat().map(({ shown }) => [tableKey(shown), shown]));
    expect(onDashboards.length).toBeGreaterThan(0);
    for (const table of onDashboards) expect({ table: tableKey(table), attacked: attacked.get(tableKey(table)) }).toEqual({ table: tableKey(table), attacked: table });
  });
});
