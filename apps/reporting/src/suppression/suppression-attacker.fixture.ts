import highsLoader, { type Highs } from 'highs';
import { gridOf, type SuppressionMask, type TableWithMargins } from './suppress-table';

/**
 * An attacker for checking suppression, independent of how the masks were made. It is given
 * the numbers an audience is served, each with its true value and whether it is hidden, and
 * what is known to hold between them (`PublishedNumbers`: sums, bounds of distinct counts,
 * rounded percentages, ...; checked against the true values first, so a wrong model is an
 * error, not a pass). Which hidden numbers can take only one value? Each question is an
 * integer program over all the numbers at once, solved exactly by HiGHS: the number's largest
 * and smallest value among all non-negative integer assignments that publish the same numbers
 * and keep the same relations. For tests; a search over the tables of the tests, not
 * something to run per request.
 */

/** A hidden number that the published numbers and the relations pin down. */
export interface PinnedNumber {
  id: string;
  value: number;
}

type Sense = '=' | '<=' | '>=';

/** A term of a linear relation; `timesLimit` multiplies the coefficient by the bound on every number (a "big M"). */
interface Term {
  coefficient: number;
  id: string;
  timesLimit?: boolean;
}

interface Relation {
  terms: Term[];
  sense: Sense;
  constant: number;
  /** What the relation says, for the error when the true values break it. */
  says: string;
}

interface KnownNumber {
  value: number;
  hidden: boolean;
}

/** A percentage with one decimal, of `numerator` out of `denominator` (rules/repeat-rate.ts), hidden from the audience. */
interface HiddenPercent {
  id: string;
  numerator: string;
  denominator: string;
  tenths: number;
}

const sumOf = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * The numbers one audience is served and the relations between them, by id. A number served
 * in two tables (the year's incidents in every breakdown and in the overview) is one number:
 * give it the same id; it is published when any table publishes it, and its values must agree.
 */
export class PublishedNumbers {
  private readonly known = new Map<string, KnownNumber>();
  /** Numbers no table shows that relations need (the year's repeaters behind the overview's rate). */
  private readonly unknowns = new Set<string>();
  private readonly relations: Relation[] = [];
  private readonly hiddenPercents: HiddenPercent[] = [];
  private readonly evens: string[] = [];

  /** A number the audience is shown, or not. */
  number(id: string, value: number, hidden: boolean): this {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${id}: counts are non-negative integers, got ${value}`);
    if (this.unknowns.has(id)) throw new RangeError(`${id} is unknown to the audience and cannot be served too`);
    const earlier = this.known.get(id);
    if (earlier && earlier.value !== value) throw new RangeError(`${id} is served as ${earlier.value} and as ${value}: the tables do not share it`);
    this.known.set(id, { value, hidden: hidden && (earlier?.hidden ?? true) });
    return this;
  }

  /** A number no table shows, which relations need; never a target itself. */
  unknown(id: string): this {
    if (this.known.has(id)) throw new RangeError(`${id} is served, not unknown`);
    this.unknowns.add(id);
    return this;
  }

  has(id: string): boolean {
    return this.known.has(id) || this.unknowns.has(id);
  }

  trueValueOf(id: string): number {
    const number = this.known.get(id);
    if (!number) throw new RangeError(`${id} is not served`);
    return number.value;
  }

  /** `total` adds up `parts`. A part alone is its total, and says nothing. */
  sum(total: string, parts: readonly string[]): this {
    if (parts.length === 1 && parts[0] === total) return this;
    return this.relate([...parts.map((id) => ({ coefficient: 1, id })), { coefficient: -1, id: total }], '=', 0, `not sums: ${total} of ${parts.join(', ')}`);
  }

  /** `total` counts distinct persons of `parts`: at least the largest part, at most their sum. */
  distinctTotal(total: string, parts: readonly string[]): this {
    if (parts.length === 1 && parts[0] === total) return this;
    this.relate([...parts.map((id) => ({ coefficient: 1, id })), { coefficient: -1, id: total }], '>=', 0, `not distinct counts: ${total} above the sum of ${parts.join(', ')}`);
    for (const part of parts) this.atMost(part, total, `not distinct counts: ${part} above its total ${total}`);
    return this;
  }

  atMost(smaller: string, larger: string, says = `${smaller} <= ${larger}`): this {
    return this.relate([{ coefficient: 1, id: smaller }, { coefficient: -1, id: larger }], '<=', 0, says);
  }

  /** `parts` together at most `total` less `others` (cases decided and not yet, within the incidents other than witnesses'). */
  sumAtMost(parts: readonly string[], total: string, others: readonly string[] = []): this {
    const terms = [...parts, ...others].map((id) => ({ coefficient: 1, id }));
    return this.relate([...terms, { coefficient: -1, id: total }], '<=', 0, `${parts.join(' + ')} <= ${total}${others.map((id) => ` - ${id}`).join('')}`);
  }

  /** `many` is zero exactly when `few` is: every one of `few` has at least one of `many` (a young person and their incidents). */
  zeroTogether(few: string, many: string): this {
    this.atMost(few, many, `${few} above ${many}, which counts at least one per each`);
    return this.relate([{ coefficient: 1, id: many }, { coefficient: -1, id: few, timesLimit: true }], '<=', 0, `${many} above zero while ${few} is zero`);
  }

  /**
   * `numerator` out of `denominator` as a percentage with one decimal (half up), as shown: a
   * shown percentage bounds the numerator by the denominator from both sides (linear, as the
   * percentage is a constant); a hidden one is a target of its own (`pinned`). A shown
   * null says there is nobody to measure.
   */
  percent(id: string, numerator: string, denominator: string, shown: { value: number | null; hidden: boolean }, trueValue: number | null): this {
    if (shown.hidden) {
      if (trueValue !== null) this.hiddenPercents.push({ id, numerator, denominator, tenths: Math.round(trueValue * 10) });
      return this;
    }
    if (shown.value === null) return this.relate([{ coefficient: 1, id: denominator }], '=', 0, `${id} is empty while ${denominator} is not zero`);
    // round(1000 r / p) = k  <=>  (2k - 1) p <= 2000 r < (2k + 1) p, and the counts are integers.
    const tenths = Math.round(shown.value * 10);
    this.relate([{ coefficient: 2000, id: numerator }, { coefficient: -(2 * tenths - 1), id: denominator }], '>=', 0, `${id} = ${shown.value} is not ${numerator} / ${denominator}`);
    return this.relate([{ coefficient: 2000, id: numerator }, { coefficient: -(2 * tenths + 1), id: denominator }], '<=', -1, `${id} = ${shown.value} is not ${numerator} / ${denominator}`);
  }

  /** `id` is even: a median of whole days that ends in .5 is the mean of the middle two of an even number of them. */
  even(id: string): this {
    this.evens.push(id);
    return this;
  }

  private relate(terms: Term[], sense: Sense, constant: number, says: string): this {
    this.relations.push({ terms, sense, constant, says });
    return this;
  }

  /** What the solver needs: every number a variable, relations checked against the true values. */
  model(): Model {
    const ids = [...this.known.keys(), ...this.unknowns];
    const names = new Map(ids.map((id, index) => [id, `x${index}`]));
    for (const relation of this.relations) for (const term of relation.terms) if (!names.has(term.id)) throw new RangeError(`a relation names ${term.id}, which is neither served nor declared unknown`);
    const limit = 10 * Math.max(0, ...[...this.known.values()].map((number) => number.value)) + 10;
    const variables = ids.map((id): Variable => {
      const known = this.known.get(id);
      return { id, name: names.get(id)!, value: known?.value ?? null, hidden: known?.hidden ?? true, target: known !== undefined && known.hidden && known.value > 0 };
    });
    const byId = new Map(variables.map((variable) => [variable.id, variable]));
    const variableOf = (id: string) => {
      const variable = byId.get(id);
      if (!variable) throw new RangeError(`a percentage names ${id}, which is neither served nor declared unknown`);
      return variable;
    };
    const model: Model = {
      variables,
      constraints: [
        ...this.relations.map((relation) => lineOf(relation, names, limit)),
        ...this.evens.map((id, index) => `${names.get(id)} - 2 e${index} = 0`),
      ],
      evens: this.evens.map((_, index) => `e${index}`),
      limit,
      percents: this.hiddenPercents.map((percent) => ({ ...percent, numerator: variableOf(percent.numerator), denominator: variableOf(percent.denominator) })),
    };
    for (const relation of this.relations) {
      if (relation.terms.some((term) => byId.get(term.id)!.value === null)) continue;
      const left = sumOf(relation.terms.map((term) => term.coefficient * (term.timesLimit ? limit : 1) * byId.get(term.id)!.value!));
      const holds = relation.sense === '=' ? left === relation.constant : relation.sense === '<=' ? left <= relation.constant : left >= relation.constant;
      if (!holds) throw new RangeError(`the true values do not fit the model: ${relation.says}`);
    }
    for (const id of this.evens) if (this.trueValueOf(id) % 2 !== 0) throw new RangeError(`the true values do not fit the model: ${id} is odd`);
    return model;
  }
}

function lineOf(relation: Relation, names: ReadonlyMap<string, string>, limit: number): string {
  const terms = relation.terms.map((term, index) => {
    const coefficient = term.coefficient * (term.timesLimit ? limit : 1);
    const sign = coefficient < 0 ? '-' : index === 0 ? '' : '+';
    return `${sign} ${Math.abs(coefficient)} ${names.get(term.id)}`;
  });
  return `${terms.join(' ')} ${relation.sense} ${relation.constant}`;
}

interface Variable {
  id: string;
  name: string;
  /** Null for an unknown. */
  value: number | null;
  hidden: boolean;
  /** A hidden number to protect: a zero may be published, so one that is worked out discloses nothing. */
  target: boolean;
}

interface Model {
  variables: Variable[];
  constraints: string[];
  /** The variables that make evens even. */
  evens: string[];
  /** A bound on every number: it can only hide alternatives, so the attacker errs towards finding numbers determined. */
  limit: number;
  percents: (Omit<HiddenPercent, 'numerator' | 'denominator'> & { numerator: Variable; denominator: Variable })[];
}

function programOf(model: Model, sense: 'Maximize' | 'Minimize', objective: readonly Variable[], extra: readonly string[] = []): string {
  const free = model.variables.filter((variable) => variable.hidden);
  const bounds = model.variables.map((variable) => (variable.hidden ? ` 0 <= ${variable.name} <= ${model.limit}` : ` ${variable.name} = ${variable.value}`));
  const integers = [...free.map((variable) => variable.name), ...model.evens];
  return [
    sense,
    ` obj: ${objective.length === 0 ? `0 ${model.variables[0].name}` : objective.map((variable) => variable.name).join(' + ')}`,
    'Subject To',
    ...[...model.constraints, ...extra].map((constraint, index) => ` c${index}: ${constraint}`),
    'Bounds',
    ...bounds,
    ...model.evens.map((name) => ` 0 <= ${name} <= ${model.limit}`),
    ...(integers.length > 0 ? ['General', ` ${integers.join(' ')}`] : []),
    'End',
  ].join('\n');
}

function solution(highs: Highs, program: string): Record<string, number> | undefined {
  const result = highs.solve(program);
  if (result.Status === 'Infeasible') return undefined;
  if (result.Status !== 'Optimal') throw new Error(`the solver could not answer (${result.Status})`);
  return Object.fromEntries(Object.entries(result.Columns).map(([name, column]) => [name, Math.round(column.Primal)]));
}

/** Every assignment the solver has found that keeps the published numbers and the relations. */
type Found = Record<string, number>[];

/** The variables of `objective` that some assignment keeping every published number gives another value. */
function movable(highs: Highs, model: Model, sense: 'Maximize' | 'Minimize', objective: Variable[], found: Found): Variable[] {
  const values = solution(highs, programOf(model, sense, objective));
  if (!values) throw new Error('the published numbers admit no table');
  found.push(values);
  return objective.filter((variable) => values[variable.name] !== variable.value);
}

/** Whether `numerator` of `denominator` rounds to another percentage than `tenths` tenths (in integers, as the constraints say it). */
const anotherPercent = (numerator: number, denominator: number, tenths: number) =>
  denominator === 0 || 2000 * numerator < (2 * tenths - 1) * denominator || 2000 * numerator >= (2 * tenths + 1) * denominator;

/**
 * Whether some assignment gives the hidden percentage another value: one already found, or
 * one above it, below it, or with nobody to measure (each linear in the counts, as the
 * percentage is fixed).
 */
function percentMovable(highs: Highs, model: Model, percent: Model['percents'][number], found: Found): boolean {
  const [r, p] = [percent.numerator.name, percent.denominator.name];
  if (found.some((values) => anotherPercent(values[r], values[p], percent.tenths))) return true;
  const alternatives = [`2000 ${r} - ${2 * percent.tenths + 1} ${p} >= 0`, `2000 ${r} - ${2 * percent.tenths - 1} ${p} <= -1`, `${p} = 0`];
  return alternatives.some((alternative) => solution(highs, programOf(model, 'Maximize', [], [alternative])) !== undefined);
}

/** The hidden numbers (and hidden percentages) that the published numbers and the relations pin down. */
function determinedIn(highs: Highs, numbers: PublishedNumbers): PinnedNumber[] {
  const model = numbers.model();
  const found: Found = [];
  const any = solution(highs, programOf(model, 'Maximize', []));
  if (!any) throw new Error('the true values do not fit the model: no assignment gives the unknowns values');
  let open = model.variables.filter((variable) => variable.target);
  // Pushing all of them up, then all down, usually frees most at once; the rest one by one.
  for (const sense of ['Maximize', 'Minimize'] as const) {
    if (open.length === 0) break;
    const moved = new Set(movable(highs, model, sense, open, found));
    open = open.filter((variable) => !moved.has(variable));
  }
  const pinned = open
    .filter((variable) => movable(highs, model, 'Maximize', [variable], found).length === 0 && movable(highs, model, 'Minimize', [variable], found).length === 0)
    .map(({ id, value }) => ({ id, value: value! }));
  const pinnedPercents = model.percents.filter((percent) => !percentMovable(highs, model, percent, found)).map(({ id, tenths }) => ({ id, value: tenths / 10 }));
  return [...pinned, ...pinnedPercents];
}

/** A grid entry: the index of the table, or 'shared' for the last row of linked grids (column totals and grand total). */
export interface DeterminedEntry {
  table: number | 'shared';
  /** Grid coordinates: the row totals are the last column, the column totals the last row. */
  row: number;
  column: number;
  value: number;
}

/**
 * What a line's total is to its entries: their sum, or for counts of distinct persons (a
 * person counted in several entries is counted once in the total) at least the largest
 * entry and at most their sum.
 */
export type LineTotals = 'sums' | 'distinct-counts';

/** The id `gridNumbers` gives an entry of a grid `height` rows high: the last row is shared. */
export const gridEntryId = (table: number, row: number, column: number, height: number) => (row === height - 1 ? `s_${column}` : `t${table}_${row}_${column}`);

/**
 * Linked tables (sharing their column totals and grand total: the last row of their grids) as
 * published numbers: every row and column of every grid relates to its total as `totals` says.
 * Into `numbers`, with ids that start with `prefix`, so that another family of tables can join.
 */
export function gridNumbers(tables: readonly TableWithMargins[], masks: readonly SuppressionMask[], totals: LineTotals = 'sums', numbers = new PublishedNumbers(), prefix = ''): PublishedNumbers {
  const grids = tables.map(gridOf);
  const hidden = masks.map(gridOf);
  const height = grids[0].length;
  const width = grids[0][0].length;
  if (grids.some((grid) => grid[grid.length - 1].join() !== grids[0][height - 1].join())) throw new RangeError('linked tables must share their column totals and grand total');
  const idOf = (table: number, row: number, column: number) => `${prefix}${gridEntryId(table, row, column, grids[table].length)}`;
  const relate = (total: string, parts: string[]) => (totals === 'sums' ? numbers.sum(total, parts) : numbers.distinctTotal(total, parts));
  grids.forEach((grid, table) => grid.forEach((line, row) => line.forEach((value, column) => numbers.number(idOf(table, row, column), value, hidden[table][row][column]))));
  grids.forEach((grid, table) => {
    const ids = grid.map((line, row) => line.map((_, column) => idOf(table, row, column)));
    for (const line of ids) relate(line[width - 1], line.slice(0, -1));
    for (let column = 0; column < width; column++) relate(ids[ids.length - 1][column], ids.slice(0, -1).map((line) => line[column]));
  });
  return numbers;
}

function entryOf(id: string): Omit<DeterminedEntry, 'value'> {
  const shared = /^s_(\d+)$/.exec(id);
  if (shared) return { table: 'shared', row: -1, column: Number(shared[1]) };
  const [table, row, column] = id.slice(1).split('_').map(Number);
  return { table, row, column };
}

export interface SuppressionAttacker {
  /** The hidden numbers that the published numbers and the relations pin down. */
  pinned(numbers: PublishedNumbers): PinnedNumber[];
  /** The hidden entries of linked grids that the published numbers of all the tables together pin down. */
  determined(tables: readonly TableWithMargins[], masks: readonly SuppressionMask[], totals?: LineTotals): DeterminedEntry[];
}

export async function loadSuppressionAttacker(): Promise<SuppressionAttacker> {
  const highs = await highsLoader();
  return {
    pinned: (numbers) => determinedIn(highs, numbers),
    determined(tables, masks, totals = 'sums') {
      if (tables.length === 0) return [];
      return determinedIn(highs, gridNumbers(tables, masks, totals)).map(({ id, value }) => {
        const entry = entryOf(id);
        return { ...entry, row: entry.table === 'shared' ? tables[0].cells.length : entry.row, value };
      });
    },
  };
}
