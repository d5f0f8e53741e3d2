import type { StatisticName } from '../statistics/statistic-catalogue';
import type { StatisticRow, StatisticTable } from '../statistics/statistic-table';
import { PublishedNumbers } from './suppression-attacker.fixture';

/**
 * What the statistics one audience is served say about each other, for the attacker: every
 * number of every table by an id that names what it counts, so that a number served in two
 * tables is one number (March's young people in every breakdown, in the repeat rate and, for
 * the year, in the overview), and the relations between numbers that hold by how they are
 * counted (docs/reporting.md, "Suppression"). For tests.
 *
 * Ids: `<quantity>|<row key>|<period>`, the row key being `dimension=value` (empty for the
 * whole), the period a column's key or `all` for the window.
 */

/** A table an audience is served, and the same table with every count (the full audience's, same window and breakdown). */
export interface ServedTable {
  shown: StatisticTable;
  full: StatisticTable;
}

const ALL = 'all';
const idOf = (quantity: string, rowKey: string, period: string) => `${quantity}|${rowKey}|${period}`;
const rowKeyOf = (table: StatisticTable, row: StatisticRow, except: string[] = []) =>
  table.keyColumns
    .filter((column) => !except.includes(column.id))
    .map((column) => `${column.id}=${row.keys[column.id]}`)
    .join(',');

type Totals = 'sums' | 'distinct';

/** Reads one served table into the numbers: its numbers and the relations inside it. */
type Reader = (numbers: PublishedNumbers, served: ServedTable, notes: Notes) => void;

/** What the readers leave for the relations between tables. */
interface Notes {
  /** The last period of the window, whose repeat window is the window's own (the overview's repeat rate). */
  lastPeriod?: string;
}

class Served {
  constructor(
    readonly numbers: PublishedNumbers,
    readonly served: ServedTable,
  ) {}

  /** The row of the full table that matches a shown row. */
  fullRow(index: number): StatisticRow {
    const row = this.served.full.rows[index];
    const shown = this.served.shown.rows[index];
    if (JSON.stringify(row?.keys) !== JSON.stringify(shown.keys)) throw new RangeError(`${this.served.shown.statistic}: the full table's rows differ from the shown one's`);
    return row;
  }

  /** A served count: its true value from the full table, hidden as the shown one says; what is shown must be true. */
  count(id: string, shown: number | null, hidden: boolean, truth: number | null): void {
    if (truth === null) throw new RangeError(`${id}: a count is never empty`);
    if (!hidden && shown !== truth) throw new RangeError(`${id} is shown as ${shown}, but is ${truth}`);
    this.numbers.number(id, truth, hidden);
  }

  /** Every value and the total of a row, under `quantity` and `rowKey`; returns the ids of its values and of its total. */
  countsOfRow(index: number, quantity: string, rowKey: string): { values: string[]; total: string } {
    const [shown, full] = [this.served.shown.rows[index], this.fullRow(index)];
    const values = this.served.shown.columns.map((period, column) => {
      const id = idOf(quantity, rowKey, period);
      this.count(id, shown.values[column], shown.suppressed[column], full.values[column]);
      return id;
    });
    const total = idOf(quantity, rowKey, ALL);
    this.count(total, shown.total, shown.totalSuppressed, full.total);
    return { values, total };
  }
}

const relate = (numbers: PublishedNumbers, totals: Totals, total: string, parts: string[]) => (totals === 'sums' ? numbers.sum(total, parts) : numbers.distinctTotal(total, parts));

/** Rows by a breakdown, columns by period, with row totals, column totals and the grand total. */
function crossTable(totals: Totals): Reader {
  return (numbers, served) => {
    const table = new Served(numbers, served);
    const { shown, full } = served;
    const quantity = shown.statistic;
    const rows = shown.rows.map((row, index) => table.countsOfRow(index, quantity, rowKeyOf(shown, row)));
    const columnTotals = shown.columns.map((period, column) => {
      const id = idOf(quantity, '', period);
      table.count(id, shown.columnTotals![column], shown.columnTotalsSuppressed![column], full.columnTotals![column]);
      return id;
    });
    const grand = idOf(quantity, '', ALL);
    table.count(grand, shown.grandTotal, shown.grandTotalSuppressed, full.grandTotal);
    for (const row of rows) relate(numbers, totals, row.total, row.values);
    columnTotals.forEach((id, column) => relate(numbers, totals, id, rows.map((row) => row.values[column])));
    relate(numbers, totals, grand, columnTotals);
    relate(numbers, totals, grand, rows.map((row) => row.total));
  };
}

/** Measures side by side, each a series over the periods with its total over the window. */
function measureSeries(totals: Totals): Reader {
  return (numbers, served) => {
    const table = new Served(numbers, served);
    served.shown.rows.forEach((row, index) => {
      const series = table.countsOfRow(index, served.shown.statistic, rowKeyOf(served.shown, row));
      relate(numbers, totals, series.total, series.values);
    });
  };
}

/**
 * Per period (and area): the young people with an incident, those of them with two or more
 * police cases in the twelve months, and the percentage. The young people are the same number
 * as the young people's table (its column totals, or its cells by area); the repeaters are
 * some of them, and the municipality's repeaters are distinct persons of the areas' (a young
 * person active in two areas repeats in both). A shown percentage ties the repeaters to the
 * young people from both sides; a hidden one is a target of its own.
 */
const repeatRate: Reader = (numbers, served, notes) => {
  const table = new Served(numbers, served);
  const { shown } = served;
  notes.lastPeriod = shown.columns[shown.columns.length - 1];
  shown.rows.forEach((row, index) => {
    if (row.total !== null || row.totalSuppressed) throw new RangeError('repeat-rate: a row has a total, which the attacker does not know how to read');
    const full = table.fullRow(index);
    const area = rowKeyOf(shown, row, ['measure']);
    shown.columns.forEach((period, column) => {
      const [persons, repeaters] = [idOf('young-people', area, period), idOf('repeaters', area, period)];
      const shownAs = { value: row.values[column], hidden: row.suppressed[column] };
      if (row.keys.measure === 'young-people') table.count(persons, shownAs.value, shownAs.hidden, full.values[column]);
      else if (row.keys.measure === 'repeaters') {
        table.count(repeaters, shownAs.value, shownAs.hidden, full.values[column]);
        numbers.atMost(repeaters, persons, `${repeaters} above the young people ${persons}`);
      } else if (row.keys.measure === 'rate') {
        if (!shownAs.hidden && shownAs.value !== full.values[column]) throw new RangeError(`repeat-rate ${area} ${period} is shown as ${shownAs.value}, but is ${full.values[column]}`);
        numbers.percent(idOf('repeat-rate', area, period), repeaters, persons, shownAs, full.values[column]);
      } else throw new RangeError(`repeat-rate: no relation known for the measure ${row.keys.measure}`);
    });
  });
};

/**
 * The median days to a decision cannot be read by the integer program: it is a statistic of
 * the days themselves, which no table counts, so no variable stands for them. What it says of
 * the counts is read: a median that ends in .5 is the mean of the middle two of an even number
 * of cases decided. The cases decided and not yet are counts, each a series with its total.
 */
const timeToDecision: Reader = (numbers, served) => {
  const table = new Served(numbers, served);
  const { shown } = served;
  const medianIndex = shown.rows.findIndex((row) => row.keys.measure === 'median-days');
  shown.rows.forEach((row, index) => {
    if (index === medianIndex) return;
    const series = table.countsOfRow(index, 'time-to-decision', rowKeyOf(shown, row));
    numbers.sum(series.total, series.values);
  });
  const median = shown.rows[medianIndex];
  const halfDays = (value: number | null, hidden: boolean) => !hidden && value !== null && !Number.isInteger(value);
  shown.columns.forEach((period, column) => {
    if (halfDays(median.values[column], median.suppressed[column])) numbers.even(idOf('time-to-decision', 'measure=decided', period));
  });
  if (halfDays(median.total, median.totalSuppressed)) numbers.even(idOf('time-to-decision', 'measure=decided', ALL));
};

/** The overview's numbers, by the ids of the detailed tables' totals they repeat; null for those that count no persons. */
const OVERVIEW_MEASURES: Record<string, string | 'repeat-rate' | 'median' | null> = {
  incidents: idOf('incidents', '', ALL),
  'young-people': idOf('young-people', '', ALL),
  'repeat-rate': 'repeat-rate',
  'persons-flagged': idOf('cases', 'measure=flagged', ALL),
  'persons-reviewed': idOf('cases', 'measure=reviewed', ALL),
  decisions: idOf('decisions', '', ALL),
  'interventions-started': idOf('interventions', 'measure=started', ALL),
  'interventions-completed': idOf('interventions', 'measure=completed', ALL),
  'interventions-overdue': idOf('interventions', 'measure=overdue', ALL),
  'median-days-to-decision': 'median',
  'meetings-held': null,
  'area-alerts': null,
  initiatives: null,
  'police-lists': null,
};

/**
 * The overview repeats the detailed tables' totals (the same numbers); its repeat rate is of
 * the whole window: of its young people, those repeating in the twelve months ending on its
 * last day, a number no table shows, at least the last period's repeaters (the same window).
 */
const overview: Reader = (numbers, served) => {
  const table = new Served(numbers, served);
  const { shown } = served;
  shown.rows.forEach((row, index) => {
    const full = table.fullRow(index);
    const measure = OVERVIEW_MEASURES[row.keys.measure];
    if (measure === undefined) throw new RangeError(`overview: no relation known for the measure ${row.keys.measure}`);
    const [value, hidden, truth] = [row.values[0], row.suppressed[0], full.values[0]];
    if (!hidden && value !== truth) throw new RangeError(`overview ${row.keys.measure} is shown as ${value}, but is ${truth}`);
    if (measure === null) {
      if (hidden) throw new RangeError(`overview ${row.keys.measure} counts no persons, yet is hidden: the attacker does not know it`);
    } else if (measure === 'repeat-rate') {
      const repeaters = idOf('repeaters', '', ALL);
      numbers.unknown(repeaters);
      numbers.percent(idOf('repeat-rate', '', ALL), repeaters, idOf('young-people', '', ALL), { value, hidden }, truth);
      numbers.atMost(repeaters, idOf('young-people', '', ALL));
    } else if (measure === 'median') {
      if (!hidden && value !== null && !Number.isInteger(value)) numbers.even(idOf('time-to-decision', 'measure=decided', ALL));
    } else table.count(measure, value, hidden, truth);
  });
};

/** Meetings, area alerts and initiatives count no persons: nothing is hidden, and they say nothing of the counts of persons. */
const countsNoPersons: Reader = (_numbers, { shown }) => {
  if (shown.suppression !== null || shown.rows.some((row) => row.suppressed.some(Boolean) || row.totalSuppressed)) throw new RangeError(`${shown.statistic} counts no persons, yet hides a number: the attacker does not know it`);
};

const READERS: Record<StatisticName, Reader> = {
  overview,
  incidents: crossTable('sums'),
  'young-people': crossTable('distinct'),
  'repeat-rate': repeatRate,
  cases: measureSeries('distinct'),
  decisions: crossTable('sums'),
  interventions: measureSeries('sums'),
  'time-to-decision': timeToDecision,
  meetings: countsNoPersons,
  'area-alerts': countsNoPersons,
  initiatives: countsNoPersons,
};

/** The statistics whose tables hide nothing, as they count no persons. */
export const COUNTS_OF_NO_PERSONS: readonly StatisticName[] = (Object.keys(READERS) as StatisticName[]).filter((name) => READERS[name] === countsNoPersons);

/**
 * Relations between the tables, by how they are counted: each young person of a cell has at
 * least one incident in it (and a cell with incidents has a young person); each person
 * reviewed in a period has a decision in it; every police case decided or not yet has its
 * first day among the period's incidents other than witnesses'; the municipality's repeaters
 * are distinct persons of the areas'; and the overview's repeaters include the last period's.
 */
function relateTables(numbers: PublishedNumbers, periods: readonly string[], rowKeys: readonly string[], notes: Notes): void {
  const both = (...ids: string[]) => ids.every((id) => numbers.has(id));
  for (const period of [...periods, ALL]) {
    for (const rowKey of ['', ...rowKeys]) {
      const [young, incidents] = [idOf('young-people', rowKey, period), idOf('incidents', rowKey, period)];
      if (both(young, incidents)) numbers.zeroTogether(young, incidents);
    }
    const [reviewed, decisions] = [idOf('cases', 'measure=reviewed', period), idOf('decisions', '', period)];
    if (both(reviewed, decisions)) numbers.zeroTogether(reviewed, decisions);
    const cases = [idOf('time-to-decision', 'measure=decided', period), idOf('time-to-decision', 'measure=undecided', period)];
    const [incidents, witnesses] = [idOf('incidents', '', period), idOf('incidents', 'role=witness', period)];
    if (both(...cases, incidents, witnesses)) numbers.sumAtMost(cases, incidents, [witnesses]);
    const areaRepeaters = rowKeys.filter((rowKey) => rowKey.startsWith('area=')).map((rowKey) => idOf('repeaters', rowKey, period)).filter((id) => numbers.has(id));
    if (areaRepeaters.length > 0 && numbers.has(idOf('repeaters', '', period))) numbers.distinctTotal(idOf('repeaters', '', period), areaRepeaters);
  }
  const [last, whole] = [idOf('repeaters', '', notes.lastPeriod ?? ''), idOf('repeaters', '', ALL)];
  if (both(last, whole)) numbers.atMost(last, whole);
}

/** Every table one audience is served, as numbers and their relations, within and between the tables. */
export function servedNumbers(tables: readonly ServedTable[]): PublishedNumbers {
  const numbers = new PublishedNumbers();
  const notes: Notes = {};
  for (const served of tables) READERS[served.shown.statistic as StatisticName](numbers, served, notes);
  const periods = [...new Set(tables.flatMap((table) => (table.shown.statistic === 'overview' ? [] : table.shown.columns)))];
  const rowKeys = [...new Set(tables.flatMap(({ shown }) => (shown.columnTotals === null ? [] : shown.rows.map((row) => rowKeyOf(shown, row)))))];
  relateTables(numbers, periods, rowKeys, notes);
  return numbers;
}

/** The hidden numbers of a served table that are worth protecting (a zero may be published: it names no one). */
export function hiddenCountsOf({ shown, full }: ServedTable): number {
  return shown.rows.reduce(
    (hidden, row, index) =>
      hidden + row.suppressed.filter((isHidden, column) => isHidden && (full.rows[index].values[column] ?? 0) > 0).length + (row.totalSuppressed && (full.rows[index].total ?? 0) > 0 ? 1 : 0),
    (shown.columnTotalsSuppressed ?? []).filter((isHidden, column) => isHidden && (full.columnTotals![column] ?? 0) > 0).length + (shown.grandTotalSuppressed && (full.grandTotal ?? 0) > 0 ? 1 : 0),
  );
}
