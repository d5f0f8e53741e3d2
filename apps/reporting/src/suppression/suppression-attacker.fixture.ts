import highsLoader, { type Highs } from 'highs';
import { gridOf, type SuppressionMask, type TableWithMargins } from './suppress-table';

/**
 * An attacker for checking suppression, independent of how the masks were made: given what
 * one table or a set of linked tables publishes (linked tables share their column totals and
 * grand total: the last row of their grids), and how every row and column of every grid
 * relates to its total (`LineTotals`; checked against the real tables), which hidden entries
 * can take only one value? Each question is an integer program over all the tables at once,
 * solved exactly by HiGHS: the entry's largest and smallest value among all non-negative
 * integer tables that publish the same numbers and keep the same relations. For tests; a
 * search over the tables of the tests, not something to run per request.
 */
export interface DeterminedEntry {
  /** The index of the table, or 'shared' for the last row of linked grids (column totals and grand total). */
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

export interface SuppressionAttacker {
  /** The hidden entries that the published numbers of all the tables together pin down. */
  determined(tables: readonly TableWithMargins[], masks: readonly SuppressionMask[], totals?: LineTotals): DeterminedEntry[];
}

interface Variable extends DeterminedEntry {
  name: string;
  hidden: boolean;
}

interface Line {
  inner: Variable[];
  total: Variable;
}

interface Model {
  variables: Variable[];
  constraints: string[];
  /** A bound on every entry: it can only hide alternatives, so the attacker errs towards finding entries determined. */
  limit: number;
}

function modelOf(tables: readonly TableWithMargins[], masks: readonly SuppressionMask[], totals: LineTotals): Model {
  const [first] = tables;
  const grids = tables.map(gridOf);
  const hidden = masks.map(gridOf);
  const width = first.columnTotals.length + 1;
  const sharedRow = grids[0][grids[0].length - 1];
  if (grids.some((grid) => grid[grid.length - 1].join() !== sharedRow.join())) throw new RangeError('linked tables must share their column totals and grand total');
  const variables: Variable[] = [];
  // A shared total is published when any one table publishes it.
  const shared = sharedRow.map((value, column): Variable => {
    const isHidden = hidden.every((grid) => grid[grid.length - 1][column]);
    return { name: `s_${column}`, table: 'shared', row: first.cells.length, column, value, hidden: isHidden };
  });
  variables.push(...shared);
  const lines: Line[] = [{ inner: shared.slice(0, -1), total: shared[width - 1] }];
  grids.forEach((grid, table) => {
    const own = grid.slice(0, -1).map((line, row) =>
      line.map((value, column): Variable => ({ name: `t${table}_${row}_${column}`, table, row, column, value, hidden: hidden[table][row][column] })),
    );
    variables.push(...own.flat());
    for (const line of own) lines.push({ inner: line.slice(0, -1), total: line[line.length - 1] });
    for (let column = 0; column < width; column++) lines.push({ inner: own.map((line) => line[column]), total: shared[column] });
  });
  for (const line of lines) {
    const sum = line.inner.reduce((total, entry) => total + entry.value, 0);
    const holds = totals === 'sums' ? sum === line.total.value : line.inner.every((entry) => entry.value <= line.total.value) && line.total.value <= sum;
    if (!holds) throw new RangeError(`the tables are not ${totals}: ${line.total.name} = ${line.total.value} with entries ${line.inner.map((entry) => entry.value).join(', ')}`);
  }
  return { variables, constraints: lines.flatMap((line) => constraintsOf(line, totals)), limit: 10 * first.grandTotal + 10 };
}

function constraintsOf({ inner, total }: Line, totals: LineTotals): string[] {
  const sum = `${inner.map((entry) => entry.name).join(' + ')} - ${total.name}`;
  if (totals === 'sums') return [`${sum} = 0`];
  return [`${sum} >= 0`, ...inner.map((entry) => `${entry.name} - ${total.name} <= 0`)];
}

function programOf(model: Model, sense: 'Maximize' | 'Minimize', objective: Variable[]): string {
  const bounds = model.variables.map((entry) => (entry.hidden ? ` 0 <= ${entry.name} <= ${model.limit}` : ` ${entry.name} = ${entry.value}`));
  const integers = model.variables.filter((entry) => entry.hidden).map((entry) => entry.name);
  return [
    sense,
    ` obj: ${objective.map((entry) => entry.name).join(' + ')}`,
    'Subject To',
    ...model.constraints.map((constraint, index) => ` c${index}: ${constraint}`),
    'Bounds',
    ...bounds,
    'General',
    ` ${integers.join(' ')}`,
    'End',
  ].join('\n');
}

/** The entries of `objective` that some table publishing the same numbers gives another value. */
function movable(highs: Highs, model: Model, sense: 'Maximize' | 'Minimize', objective: Variable[]): Variable[] {
  const solution = highs.solve(programOf(model, sense, objective));
  if (solution.Status !== 'Optimal') throw new Error(`the published numbers admit no table (${solution.Status})`);
  return objective.filter((entry) => Math.round(solution.Columns[entry.name].Primal) !== entry.value);
}

export async function loadSuppressionAttacker(): Promise<SuppressionAttacker> {
  const highs = await highsLoader();
  return {
    determined(tables, masks, totals = 'sums') {
      if (tables.length === 0) return [];
      const model = modelOf(tables, masks, totals);
      let open = model.variables.filter((entry) => entry.hidden);
      // Pushing all of them up, then all down, usually frees most at once; the rest one by one.
      for (const sense of ['Maximize', 'Minimize'] as const) {
        if (open.length === 0) break;
        const moved = new Set(movable(highs, model, sense, open));
        open = open.filter((entry) => !moved.has(entry));
      }
      return open
        .filter((entry) => movable(highs, model, 'Maximize', [entry]).length === 0 && movable(highs, model, 'Minimize', [entry]).length === 0)
        .map(({ table, row, column, value }) => ({ table, row, column, value }));
    },
  };
}
