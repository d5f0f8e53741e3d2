import { Inject, Injectable } from '@nestjs/common';
import { badRequest, SERVICE_CONFIG } from '@ssp/platform';
import { periodKindFor, windowOf, WINDOW_REFUSALS, WindowError, yearWindow, type PeriodKind, type StatisticWindow } from '../rules/periods';
import { repeatRatePercent, repeatWindowEnding } from '../rules/repeat-rate';
import { hidesMedian, hidesRate, isSmallCount } from '../suppression/suppress-values';
import type { ReportingConfig } from '../reporting.config';
import { BODY_COLUMN, DECISION_KIND_COLUMN, INITIATIVE_KIND_COLUMN, keyColumnsOf, labelOf, measureColumn, type Dimension, type KeyColumn } from './dimensions';
import { STATISTICS, type StatisticName } from './statistic-catalogue';
import { STATISTIC_REFUSALS } from './statistics.dto';
import { suppressEventsWithPersons } from '../suppression/suppress-linked-tables';
import type { Audience, StatisticTable } from './statistic-table';
import { StatisticsQueries, type PersonEvents } from './statistics.queries';
import { VersionedCache } from './versioned-cache';
import { countSeries, crossTable, crossTableData, crossTableOf, measureRow, measureTable, type CrossTableData, type MeasureRow, type TableFrame } from './table-builder';

/** What a caller asks for, before it is checked against the statistic and the audience. */
export interface StatisticQuery {
  /** Left out: the audience's kind (periodKindFor). */
  period?: PeriodKind;
  /** Full audience: first and last month, YYYY-MM. */
  from?: string;
  to?: string;
  /** Suppressed audiences: one calendar year. */
  year?: number;
  groupBy: Dimension[];
  /** Full audience: narrow to one area. */
  areaId?: string;
}

/** Tables kept per process: a few kilobytes each; every audience's dashboard asks for about twenty. */
const CACHED_TABLES = 1_000;
/**
 * Tables computed again in the background at once after a change: one, so that a core is
 * left for the requests (the overview's own queries still run side by side).
 */
const BACKGROUND_COMPUTATIONS = 1;
/** How often the read model's version is read; the requests in between share the reading. */
const VERSION_READ_MS = 200;

/**
 * Statistics whose breakdowns (by area, category, age band, role, or none) share their period
 * totals, and which count the same cells: incidents, and the young people with them.
 */
const LINKED_STATISTICS = ['incidents', 'young-people'] as const;
type LinkedStatistic = (typeof LINKED_STATISTICS)[number];
const isLinked = (statistic: StatisticName): statistic is LinkedStatistic => (LINKED_STATISTICS as readonly string[]).includes(statistic);

interface Request {
  frame: TableFrame;
  groupBy: Dimension[];
  areaId: string | null;
}

const CASE_MEASURES: { id: string; da: string; events: PersonEvents }[] = [
  { id: 'flagged', da: 'Personer markeret (sag åbnet eller genåbnet)', events: { table: 'case_opening', day: 'opened_on', distinctPersons: true } },
  { id: 'reviewed', da: 'Personer gennemgået (beslutning truffet)', events: { table: 'decision', day: 'decided_on', distinctPersons: true } },
  { id: 'closed', da: 'Personer med sag afsluttet', events: { table: 'case_closing', day: 'closed_on', distinctPersons: true } },
];

const INTERVENTION_MEASURES: { id: string; da: string; events: PersonEvents }[] = [
  { id: 'started', da: 'Indsatser aftalt', events: { table: 'intervention_assigned', day: 'assigned_on', distinctPersons: false } },
  { id: 'completed', da: 'Indsatser gennemført', events: { table: 'intervention_completed', day: 'completed_on', distinctPersons: false } },
  { id: 'overdue', da: 'Indsatser overskredet', events: { table: 'intervention_overdue', day: 'reported_on', distinctPersons: false } },
];

/**
 * Statistics for one audience: the coordination team gets every count, the Lokalråd the
 * municipality and a network group its own area with small counts suppressed. Suppressed
 * audiences get whole calendar years and at most one breakdown, so that two of their
 * tables never overlap in part (docs/reporting.md, "Suppression").
 */
@Injectable()
export class StatisticsService {
  private readonly cache: VersionedCache<StatisticTable>;
  private readonly families: VersionedCache<Record<string, StatisticTable>>;
  private version: { readAt: number; value: Promise<string> } | undefined;

  constructor(
    private readonly queries: StatisticsQueries,
    @Inject(SERVICE_CONFIG) private readonly config: ReportingConfig,
  ) {
    const options = { capacity: CACHED_TABLES, maxStaleMs: config.STATISTICS_MAX_STALE_SECONDS * 1000, refreshConcurrency: BACKGROUND_COMPUTATIONS };
    this.cache = new VersionedCache(options);
    this.families = new VersionedCache(options);
  }

  /**
   * The statistic for the audience. A table is computed once per version of the read model
   * and kept (`VersionedCache`): the counts of distinct persons read hundreds of thousands
   * of incidents, and a dashboard asks for the same tables again and again. After a change
   * of the read model, the table kept from before it is given for at most
   * STATISTICS_MAX_STALE_SECONDS while the new one is computed in the background, so that a
   * change does not make every reader wait for every table at once. The version is read
   * before a table is computed, so a kept table is never older than its version.
   */
  async table(statistic: StatisticName, audience: Audience, query: StatisticQuery): Promise<StatisticTable> {
    return this.tableAt(statistic, audience, query, await this.currentVersion(), 'or-older');
  }

  /**
   * The table kept or computed at `version`. With 'or-older', one kept from an older version
   * may be given while the read model's newer one is computed (see `table`); with 'exactly',
   * never: for tables whose numbers must agree with others of the same version.
   */
  private async tableAt(statistic: StatisticName, audience: Audience, query: StatisticQuery, version: string, at: 'exactly' | 'or-older'): Promise<StatisticTable> {
    const request = this.request(statistic, audience, query);
    const kept = <T>(cache: VersionedCache<T>, key: unknown, compute: () => Promise<T>): Promise<T> =>
      at === 'exactly' ? cache.current(JSON.stringify(key), version, compute) : cache.get(JSON.stringify(key), version, compute).value;
    if (request.frame.threshold !== null && isLinked(statistic)) {
      const { audience: forWhom, window, threshold } = request.frame;
      const family = await kept(this.families, { audience: forWhom, window, threshold, areaId: request.areaId }, () => this.linkedBreakdowns(request));
      return family[`${statistic}:${request.groupBy.join(',')}`];
    }
    if (statistic === 'overview') return kept(this.cache, request, () => this.overview(request, audience, query, version));
    if (statistic === 'repeat-rate' && request.frame.threshold !== null) {
      return kept(this.cache, request, async () => this.repeatRate(request, await this.tableAt('young-people', audience, query, version, 'exactly')));
    }
    return kept(this.cache, request, () => this.compute(statistic, request));
  }

  /**
   * Every breakdown the audience may ask for of the incidents and of the young people, keyed
   * `statistic:groupBy`: the breakdowns of each share their period totals, and the young
   * people of a cell are the persons behind its incidents, so all of them are counted in one
   * snapshot and suppressed together (suppressEventsWithPersons: one mask for both), so that
   * what they publish together pins down no hidden entry.
   */
  private async linkedBreakdowns(request: Request): Promise<Record<string, StatisticTable>> {
    const { frame, areaId } = request;
    // The two statistics have the same breakdowns.
    const breakdowns: Dimension[][] = [[], ...STATISTICS.incidents.groupBy.filter((dimension) => !(frame.audience.kind === 'area' && dimension === 'area')).map((dimension) => [dimension])];
    const columns = await this.columns();
    const { incidents, youngPeople } = await this.queries.inOneSnapshot(async (queries) => {
      const arranged = { incidents: [] as CrossTableData[], youngPeople: [] as CrossTableData[] };
      for (const groupBy of breakdowns) {
        const keyColumns = groupBy.map((dimension) => columns[dimension]);
        arranged.incidents.push(crossTableData(frame, keyColumns, await queries.incidentCounts(frame.window, groupBy, areaId), 'sum'));
        const counts = await queries.youngPeople(frame.window, groupBy, areaId);
        arranged.youngPeople.push(crossTableData(frame, keyColumns, counts.cells, counts.margins));
      }
      return arranged;
    });
    const masks = suppressEventsWithPersons(
      incidents.map((arranged) => arranged.table),
      youngPeople.map((arranged) => arranged.table),
      frame.threshold!,
    );
    const tables = (statistic: LinkedStatistic, data: CrossTableData[]) =>
      breakdowns.map((groupBy, index) => [
        `${statistic}:${groupBy.join(',')}`,
        crossTableOf({ ...frame, statistic, title: STATISTICS[statistic].title }, groupBy.map((dimension) => columns[dimension]), data[index], 'count', masks[index]),
      ]);
    return Object.fromEntries([...tables('incidents', incidents), ...tables('young-people', youngPeople)]);
  }

  /**
   * The read model's version, read at most every VERSION_READ_MS and shared by the requests
   * meanwhile, so that a kept table needs no database connection while the background
   * computations after a change hold them. A table computed meanwhile may be newer than the
   * version it is kept under, never older.
   */
  private currentVersion(): Promise<string> {
    const now = Date.now();
    if (!this.version || now - this.version.readAt >= VERSION_READ_MS) {
      const read = this.queries.readModelVersion();
      this.version = { readAt: now, value: read };
      read.catch(() => (this.version = undefined));
    }
    return this.version.value;
  }

  private async compute(statistic: Exclude<StatisticName, 'overview'>, request: Request): Promise<StatisticTable> {
    switch (statistic) {
      case 'incidents':
        return crossTable(request.frame, await this.keyColumns(request.groupBy), await this.queries.incidentCounts(request.frame.window, request.groupBy, request.areaId), 'sum');
      case 'young-people': {
        const counts = await this.queries.youngPeople(request.frame.window, request.groupBy, request.areaId);
        return crossTable(request.frame, await this.keyColumns(request.groupBy), counts.cells, counts.margins);
      }
      case 'repeat-rate':
        return this.repeatRate(request, null);
      case 'cases':
        return this.measures(request, CASE_MEASURES);
      case 'decisions': {
        const counts = await this.queries.personEvents({ table: 'decision', day: 'decided_on', distinctPersons: false, groupBy: 'kind' }, request.frame.window, request.areaId);
        return crossTable(request.frame, [DECISION_KIND_COLUMN], counts.cells, 'sum');
      }
      case 'interventions':
        return this.measures(request, INTERVENTION_MEASURES);
      case 'time-to-decision':
        return this.timeToDecision(request);
      case 'meetings':
        return crossTable(request.frame, [BODY_COLUMN], await this.queries.meetingsHeld(request.frame.window), 'sum');
      case 'area-alerts': {
        const by = request.groupBy[0] === 'offenceCategory' || (request.groupBy.length === 0 && request.areaId !== null) ? 'offenceCategory' : 'area';
        return crossTable(request.frame, await this.keyColumns([by]), await this.queries.areaAlerts(request.frame.window, by, request.areaId), 'sum');
      }
      case 'initiatives':
        return crossTable(request.frame, [INITIATIVE_KIND_COLUMN], await this.queries.initiatives(request.frame.window, request.areaId), 'sum');
    }
  }

  /** Checks the query against the statistic and the audience; a 400 names the field. */
  private request(statistic: StatisticName, audience: Audience, query: StatisticQuery): Request {
    const definition = STATISTICS[statistic];
    const suppressed = audience.kind !== 'full';
    const groupBy = [...new Set(query.groupBy)];
    const refused = groupBy.filter((dimension) => !definition.groupBy.includes(dimension));
    if (refused.length > 0) {
      throw definition.groupBy.length === 0 ? badRequest(STATISTIC_REFUSALS.noBreakdown) : badRequest(STATISTIC_REFUSALS.breakdownUnknown, { allowed: definition.groupBy, refused });
    }
    if (suppressed && groupBy.length > 1) throw badRequest(STATISTIC_REFUSALS.suppressedBreakdowns);
    if (audience.kind === 'area' && groupBy.includes('area')) throw badRequest(STATISTIC_REFUSALS.areaByArea);
    if (audience.kind === 'area' && !definition.perArea) throw badRequest(STATISTIC_REFUSALS.notPerArea);
    const areaId = audience.kind === 'area' ? audience.areaId : (query.areaId ?? null);
    if (areaId !== null && !definition.perArea) throw badRequest(STATISTIC_REFUSALS.notPerArea);
    return {
      frame: { statistic, title: definition.title, audience, window: this.window(audience, definition.countsPersons, query), threshold: suppressed && definition.countsPersons ? this.config.SUPPRESSION_THRESHOLD : null },
      groupBy,
      areaId,
    };
  }

  private window(audience: Audience, countsPersons: boolean, query: StatisticQuery): StatisticWindow {
    try {
      const period = periodKindFor(audience.kind, countsPersons, query.period);
      if (audience.kind !== 'full') {
        if (query.year === undefined) throw new WindowError('year', WINDOW_REFUSALS.yearRequired);
        return yearWindow(period, query.year);
      }
      if (query.from === undefined || query.to === undefined) throw new WindowError(query.from === undefined ? 'from' : 'to', WINDOW_REFUSALS.fromToRequired);
      return windowOf(period, query.from, query.to);
    } catch (error) {
      if (error instanceof WindowError) throw badRequest(error.refusal);
      throw error;
    }
  }

  /**
   * The dimensions' columns with the areas and offence categories as the reference data has
   * them now; read only when a table is computed, and a change of the names raises the read
   * model's version (ReferenceLabelsHandlers), so that no kept table keeps an old name.
   */
  private async columns(): Promise<Record<Dimension, KeyColumn>> {
    return keyColumnsOf(await this.queries.referenceNames());
  }

  private async keyColumns(groupBy: readonly Dimension[]): Promise<KeyColumn[]> {
    const columns = await this.columns();
    return groupBy.map((dimension) => columns[dimension]);
  }

  private async measures(request: Request, measures: typeof CASE_MEASURES): Promise<StatisticTable> {
    const { frame } = request;
    const rows = await Promise.all(
      measures.map(async (measure): Promise<MeasureRow> => {
        const counts = await this.queries.personEvents(measure.events, frame.window, request.areaId);
        const values = frame.window.periods.map((period) => counts.cells.find((cell) => cell.period === period.key)?.value ?? 0);
        return countSeries({ measure: measure.id }, { measure: measure.da }, values, counts.totals[0]?.value ?? 0, frame.threshold);
      }),
    );
    return measureTable(frame, [measureColumn(measures)], rows);
  }

  /**
   * The young people of each period (and area) are the young people's table's numbers: for a
   * suppressed audience, hidden where that table hides them (`youngPeople`, of the same
   * version and breakdown), and the percentage with them, as a percentage over a hidden count
   * with the repeaters beside it would give the count away.
   */
  private async repeatRate(request: Request, youngPeople: StatisticTable | null): Promise<StatisticTable> {
    const { frame } = request;
    const byArea = request.groupBy.includes('area');
    const periods = frame.window.periods.map((period) => ({ ...period, windowFirst: repeatWindowEnding(period.last).first }));
    const counts = await this.queries.repeatCounts(periods, byArea, request.areaId);
    const areaColumn = (await this.columns()).area;
    const areas = byArea ? [...new Set([...areaColumn.values.map((value) => value.id), ...counts.map((count) => count.area!)])] : [null];
    const measures = measureColumn([
      { id: 'young-people', da: 'Unge med hændelser' },
      { id: 'repeaters', da: 'Heraf med to eller flere sager på 12 måneder' },
      { id: 'rate', da: 'Andel i procent' },
    ]);
    const threshold = frame.threshold;
    const rows: MeasureRow[] = areas.flatMap((area) => {
      const keys: Record<string, string> = area === null ? {} : { area };
      const labels: Record<string, string> = area === null ? {} : { area: labelOf(areaColumn, area) };
      const cells = frame.window.periods.map((period) => counts.find((count) => count.period === period.key && count.area === area) ?? { persons: 0, repeaters: 0 });
      const hiddenThere = youngPeople?.rows.find((candidate) => area === null || candidate.keys.area === area)?.suppressed;
      const hidePersons = cells.map((cell, column) => threshold !== null && (isSmallCount(cell.persons, threshold) || (hiddenThere?.[column] ?? true)));
      const hideRepeaters = cells.map((cell) => threshold !== null && hidesRate(cell.repeaters, cell.persons, threshold));
      const hideRate = hideRepeaters.map((hidden, column) => hidden || hidePersons[column]);
      const row = (id: string, unit: MeasureRow['unit'], values: (number | null)[], hidden: boolean[]): MeasureRow =>
        measureRow({ ...keys, measure: id }, { ...labels, measure: labelOf(measures, id) }, unit, values, hidden, null);
      return [
        row('young-people', 'count', cells.map((cell) => cell.persons), hidePersons),
        row('repeaters', 'count', cells.map((cell) => cell.repeaters), hideRepeaters),
        row('rate', 'percent', cells.map((cell) => repeatRatePercent(cell.repeaters, cell.persons)), hideRate),
      ];
    });
    return measureTable(frame, byArea ? [areaColumn, measures] : [measures], rows);
  }

  private async timeToDecision(request: Request): Promise<StatisticTable> {
    const { frame } = request;
    const results = await this.queries.timeToDecision(frame.window, request.areaId);
    const inPeriod = frame.window.periods.map((period) => results.find((result) => result.period === period.key) ?? { median: null, decided: 0, undecided: 0 });
    const whole = results.find((result) => result.period === null) ?? { median: null, decided: 0, undecided: 0 };
    const measures = measureColumn([
      { id: 'median-days', da: 'Median, dage fra hændelse til første beslutning' },
      { id: 'decided', da: 'Sager med beslutning' },
      { id: 'undecided', da: 'Sager uden beslutning endnu' },
    ]);
    const threshold = frame.threshold;
    const hideMedian = (decided: number) => threshold !== null && hidesMedian(decided, threshold);
    const medianHidden = inPeriod.map((cell) => hideMedian(cell.decided));
    const median = measureRow(
      { measure: 'median-days' },
      { measure: labelOf(measures, 'median-days') },
      'days',
      inPeriod.map((cell) => cell.median),
      medianHidden,
      whole.median,
      hideMedian(whole.decided),
    );
    const series = (id: 'decided' | 'undecided') =>
      countSeries({ measure: id }, { measure: labelOf(measures, id) }, inPeriod.map((cell) => cell[id]), whole[id], threshold);
    return measureTable(frame, [measures], [median, series('decided'), series('undecided')]);
  }

  /**
   * Headline numbers of the window. Those that are totals of detailed tables (incidents, young
   * people, persons flagged and reviewed, decisions, interventions, the median time to a
   * decision) are taken from those tables at the same version, hidden where they are hidden:
   * a total hidden as a complement in a detailed table is not shown here, and the overview
   * and the tables always give the same number. The rest are counted here: the repeat rate of
   * the whole window (suppressed by its own rule, and with the young people it is a share of)
   * and the counts of no persons.
   */
  private async overview(request: Request, audience: Audience, query: StatisticQuery, version: string): Promise<StatisticTable> {
    const { frame, areaId } = request;
    const window = frame.window;
    const threshold = frame.threshold;
    const whole: StatisticWindow = { ...window, periods: [{ key: `${window.first.slice(0, 7)}/${window.last.slice(0, 7)}`, first: window.first, last: window.last }] };
    const sum = (cells: readonly { value: number }[]) => cells.reduce((total, cell) => total + cell.value, 0);
    const detailed = (statistic: StatisticName) => this.tableAt(statistic, audience, { ...query, groupBy: [] }, version, 'exactly');
    const [[incidents, youngPeople, cases, decisions, interventions, timed], repeat, meetings, alerts, initiatives, lists] = await Promise.all([
      Promise.all((['incidents', 'young-people', 'cases', 'decisions', 'interventions', 'time-to-decision'] as const).map(detailed)),
      this.queries.repeatCounts([{ ...whole.periods[0], windowFirst: repeatWindowEnding(window.last).first }], false, areaId).then(([counted]) => counted),
      areaId === null ? this.queries.meetingsHeld(window).then(sum) : Promise.resolve(null),
      this.queries.areaAlerts(window, 'area', areaId).then(sum),
      this.queries.initiatives(window, areaId).then(sum),
      areaId === null ? this.queries.policeLists(window).then((counted) => counted.lists) : Promise.resolve(null),
    ]);
    const [repeaters, persons] = [repeat?.repeaters ?? 0, repeat?.persons ?? 0];
    type Measure = { id: string; da: string; unit: MeasureRow['unit']; value: number | null; hidden: boolean };
    const grandTotal = (id: string, da: string, table: StatisticTable): Measure => ({ id, da, unit: 'count', value: table.grandTotal, hidden: table.grandTotalSuppressed });
    const rowTotal = (id: string, da: string, table: StatisticTable, measure: string): Measure => {
      const row = table.rows.find((candidate) => candidate.keys.measure === measure)!;
      return { id, da, unit: row.unit, value: row.total, hidden: row.totalSuppressed };
    };
    const unsuppressed = (id: string, da: string, value: number | null): Measure[] => (value === null ? [] : [{ id, da, unit: 'count', value, hidden: false }]);
    const measures: Measure[] = [
      grandTotal('incidents', 'Hændelser', incidents),
      grandTotal('young-people', 'Unge med hændelser', youngPeople),
      // Of the young people above: hidden with them, as a percentage over a hidden count narrows it down.
      {
        id: 'repeat-rate',
        da: 'Andel unge med to eller flere sager på 12 måneder (procent)',
        unit: 'percent',
        value: repeatRatePercent(repeaters, persons),
        hidden: threshold !== null && (hidesRate(repeaters, persons, threshold) || youngPeople.grandTotalSuppressed),
      },
      rowTotal('persons-flagged', CASE_MEASURES[0].da, cases, 'flagged'),
      rowTotal('persons-reviewed', CASE_MEASURES[1].da, cases, 'reviewed'),
      grandTotal('decisions', 'Beslutninger', decisions),
      ...INTERVENTION_MEASURES.map((measure) => rowTotal(`interventions-${measure.id}`, measure.da, interventions, measure.id)),
      rowTotal('median-days-to-decision', 'Median, dage fra hændelse til første beslutning', timed, 'median-days'),
      ...unsuppressed('meetings-held', 'Afholdte møder', meetings),
      ...unsuppressed('area-alerts', 'Områdealarmer', alerts),
      ...unsuppressed('initiatives', 'Igangsatte initiativer', initiatives),
      ...unsuppressed('police-lists', 'Modtagne politilister', lists),
    ];
    return measureTable(
      { ...frame, window: whole },
      [measureColumn(measures)],
      measures.map((measure) => measureRow({ measure: measure.id }, { measure: measure.da }, measure.unit, [measure.value], [measure.hidden], measure.value, measure.hidden)),
    );
  }
}
