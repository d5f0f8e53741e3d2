import highsLoader, { type Highs } from 'highs';
import { gridOf, type SuppressionMask, type TableWithMargins } from './suppress-table';

/**
 * An attacker for checking suppression, independent of how the masks were made: given what
 * one table or a set of linked tables publishes (linked tables share their column totals and
 * grand total: the last row of their grids), and that every row and column of every grid
 * adds up to its total, which hidden entries can take only one value? Each question is an
 * integer program over all the tables at once, solved exactly by HiGHS: the entry's largest
 * and smallest value among all non-negative integer tables that publish the same numbers.
 * For tests; a search over the tables of the tests, not something to run per request.
 */
export interface DeterminedEntry {
  /** The index of the table, or 'shared' for the last row of linked grids (column totals and grand total). */
  table: number | 'shared';
  /** Grid coordinates: the row totals are the last column, the column totals the last row. */
  row: number;
  column: number;
  value: number;
}

export interface SuppressionAttacker {
  /** The hidden entries that the published numbers of all the tables together pin down. */
  determined(tables: readonly TableWithMargins[], masks: readonly SuppressionMask[]): DeterminedEntry[];
}

interface Variable extends DeterminedEntry {
  name: string;
  hidden: boolean;
}

interface Model {
  variables: Variable[];
  constraints: string[];
  /** A bound on every entry: it can only hide alternatives, so the attacker errs towards finding entries determined. */
  limit: number;
}

function hiddenGrid(mask: SuppressionMask): boolean[][] {
  return [...mask.cells.map((row, r) => [...row, mask.rowTotals[r]]), [...mask.columnTotals, mask.grandTotal]];
}

function modelOf(tables: readonly TableWithMargins[], masks: readonly SuppressionMask[]): Model {
  const [first] = tables;
  const grids = tables.map(gridOf);
  const hidden = masks.map(hiddenGrid);
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
  const constraints: string[] = [];
  const sumOf = (names: string[], total: string) => `${names.join(' + ')} - ${total} = 0`;
  grids.forEach((grid, table) => {
    const own = grid.slice(0, -1).map((line, row) =>
      line.map((value, column): Variable => ({ name: `t${table}_${row}_${column}`, table, row, column, value, hidden: hidden[table][row][column] })),
    );
    variables.push(...own.flat());
    for (const line of own) constraints.push(sumOf(line.slice(0, -1).map((entry) => entry.name), line[line.length - 1].name));
    for (let column = 0; column < width; column++) constraints.push(sumOf(own.map((line) => line[column].name), shared[column].name));
  });
  constraints.push(sumOf(shared.slice(0, -1).map((entry) => entry.name), shared[width - 1].name));
  return { variables, constraints, limit: 10 * first.grandTotal + 10 };
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
    determined(tables, masks) {
      if (tables.length === 0) return [];
      const model = modelOf(tables, masks);
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
