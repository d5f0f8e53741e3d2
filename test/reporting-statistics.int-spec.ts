import { ServiceName, Topics, topicsConsumedBy } from '@ssp/contracts';
import { Role, type Refusal } from '@ssp/platform';
import { KafkaProbe, newTopicNamespace, serviceTestEnvironment, startTestService, testToken, waitFor, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import ExcelJS from 'exceljs';
import { APP as REPORTING } from '../apps/reporting/src/app.definition';
import { WINDOW_REFUSALS } from '../apps/reporting/src/rules/periods';
import { STATISTIC_REFUSALS } from '../apps/reporting/src/statistics/statistics.dto';
import type { StatisticTable } from '../apps/reporting/src/statistics/statistic-table';
import { servedNumbers, type ServedTable } from '../apps/reporting/src/suppression/served-statistics.fixture';
import { loadSuppressionAttacker, type SuppressionAttacker } from '../apps/reporting/src/suppression/suppression-attacker.fixture';
import type { SuppressionMask, TableWithMargins } from '../apps/reporting/src/suppression/suppress-table';
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
 * Statistics per audience over a small, hand-counted year: the coordination team sees every
 * count; the Lokalråd and a network group see small counts hidden so that none can be
 * worked out from what is shown; a network group sees its own area only; and every
 * statistic exports as CSV and XLSX that read back as the JSON says.
 */
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

function hundredDays(): TopicEvent[] {
  const events: TopicEvent[] = [policeList()];
  // Randers C: January 12 incidents by 8 young people (1-4 twice), February 7, March 2. Langå: January 3, March 6.
  for (const person of range(1, 4)) events.push(incident(person, '2026-01-05'), incident(person, '2026-01-12'));
  for (const person of range(5, 8)) events.push(incident(person, person === 6 ? '2026-01-08' : '2026-01-07', { offenceCategory: 'violence' }));
  for (const person of range(9, 15)) events.push(incident(person, '2026-02-10', { ageAtIncident: 16 }));
  for (const person of [1, 2]) events.push(incident(person, '2026-03-03'));
  for (const person of range(20, 22)) events.push(incident(person, '2026-01-08', { areaId: 'langaa' }));
  for (const person of range(23, 28)) events.push(incident(person, '2026-03-04', { areaId: 'langaa', role: 'victim' }));
  // The Monday group on 26 January: persons 1-6 flagged on the 20th, four concern conversations, two closed without action.
  for (const person of range(1, 6)) events.push(caseOpened(person, '2026-01-20T10:00:00.000Z'));
  for (const person of range(1, 4)) events.push(decision(person, '2026-01-26T10:00:00.000Z', 'concern-conversation'));
  for (const person of [5, 6]) events.push(decision(person, '2026-01-26T10:00:00.000Z', 'no-action'), caseClosed(person, '2026-01-26T10:00:00.000Z'));
  for (const person of range(1, 4)) events.push(interventionAssigned(person, '2026-01-27T10:00:00.000Z'));
  for (const person of [1, 2]) events.push(interventionCompleted(person, '2026-02-15T10:00:00.000Z'));
  events.push(interventionOverdue(3, '2026-03-01T05:00:00.000Z'));
  events.push(meetingHeld('netvaerk-langaa', '2026-01-14T17:00:00.000Z'), meetingHeld('netvaerk-langaa', '2026-01-28T17:00:00.000Z'));
  for (const day of ['05', '12', '19']) events.push(meetingHeld('mandagsgruppen', `2026-01-${day}T08:00:00.000Z`));
  events.push(areaAlert('langaa', 'theft', '2026-03-02'), initiativeLaunched('course', ['langaa'], '2026-02-03T08:00:00.000Z'));
  return events;
}

/** A table with every count, as the attacker takes it. */
const countsOf = (table: StatisticTable): TableWithMargins => ({
  cells: table.rows.map((r) => r.values as number[]),
  rowTotals: table.rows.map((r) => r.total!),
  columnTotals: table.columnTotals as number[],
  grandTotal: table.grandTotal!,
});

/** Which numbers a suppressed table hides. */
const maskOf = (table: StatisticTable): SuppressionMask => ({
  cells: table.rows.map((r) => r.suppressed),
  rowTotals: table.rows.map((r) => r.totalSuppressed),
  columnTotals: table.columnTotalsSuppressed!,
  grandTotal: table.grandTotalSuppressed,
});

describe('statistics per audience', () => {
  const namespace = newTopicNamespace();
  const probe = new KafkaProbe();
  let environment: ServiceTestEnvironment;
  let reporting: RunningService;
  let attacker: SuppressionAttacker;
  const tokens: Record<'coordination' | 'council' | 'langaa' | 'none', string> = { coordination: '', council: '', langaa: '', none: '' };

  const call = (route: string, who: keyof typeof tokens, headers: Record<string, string> = {}) =>
    fetch(`${reporting.url}${route}`, { headers: { authorization: `Bearer ${tokens[who]}`, ...headers } });
  const json = async (route: string, who: keyof typeof tokens): Promise<StatisticTable> => {
    const response = await call(route, who);
    expect(response.status).toBe(200);
    return (await response.json()) as StatisticTable;
  };
  const row = (table: StatisticTable, key: string, value: string) => table.rows.find((candidate) => candidate.keys[key] === value)!;

  beforeAll(async () => {
    attacker = await loadSuppressionAttacker();
    environment = await serviceTestEnvironment('reporting', namespace);
    reporting = await startTestService(REPORTING, environment.env);
    tokens.coordination = await testToken({ roles: [Role.sspConsultant], groups: ['koordinationsteam'] });
    tokens.council = await testToken({ roles: [Role.localCouncilMember] });
    tokens.langaa = await testToken({ roles: [Role.networkGroupMember], groups: ['netvaerk-langaa'], areas: ['langaa'] });
    tokens.none = await testToken({ roles: [Role.operator] });
    await publish(probe, namespace, hundredDays());
    for (const topic of topicsConsumedBy(ServiceName.reporting)) await probe.waitForGroupToCatchUp(`${namespace}${ServiceName.reporting}`, `${namespace}${topic.name}`);
  });

  afterAll(async () => {
    await reporting?.close();
    await environment?.database.drop();
  });

  it('gives the coordination team every count, by month, area, category, age band and role', async () => {
    const table = await json('/statistics/full/incidents?from=2026-01&to=2026-03&groupBy=area', 'coordination');
    expect(table.columns).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(table.suppression).toBeNull();
    expect([row(table, 'area', 'randers-c').values, row(table, 'area', 'randers-c').total]).toEqual([[12, 7, 2], 21]);
    expect([row(table, 'area', 'langaa').values, row(table, 'area', 'langaa').total, row(table, 'area', 'langaa').labels.area]).toEqual([[3, 0, 6], 9, 'Langå']);
    expect(row(table, 'area', 'faarup').values).toEqual([0, 0, 0]);
    expect([table.columnTotals, table.grandTotal]).toEqual([[15, 7, 8], 30]);

    const detailed = await json('/statistics/full/incidents?from=2026-01&to=2026-03&period=quarter&groupBy=area,offenceCategory,ageBand,role&areaId=randers-c', 'coordination');
    expect(detailed.rows.map((r) => [r.keys.offenceCategory, r.keys.ageBand, r.keys.role, r.values[0]])).toEqual([
      ['violence', '12-14', 'suspect', 4],
      ['theft', '12-14', 'suspect', 10],
      ['theft', '15-17', 'suspect', 7],
    ]);
  });

  it('hides small counts for the Lokalråd so that none can be worked out from the rest and the totals', async () => {
    const full = await json('/statistics/full/incidents?from=2026-01&to=2026-12&groupBy=area', 'coordination');
    const shown = await json('/statistics/municipality/incidents?year=2026&groupBy=area', 'council');
    expect(shown.suppression?.threshold).toBe(5);
    expect(shown.suppression?.hiddenValues).toBeGreaterThanOrEqual(4);
    const randers = row(shown, 'area', 'randers-c');
    const langaa = row(shown, 'area', 'langaa');
    expect([randers.values[2], randers.suppressed[2], langaa.values[0], langaa.suppressed[0]]).toEqual([null, true, null, true]);
    // What is shown is true, and what is hidden has more than one possible value given everything shown.
    shown.rows.forEach((shownRow, r) =>
      shownRow.values.forEach((value, c) => expect(value === null ? shownRow.suppressed[c] : value === full.rows[r].values[c]).toBe(true)),
    );
    expect(attacker.determined([countsOf(full)], [maskOf(shown)])).toEqual([]);
    // Every table a suppressed audience is served is attacked with all the others in reporting-suppression-attack.int-spec.ts.

    // The quarters beside the months would give the hidden months away: the Lokalråd's counts come by month only.
    const quarters = await call('/statistics/municipality/incidents?year=2026&period=quarter&groupBy=area', 'council');
    expect(quarters.status).toBe(400);
  });

  it('suppresses the breakdowns of one year together: their shared totals are hidden alike, and the tables together give away no hidden entry', async () => {
    const served: ServedTable[] = [];
    for (const statistic of ['incidents', 'young-people']) {
      const breakdowns = ['', 'area', 'offenceCategory', 'ageBand', 'role'];
      const shown = await Promise.all(breakdowns.map((by) => json(`/statistics/municipality/${statistic}?year=2026${by ? `&groupBy=${by}` : ''}`, 'council')));
      const full = await Promise.all(breakdowns.map((by) => json(`/statistics/full/${statistic}?from=2026-01&to=2026-12${by ? `&groupBy=${by}` : ''}`, 'coordination')));
      const shared = shown.map((table) => [table.columnTotalsSuppressed, table.grandTotalSuppressed]);
      expect(shared.every((margins) => JSON.stringify(margins) === JSON.stringify(shared[0]))).toBe(true);
      // Some shared total is hidden in every breakdown: March's incidents hide with the small cells.
      expect(shown.some((table) => table.columnTotalsSuppressed!.some(Boolean) || table.grandTotalSuppressed)).toBe(true);
      served.push(...shown.map((table, index) => ({ shown: table, full: full[index] })));
    }
    // All ten at once (served-statistics.fixture.ts): the incidents' totals are sums; young people are counted once however
    // many months, areas or categories they fall in, so a total is at least its largest entry and at most their sum; and
    // the young people of a cell are the persons behind its incidents.
    expect(attacker.pinned(servedNumbers(served))).toEqual([]);
  });

  it("gives a network group its own area, suppressed, and refuses another area's", async () => {
    const own = await json('/statistics/areas/langaa/incidents?year=2026&groupBy=role', 'langaa');
    expect([own.audience, own.areaId]).toEqual(['area', 'langaa']);
    // By quarter, an area's kind: the suspects' small first quarter is hidden, and so are the victims' 6 beside it, or the quarter's total would give it away.
    expect([own.period, own.columns.length]).toEqual(['quarter', 4]);
    expect(row(own, 'role', 'suspect').values[0]).toBeNull();
    expect(row(own, 'role', 'victim').values.slice(0, 3)).toEqual([null, 0, 0]);
    expect((await call('/statistics/areas/randers-c/incidents?year=2026', 'langaa')).status).toBe(403);
    expect((await call('/statistics/municipality/incidents?year=2026', 'langaa')).status).toBe(403);
    expect((await call('/statistics/full/incidents', 'langaa')).status).toBe(403);
  });

  it('keeps the Lokalråd to the municipality and the coordination team may look at any area', async () => {
    expect((await call('/statistics/areas/langaa/incidents?year=2026', 'council')).status).toBe(403);
    expect((await call('/statistics/full/incidents', 'council')).status).toBe(403);
    expect((await call('/statistics/full/incidents', 'none')).status).toBe(403);
    expect((await call('/statistics/areas/randers-c/incidents?year=2026', 'coordination')).status).toBe(200);
  });

  it('counts distinct young people, the repeat rate and the time from incident to first decision', async () => {
    const people = await json('/statistics/full/young-people?from=2026-01&to=2026-03', 'coordination');
    expect([people.rows[0].values, people.rows[0].total, people.columnTotals, people.grandTotal]).toEqual([[11, 7, 8], 24, [11, 7, 8], 24]);

    const repeat = await json('/statistics/full/repeat-rate?from=2026-01&to=2026-03', 'coordination');
    expect(repeat.rows.map((r) => [r.keys.measure, r.values])).toEqual([
      ['young-people', [11, 7, 8]],
      ['repeaters', [4, 0, 2]],
      ['rate', [36.4, 0, 25]],
    ]);
    // The Lokalråd's young people are those of the young people's table, hidden where it hides them (here every month:
    // they stand over the incidents, whose months are hidden, see suppressEventsWithPersons), and the percentage with them.
    const suppressedRepeat = await json('/statistics/municipality/repeat-rate?year=2026', 'council');
    const suppressedPeople = await json('/statistics/municipality/young-people?year=2026', 'council');
    expect(suppressedRepeat.rows[0].suppressed).toEqual(suppressedPeople.rows[0].suppressed);
    expect(suppressedRepeat.rows.map((r) => r.values.slice(0, 3))).toEqual([
      [null, null, null],
      [null, 0, null],
      [null, null, null],
    ]);

    const timed = await json('/statistics/full/time-to-decision?from=2026-01&to=2026-03', 'coordination');
    expect(timed.rows.map((r) => [r.keys.measure, r.values, r.total])).toEqual([
      ['median-days', [18.5, null, null], 18.5],
      ['decided', [10, 0, 0], 10],
      ['undecided', [5, 7, 8], 20],
    ]);
  });

  it('counts persons flagged and reviewed, decisions by kind, interventions, meetings, alerts and initiatives', async () => {
    const cases = await json('/statistics/full/cases?from=2026-01&to=2026-03', 'coordination');
    expect(cases.rows.map((r) => [r.keys.measure, r.values])).toEqual([
      ['flagged', [6, 0, 0]],
      ['reviewed', [6, 0, 0]],
      ['closed', [2, 0, 0]],
    ]);
    const decisions = await json('/statistics/full/decisions?from=2026-01&to=2026-01', 'coordination');
    expect(decisions.rows.map((r) => [r.keys.decision, r.values[0]])).toEqual([
      ['no-action', 2],
      ['concern-conversation', 4],
      ['notify-family-department', 0],
      ['referral', 0],
      ['follow-up-next-meeting', 0],
    ]);
    const interventions = await json('/statistics/full/interventions?from=2026-01&to=2026-03', 'coordination');
    expect(interventions.rows.map((r) => [r.keys.measure, r.values, r.total])).toEqual([
      ['started', [4, 0, 0], 4],
      ['completed', [0, 2, 0], 2],
      ['overdue', [0, 0, 1], 1],
    ]);
    const suppressedInterventions = await json('/statistics/municipality/interventions?year=2026', 'council');
    expect(suppressedInterventions.rows.map((r) => [r.values.slice(0, 3), r.total])).toEqual([
      [[null, 0, 0], null],
      [[0, null, 0], null],
      [[0, 0, null], null],
    ]);
    const meetings = await json('/statistics/municipality/meetings?year=2026&period=quarter', 'council');
    expect([meetings.suppression, meetings.rows.map((r) => [r.keys.body, r.values[0]])]).toEqual([null, [['mandagsgruppen', 3], ['netvaerk-langaa', 2]]]);
    const alerts = await json('/statistics/areas/langaa/area-alerts?year=2026&period=quarter', 'langaa');
    expect(row(alerts, 'offenceCategory', 'theft').values).toEqual([1, 0, 0, 0]);
    const initiatives = await json('/statistics/areas/langaa/initiatives?year=2026&period=quarter', 'langaa');
    expect(row(initiatives, 'kind', 'course').values).toEqual([1, 0, 0, 0]);
    const langaaDecisions = await json('/statistics/areas/langaa/decisions?year=2026', 'langaa');
    expect(langaaDecisions.rows.every((r) => r.total === 0)).toBe(true);
  });

  it('gives an overview of the year, each small number hidden for the Lokalråd', async () => {
    const full = await json('/statistics/full/overview?from=2026-01&to=2026-12', 'coordination');
    const value = (table: StatisticTable, measure: string) => row(table, 'measure', measure).values[0];
    const measures = ['incidents', 'young-people', 'repeat-rate', 'persons-flagged', 'persons-reviewed', 'decisions', 'interventions-started', 'interventions-completed', 'interventions-overdue'];
    expect(measures.map((measure) => value(full, measure))).toEqual([30, 24, 16.7, 6, 6, 6, 4, 2, 1]);
    expect(['median-days-to-decision', 'meetings-held', 'area-alerts', 'initiatives', 'police-lists'].map((measure) => value(full, measure))).toEqual([18.5, 5, 1, 1, 1]);
    const council = await json('/statistics/municipality/overview?year=2026', 'council');
    // The year's 30 incidents are hidden too: the breakdown by role hides February's and March's totals as complements of
    // March's 2 suspects, and protecting those in every breakdown reaches the year's total (suppressLinkedTables).
    expect([value(council, 'incidents'), value(council, 'repeat-rate'), value(council, 'interventions-overdue'), value(council, 'meetings-held')]).toEqual([null, null, null, 5]);
    expect((await json('/statistics/municipality/incidents?year=2026&groupBy=role', 'council')).grandTotalSuppressed).toBe(true);
    // A headline number is hidden wherever the detailed table hides the same total.
    const detailed = async (statistic: string, measure: string) => row(await json(`/statistics/municipality/${statistic}?year=2026`, 'council'), 'measure', measure).totalSuppressed;
    const links: [string, boolean][] = [
      ['interventions-started', await detailed('interventions', 'started')],
      ['interventions-completed', await detailed('interventions', 'completed')],
      ['persons-flagged', await detailed('cases', 'flagged')],
      ['persons-reviewed', await detailed('cases', 'reviewed')],
      ['incidents', (await json('/statistics/municipality/incidents?year=2026&groupBy=area', 'council')).grandTotalSuppressed],
      ['young-people', (await json('/statistics/municipality/young-people?year=2026&groupBy=area', 'council')).grandTotalSuppressed],
    ];
    for (const [measure, hiddenInDetail] of links) expect({ measure, hiddenInDetail, shown: !row(council, 'measure', measure).totalSuppressed }).not.toMatchObject({ hiddenInDetail: true, shown: true });
  });

  it('takes the overview from the detailed tables of its own version, also in the minute after a change', async () => {
    const incidentsShown = async () => row(await json('/statistics/municipality/overview?year=2024', 'council'), 'measure', 'incidents').values[0];
    const detailed = () => json('/statistics/municipality/incidents?year=2024', 'council');
    const projected = () => probe.waitForGroupToCatchUp(`${namespace}${ServiceName.reporting}`, `${namespace}${Topics.incidentRecorded.name}`);
    await publish(probe, namespace, range(40, 42).map((person) => incident(person, '2024-05-06')));
    await projected();
    expect([await incidentsShown(), (await detailed()).grandTotalSuppressed]).toEqual([null, true]);
    // Five incidents, shown everywhere. The overview is asked for first after the change, while the detailed table
    // kept from before (three, hidden) may still be given: the overview must not take its number or its flag from that.
    await publish(probe, namespace, range(43, 44).map((person) => incident(person, '2024-05-07')));
    await projected();
    await waitFor('the overview of 2024 to show five incidents', incidentsShown, (shown) => shown === 5, { timeoutMs: 10_000, intervalMs: 50 });
    expect([(await detailed()).grandTotal, (await detailed()).grandTotalSuppressed]).toEqual([5, false]);
  });

  it('refuses queries that do not fit the statistic or the audience with a code and the Danish text naming the field', async () => {
    const refusals: [string, keyof typeof tokens, Refusal][] = [
      ['/statistics/municipality/incidents?year=2026&groupBy=area,role', 'council', STATISTIC_REFUSALS.suppressedBreakdowns],
      ['/statistics/municipality/incidents?year=2026&period=quarter', 'council', WINDOW_REFUSALS.monthOnly],
      ['/statistics/areas/langaa/incidents?year=2026&period=month', 'langaa', WINDOW_REFUSALS.quarterOnly],
      ['/statistics/full/incidents?period=quarter&from=2026-02&to=2026-06', 'coordination', WINDOW_REFUSALS.fromNotQuarterStart],
      ['/statistics/full/incidents?from=2016-01&to=2026-12', 'coordination', WINDOW_REFUSALS.tooLong],
      ['/statistics/areas/langaa/incidents?groupBy=area', 'langaa', STATISTIC_REFUSALS.areaByArea],
      ['/statistics/areas/langaa/meetings', 'langaa', STATISTIC_REFUSALS.areaStatistic],
      ['/statistics/full/decisions?groupBy=area', 'coordination', STATISTIC_REFUSALS.noBreakdown],
      ['/statistics/full/incidents?groupBy=school', 'coordination', STATISTIC_REFUSALS.groupBy],
      ['/statistics/municipality/incidents?year=1999', 'council', STATISTIC_REFUSALS.year],
      ['/statistics/full/meetings?areaId=langaa', 'coordination', STATISTIC_REFUSALS.notPerArea],
    ];
    for (const [route, who, refusal] of refusals) {
      const response = await call(route, who);
      const body = (await response.json()) as { code?: string; message: string | string[] };
      expect([route, response.status, body.code, body.message]).toEqual([route, 400, refusal.code, refusal.message]);
    }
  });

  describe('exports', () => {
    /** The table as a grid, as the JSON says it: headings, then labels and numbers, '..' where hidden. */
    const expectedGrid = (table: StatisticTable): (string | number)[][] => {
      const mark = (value: number | null, hidden: boolean) => (hidden ? '..' : (value ?? ''));
      const grid: (string | number)[][] = [[...table.keyColumns.map((c) => c.heading), ...table.columns, 'I alt']];
      for (const r of table.rows) grid.push([...table.keyColumns.map((c) => r.labels[c.id]), ...r.values.map((v, i) => mark(v, r.suppressed[i])), mark(r.total, r.totalSuppressed)]);
      if (table.columnTotals) grid.push([...table.keyColumns.map((_, i) => (i === 0 ? 'I alt' : '')), ...table.columnTotals.map((v, i) => mark(v, table.columnTotalsSuppressed![i])), mark(table.grandTotal, table.grandTotalSuppressed)]);
      return grid;
    };
    const fromDanishCsv = (text: string) =>
      text
        .replace(/\r\n$/, '')
        .split('\r\n')
        .map((line) => line.split(';').map((cell) => (/^-?\d+(,\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : cell)));

    it.each([
      ['/statistics/municipality/incidents?year=2026&groupBy=area', 'council'],
      ['/statistics/full/repeat-rate?from=2026-01&to=2026-03', 'coordination'],
      ['/statistics/areas/langaa/overview?year=2026', 'langaa'],
    ] as const)('writes %s as CSV that Danish Excel opens, the same table as the JSON', async (route, who) => {
      const table = await json(route, who);
      const response = await call(`${route}&format=csv`, who);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"$/);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString('utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      expect(fromDanishCsv(text)).toEqual(expectedGrid(table));
    });

    it('writes decimals with a comma in CSV', async () => {
      const text = Buffer.from(await (await call('/statistics/full/time-to-decision?from=2026-01&to=2026-03&format=csv', 'coordination')).arrayBuffer()).toString('utf8');
      expect(text).toContain('18,5');
    });

    it.each([
      ['/statistics/municipality/incidents?year=2026&groupBy=area', 'council'],
      ['/statistics/full/time-to-decision?from=2026-01&to=2026-03', 'coordination'],
    ] as const)('writes %s as XLSX, asked for by Accept, that reads back as the JSON', async (route, who) => {
      const table = await json(route, who);
      const response = await call(route, who, { accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
      expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const sheet = workbook.getWorksheet('Tabel')!;
      const grid: (string | number)[][] = [];
      sheet.eachRow({ includeEmpty: true }, (sheetRow) => {
        const cells: (string | number)[] = [];
        for (let column = 1; column <= expectedGrid(table)[0].length; column++) {
          const value = sheetRow.getCell(column).value;
          cells.push(value === null || value === undefined ? '' : (value as string | number));
        }
        grid.push(cells);
      });
      expect(grid).toEqual(expectedGrid(table));
      expect(String(workbook.getWorksheet('Om tabellen')!.getCell('B1').value)).toBe(table.title);
    });

    it('answers JSON by default and for ?format=json', async () => {
      for (const route of ['/statistics/full/incidents?from=2026-01&to=2026-01', '/statistics/full/incidents?from=2026-01&to=2026-01&format=json']) {
        const response = await call(route, 'coordination', { accept: '*/*' });
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      }
    });
  });

  it('computes a table once per version of the read model, which every projected event raises, and then computes it again', async () => {
    const route = '/statistics/full/young-people?from=2025-06&to=2025-06';
    expect((await json(route, 'coordination')).grandTotal).toBe(0);
    // Written past the projections, as no one ever should: the version stands, and the kept table is given.
    await reporting.dataSource.query(
      `INSERT INTO incident (incident_id, list_id, person_pseudonym, journal_key, role, incident_date, offence_category, age_band, area_id)
       SELECT gen_random_uuid(), list_id, repeat('e', 64), repeat('f', 64), 'suspect', '2025-06-01', 'theft', '12-14', 'randers-c' FROM incident LIMIT 1`,
    );
    expect((await json(route, 'coordination')).grandTotal).toBe(0);
    await publish(probe, namespace, [incident(99, '2025-06-10')]);
    await probe.waitForGroupToCatchUp(`${namespace}${ServiceName.reporting}`, `${namespace}${Topics.incidentRecorded.name}`);
    // The kept table may be given once more while the new one is computed in the background.
    await waitFor('the young people of June 2025 to count the new incident', () => json(route, 'coordination'), (table) => table.grandTotal === 2, { timeoutMs: 10_000, intervalMs: 50 });
  });
});
