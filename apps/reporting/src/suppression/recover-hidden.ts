import { gridOf, type SuppressionMask, type TableWithMargins } from './suppress-table';

/**
 * An attacker for checking suppression, independent of how the mask was made: given the
 * published entries and that every row and column adds up to its total, which hidden
 * entries can take only one value? It searches (depth first, with propagation) for another
 * non-negative integer table that publishes the same numbers but differs in the entry.
 * The line sums form a network matrix, so the values one entry can take are a whole
 * interval: trying one below and one above the real value is enough. Exhaustive search,
 * so for the small tables of the tests, not for production.
 */
export interface HiddenEntryBounds {
  row: number;
  column: number;
  actual: number;
  /** Another feasible value, or undefined when the entry is determined. */
  alternative: number | undefined;
}

interface Search {
  grid: number[][];
  known: (number | undefined)[][];
  lines: { inner: [number, number][]; total: [number, number] }[];
  limit: number;
}

function linesOf(grid: number[][]): Search['lines'] {
  const rows = grid.length;
  const columns = grid[0].length;
  const lines: Search['lines'] = [];
  for (let r = 0; r < rows; r++) lines.push({ inner: Array.from({ length: columns - 1 }, (_, c) => [r, c] as [number, number]), total: [r, columns - 1] });
  for (let c = 0; c < columns; c++) lines.push({ inner: Array.from({ length: rows - 1 }, (_, r) => [r, c] as [number, number]), total: [rows - 1, c] });
  return lines;
}

/** Applies forced values until nothing changes; false when a line cannot add up. */
function propagate(search: Search, known: (number | undefined)[][]): boolean {
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of search.lines) {
      const unknown = line.inner.filter(([r, c]) => known[r][c] === undefined);
      const sum = line.inner.reduce((total, [r, c]) => total + (known[r][c] ?? 0), 0);
      const total = known[line.total[0]][line.total[1]];
      if (total === undefined) {
        if (unknown.length > 0) continue;
        if (sum > search.limit) return false;
        known[line.total[0]][line.total[1]] = sum;
        changed = true;
        continue;
      }
      if (sum > total) return false;
      if (unknown.length === 0 && sum !== total) return false;
      if (unknown.length === 1) {
        const [r, c] = unknown[0];
        known[r][c] = total - sum;
        changed = true;
      }
    }
  }
  return true;
}

function solve(search: Search, known: (number | undefined)[][]): boolean {
  const state = known.map((row) => [...row]);
  if (!propagate(search, state)) return false;
  const open = state.flatMap((row, r) => row.flatMap((value, c) => (value === undefined ? [[r, c] as const] : [])))[0];
  if (!open) return true;
  const [r, c] = open;
  const actual = search.grid[r][c];
  // Nearest values first: another table is most likely to differ from the real one by little.
  const candidates = Array.from({ length: search.limit + 1 }, (_, value) => value).sort((a, b) => Math.abs(a - actual) - Math.abs(b - actual) || a - b);
  for (const value of candidates) {
    state[r][c] = value;
    if (solve(search, state)) return true;
  }
  return false;
}

/** For every hidden entry, another value it could have, or undefined when the published numbers pin it down. */
export function boundsOfHidden(table: TableWithMargins, mask: SuppressionMask): HiddenEntryBounds[] {
  const grid = gridOf(table);
  const hidden = gridOf({
    cells: mask.cells.map((row) => row.map(Number)),
    rowTotals: mask.rowTotals.map(Number),
    columnTotals: mask.columnTotals.map(Number),
    grandTotal: Number(mask.grandTotal),
  }).map((row) => row.map(Boolean));
  const known = grid.map((row, r) => row.map((value, c) => (hidden[r][c] ? undefined : value)));
  // A search bound only: a table found within it is a real alternative, so the bound can only make the attacker look stronger.
  const search: Search = { grid, known, lines: linesOf(grid), limit: table.grandTotal + 1 };
  const results: HiddenEntryBounds[] = [];
  grid.forEach((row, r) =>
    row.forEach((actual, c) => {
      if (!hidden[r][c]) return;
      let alternative: number | undefined;
      for (const value of [actual - 1, actual + 1]) {
        if (value < 0 || alternative !== undefined) continue;
        const attempt = known.map((line) => [...line]);
        attempt[r][c] = value;
        if (solve(search, attempt)) alternative = value;
      }
      results.push({ row: r, column: c, actual, alternative });
    }),
  );
  return results;
}
