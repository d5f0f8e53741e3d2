import { Injectable } from '@nestjs/common';
import { ReferenceDataRepository, type ReferenceNames } from '@ssp/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { periodKeyOf, type Period, type PeriodKind, type StatisticWindow } from '../rules/periods';
import { REPEAT_MIN_INCIDENTS } from '../rules/repeat-rate';
import { DIMENSION_COLUMNS, type Dimension } from './dimensions';
import type { CellCount, Margins } from './table-builder';

/** Parameters of one query, numbered as they are added. */
class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const SORT_MEMORY = '64MB';

/** The first day of the period a day column falls in. `kind` is one of two literals. */
function periodDay(column: string, kind: PeriodKind): string {
  return `date_trunc('${kind === 'month' ? 'month' : 'quarter'}', ${column}::timestamp)::date`;
}

/** The same as text: node-postgres would turn a date into a Date at local midnight. */
function periodStart(column: string, kind: PeriodKind): string {
  return `to_char(${periodDay(column, kind)}, 'YYYY-MM-DD')`;
}

/**
 * The area a person's event counts in: the area of their latest incident on or before the
 * event's day (the nearest later one when there is none before). Case events carry no area.
 */
function personArea(alias: string, dayColumn: string): string {
  const person = `i.person_pseudonym = ${alias}.person_pseudonym`;
  return `coalesce(
    (SELECT i.area_id FROM incident i WHERE ${person} AND i.incident_date <= ${alias}.${dayColumn} ORDER BY i.incident_date DESC, i.area_id LIMIT 1),
    (SELECT i.area_id FROM incident i WHERE ${person} AND i.incident_date > ${alias}.${dayColumn} ORDER BY i.incident_date, i.area_id LIMIT 1))`;
}

export interface DistinctCounts {
  cells: CellCount[];
  margins: Exclude<Margins, 'sum'>;
}

export interface RepeatCount {
  period: string;
  area: string | null;
  persons: number;
  repeaters: number;
}

export interface TimeToDecision {
  /** Null for the whole window. */
  period: string | null;
  median: number | null;
  decided: number;
  undecided: number;
}

/** A table of person events (decisions, cases opened, ...) and its day column. */
export interface PersonEvents {
  table: 'case_opening' | 'case_closing' | 'decision' | 'intervention_assigned' | 'intervention_completed' | 'intervention_overdue';
  day: string;
  /** Count each person once per period (persons flagged), or every event (decisions). */
  distinctPersons: boolean;
  /** A column to break down by, e.g. the decision's kind. */
  groupBy?: string;
}

export interface PeriodCounts {
  cells: CellCount[];
  /** By the group-by column (or `[]` without one), over the whole window. */
  totals: { keys: string[]; value: number }[];
}

/**
 * The aggregation SQL of the statistics, over the read model. Rules (periods, bands, what
 * counts as a repeat) are decided in TypeScript and passed in; the database counts.
 */
@Injectable()
export class StatisticsQueries {
  constructor(private readonly dataSource: DataSource) {}

  protected async rows<T>(sql: string, params: Params): Promise<T[]> {
    return (await this.dataSource.query(sql, params.values)) as T[];
  }

  /** For queries that count distinct persons: they sort, and sort in memory with more of it. */
  protected async sortingRows<T>(sql: string, params: Params): Promise<T[]> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SET LOCAL work_mem = '${SORT_MEMORY}'`);
      return (await tx.query(sql, params.values)) as T[];
    });
  }

  /**
   * `work` with queries that all run in one read-only transaction, so that they see one
   * snapshot of the read model: tables that must agree (linked tables' shared totals) do,
   * even while the consumer writes.
   */
  async inOneSnapshot<T>(work: (queries: StatisticsQueries) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      await tx.query(`SET LOCAL work_mem = '${SORT_MEMORY}'`);
      return work(new SnapshotQueries(this.dataSource, tx));
    });
  }

  /** The areas' and offence categories' names as the reference data has them now. */
  async referenceNames(): Promise<ReferenceNames> {
    return new ReferenceDataRepository(this.dataSource.manager).names();
  }

  /** The read model's version now (read-model-target.ts: raised by every write). */
  async readModelVersion(): Promise<string> {
    const [row] = (await this.dataSource.query('SELECT version::text AS version FROM read_model_version')) as { version: string }[];
    return row.version;
  }

  private key(day: string, window: StatisticWindow): string {
    return periodKeyOf(day, window.kind);
  }

  /**
   * Incidents from the pre-aggregated counts: by area and at most one other dimension from
   * the counts per month, area and one dimension (any one of them adds up to all incidents);
   * by more from the counts per month and every dimension.
   */
  async incidentCounts(window: StatisticWindow, dimensions: readonly Dimension[], areaId: string | null): Promise<CellCount[]> {
    const params = new Params();
    const others = dimensions.filter((dimension) => dimension !== 'area');
    const narrow = others.length <= 1;
    const column = (dimension: Dimension) => (narrow && dimension !== 'area' ? 'value' : DIMENSION_COLUMNS[dimension]);
    const rows = await this.rows<Record<string, string | number>>(
      `SELECT ${periodStart('month', window.kind)} AS period, ${[...dimensions.map((dimension, index) => `${column(dimension)} AS d${index}`), 'sum(incidents)::int AS value'].join(', ')}
       FROM ${narrow ? 'incident_count_by_dimension' : 'incident_count'}
       WHERE ${narrow ? `dimension = ${params.add(others[0] ?? 'role')} AND ` : ''}month BETWEEN ${params.add(window.first)} AND ${params.add(window.last)}
       ${areaId === null ? '' : `AND area_id = ${params.add(areaId)}`}
       GROUP BY ${['1', ...dimensions.map((_, index) => `d${index}`)].join(', ')}`,
      params,
    );
    return rows.map((row) => ({ keys: dimensions.map((_, index) => String(row[`d${index}`])), period: this.key(String(row.period), window), value: Number(row.value) }));
  }

  /** Distinct young people with an incident, per cell and, counted on their own, per row, column and in all. */
  async youngPeople(window: StatisticWindow, dimensions: readonly Dimension[], areaId: string | null): Promise<DistinctCounts> {
    const params = new Params();
    const names = dimensions.map((_, index) => `d${index}`);
    const inner = [`${periodDay('incident_date', window.kind)} AS period`, ...dimensions.map((dimension, index) => `${DIMENSION_COLUMNS[dimension]} AS d${index}`), 'person_pseudonym'];
    const rows = await this.sortingRows<Record<string, string | number | null>>(
      `SELECT to_char(period, 'YYYY-MM-DD') AS period, ${names.map((name) => `${name}, `).join('')}count(DISTINCT person_pseudonym)::int AS value,
              GROUPING(period) AS no_period${names.length > 0 ? `, GROUPING(${names.join(', ')}) AS no_row` : ', 1 AS no_row'}
       FROM (SELECT ${inner.join(', ')} FROM incident
             WHERE incident_date BETWEEN ${params.add(window.first)} AND ${params.add(window.last)}
             ${areaId === null ? '' : `AND area_id = ${params.add(areaId)}`}) x
       GROUP BY GROUPING SETS (${names.length > 0 ? `(period, ${names.join(', ')}), (${names.join(', ')}), ` : ''}(period), ())`,
      params,
    );
    const result: DistinctCounts = { cells: [], margins: { rowTotals: [], columnTotals: [], grandTotal: 0 } };
    // Without key columns every row is the one row: a period's cell is also its column total, and the grand total its row total.
    const oneRow = names.length === 0;
    for (const row of rows) {
      const keys = names.map((name) => String(row[name]));
      const value = Number(row.value);
      const period = Number(row.no_period) === 0 ? this.key(String(row.period), window) : null;
      const inRow = oneRow || Number(row.no_row) === 0;
      if (period !== null && inRow) result.cells.push({ keys, period, value });
      if (period !== null && (oneRow || !inRow)) result.margins.columnTotals.push({ period, value });
      if (period === null && inRow && !oneRow) result.margins.rowTotals.push({ keys, value });
      if (period === null && (oneRow || !inRow)) result.margins.grandTotal = value;
    }
    if (oneRow) result.margins.rowTotals.push({ keys: [], value: result.margins.grandTotal });
    return result;
  }

  /**
   * Per period (and area), the young people with an incident in it, and how many of them
   * have two or more police cases in the twelve months ending on the period's last day.
   */
  async repeatCounts(periods: readonly (Period & { windowFirst: string })[], byArea: boolean, areaId: string | null): Promise<RepeatCount[]> {
    const params = new Params();
    const [keys, firsts, lasts, windowFirsts] = [periods.map((p) => p.key), periods.map((p) => p.first), periods.map((p) => p.last), periods.map((p) => p.windowFirst)];
    // Each police case once, on its first day; the young people active in each period; their cases in its window.
    const rows = await this.sortingRows<{ period: string; area: string | null; persons: number; repeaters: number }>(
      `WITH periods AS (
         SELECT * FROM unnest(${params.add(keys)}::text[], ${params.add(firsts)}::date[], ${params.add(lasts)}::date[], ${params.add(windowFirsts)}::date[]) AS p(key, first, last, window_first)),
       span AS (SELECT min(window_first) AS first, max(last) AS last FROM periods),
       cases AS (
         SELECT i.person_pseudonym, i.journal_key, min(i.incident_date) AS day FROM incident i, span
         WHERE i.incident_date BETWEEN span.first AND span.last GROUP BY 1, 2),
       active AS (
         SELECT DISTINCT p.key, p.last, p.window_first, i.person_pseudonym, ${byArea ? 'i.area_id' : 'NULL::text'} AS area
         FROM periods p JOIN incident i ON i.incident_date BETWEEN p.first AND p.last
         ${areaId === null ? '' : `AND i.area_id = ${params.add(areaId)}`}),
       counted AS (
         SELECT a.key, a.area, a.person_pseudonym, count(*) AS cases
         FROM active a JOIN cases c ON c.person_pseudonym = a.person_pseudonym AND c.day BETWEEN a.window_first AND a.last
         GROUP BY 1, 2, 3)
       SELECT key AS period, area, count(*)::int AS persons, count(*) FILTER (WHERE cases >= ${params.add(REPEAT_MIN_INCIDENTS)})::int AS repeaters
       FROM counted GROUP BY key, area`,
      params,
    );
    return rows.map((row) => ({ period: row.period, area: row.area, persons: Number(row.persons), repeaters: Number(row.repeaters) }));
  }

  /** Person events per period (and group), with totals over the window. */
  async personEvents(events: PersonEvents, window: StatisticWindow, areaId: string | null): Promise<PeriodCounts> {
    const params = new Params();
    const group = events.groupBy ? `e.${events.groupBy}` : 'NULL::text';
    const counted = events.distinctPersons ? 'count(DISTINCT person_pseudonym)' : 'count(*)';
    const rows = await this.sortingRows<{ period: string | null; g: string | null; value: number; no_period: number }>(
      `SELECT to_char(period, 'YYYY-MM-DD') AS period, g, ${counted}::int AS value, GROUPING(period) AS no_period
       FROM (SELECT ${periodDay(`e.${events.day}`, window.kind)} AS period, ${group} AS g, e.person_pseudonym FROM ${events.table} e
             WHERE e.${events.day} BETWEEN ${params.add(window.first)} AND ${params.add(window.last)}
             ${areaId === null ? '' : `AND ${personArea('e', events.day)} = ${params.add(areaId)}`}) x
       GROUP BY GROUPING SETS ((period, g), (g))`,
      params,
    );
    const keysOf = (g: string | null) => (events.groupBy ? [String(g)] : []);
    return {
      cells: rows.filter((row) => Number(row.no_period) === 0).map((row) => ({ keys: keysOf(row.g), period: this.key(String(row.period), window), value: Number(row.value) })),
      totals: rows.filter((row) => Number(row.no_period) === 1).map((row) => ({ keys: keysOf(row.g), value: Number(row.value) })),
    };
  }

  /**
   * Days from each police case a young person was part of (witnesses left out: they are not
   * reviewed) to the first decision about the person on or after its day; the median per
   * period of the incident, and how many are decided and not yet.
   */
  async timeToDecision(window: StatisticWindow, areaId: string | null): Promise<TimeToDecision[]> {
    const params = new Params();
    const rows = await this.sortingRows<{ period: string | null; no_period: number; median: number | null; decided: number; undecided: number }>(
      `WITH cases AS (
         SELECT person_pseudonym, journal_key, min(incident_date) AS day FROM incident
         WHERE incident_date BETWEEN ${params.add(window.first)} AND ${params.add(window.last)} AND role <> 'witness'
         ${areaId === null ? '' : `AND area_id = ${params.add(areaId)}`}
         GROUP BY 1, 2),
       timed AS (
         SELECT ${periodDay('c.day', window.kind)} AS period, min(d.decided_on) - c.day AS days
         FROM cases c LEFT JOIN decision d ON d.person_pseudonym = c.person_pseudonym AND d.decided_on >= c.day
         GROUP BY c.person_pseudonym, c.journal_key, c.day)
       SELECT to_char(period, 'YYYY-MM-DD') AS period, GROUPING(period) AS no_period, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median,
              count(days)::int AS decided, (count(*) - count(days))::int AS undecided
       FROM timed GROUP BY GROUPING SETS ((period), ())`,
      params,
    );
    return rows.map((row) => ({
      period: Number(row.no_period) === 1 ? null : this.key(String(row.period), window),
      median: row.median === null ? null : Number(row.median),
      decided: Number(row.decided),
      undecided: Number(row.undecided),
    }));
  }

  /** Meetings held, per body. */
  async meetingsHeld(window: StatisticWindow): Promise<CellCount[]> {
    const params = new Params();
    const rows = await this.rows<{ period: string; body_id: string; value: number }>(
      `SELECT ${periodStart('held_on', window.kind)} AS period, body_id, count(*)::int AS value FROM meeting_held
       WHERE held_on BETWEEN ${params.add(window.first)} AND ${params.add(window.last)} GROUP BY 1, 2`,
      params,
    );
    return rows.map((row) => ({ keys: [row.body_id], period: this.key(row.period, window), value: Number(row.value) }));
  }

  /** Area alerts by the week they are about, per area or per offence category. */
  async areaAlerts(window: StatisticWindow, by: 'area' | 'offenceCategory', areaId: string | null): Promise<CellCount[]> {
    const params = new Params();
    const rows = await this.rows<{ period: string; g: string; value: number }>(
      `SELECT ${periodStart('week_start', window.kind)} AS period, ${by === 'area' ? 'area_id' : 'offence_category'} AS g, count(*)::int AS value FROM area_alert
       WHERE week_start BETWEEN ${params.add(window.first)} AND ${params.add(window.last)}
       ${areaId === null ? '' : `AND area_id = ${params.add(areaId)}`} GROUP BY 1, 2`,
      params,
    );
    return rows.map((row) => ({ keys: [row.g], period: this.key(row.period, window), value: Number(row.value) }));
  }

  /** Initiatives launched, per kind; for an area, those meant for it. */
  async initiatives(window: StatisticWindow, areaId: string | null): Promise<CellCount[]> {
    const params = new Params();
    const rows = await this.rows<{ period: string; kind: string; value: number }>(
      `SELECT ${periodStart('launched_on', window.kind)} AS period, kind, count(*)::int AS value FROM initiative
       WHERE launched_on BETWEEN ${params.add(window.first)} AND ${params.add(window.last)}
       ${areaId === null ? '' : `AND ${params.add(areaId)} = ANY(area_ids)`} GROUP BY 1, 2`,
      params,
    );
    return rows.map((row) => ({ keys: [row.kind], period: this.key(row.period, window), value: Number(row.value) }));
  }

  /** Police lists ingested in the window: how many, and their accepted rows. */
  async policeLists(window: StatisticWindow): Promise<{ lists: number; accepted: number }> {
    const params = new Params();
    const [row] = await this.rows<{ lists: number; accepted: number }>(
      `SELECT count(*)::int AS lists, coalesce(sum(accepted), 0)::int AS accepted FROM police_list_summary
       WHERE (ingested_at AT TIME ZONE 'Europe/Copenhagen')::date BETWEEN ${params.add(window.first)} AND ${params.add(window.last)}`,
      params,
    );
    return { lists: Number(row.lists), accepted: Number(row.accepted) };
  }
}

/** The same queries, one after the other in the caller's transaction. */
class SnapshotQueries extends StatisticsQueries {
  constructor(
    dataSource: DataSource,
    private readonly tx: EntityManager,
  ) {
    super(dataSource);
  }

  protected override async rows<T>(sql: string, params: Params): Promise<T[]> {
    return (await this.tx.query(sql, params.values)) as T[];
  }

  protected override async sortingRows<T>(sql: string, params: Params): Promise<T[]> {
    return this.rows<T>(sql, params);
  }
}
