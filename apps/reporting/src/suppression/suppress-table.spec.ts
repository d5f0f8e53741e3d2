import fc from 'fast-check';
import { loadSuppressionAttacker, type SuppressionAttacker } from './suppression-attacker.fixture';
import { gridOf, hiddenCount, suppressTable, withSumMargins, type SuppressionMask, type TableWithMargins } from './suppress-table';

/** The hidden entries of each row and column of the grid (the table with its margins). */
function hiddenPerLine(mask: SuppressionMask): number[] {
  const grid = gridOf(mask);
  const rows = grid.map((row) => row.filter(Boolean).length);
  const columns = grid[0].map((_, c) => grid.filter((row) => row[c]).length);
  return [...rows, ...columns];
}

/** Two cycles of small cells joined by one more: no line has a single hidden cell, yet the joining cell is determined. */
const BRIDGED: TableWithMargins = withSumMargins([
  [1, 2, 3, 9],
  [2, 1, 8, 7],
  [9, 8, 2, 1],
  [7, 9, 3, 4],
]);
const PRIMARY_ONLY: SuppressionMask = {
  cells: BRIDGED.cells.map((row) => row.map((value) => value > 0 && value < 5)),
  rowTotals: [false, false, false, false],
  columnTotals: [false, false, false, false],
  grandTotal: false,
};

let attacker: SuppressionAttacker;
beforeAll(async () => {
  attacker = await loadSuppressionAttacker();
});

/** The hidden entries the published numbers of the one table pin down. */
const determined = (table: TableWithMargins, mask: SuppressionMask) => attacker.determined([table], [mask]);

describe('suppressTable', () => {
  it('hides a small count with the cheapest rectangle of complements: three cells, not a cascade', () => {
    const table = withSumMargins([
      [20, 3, 12],
      [15, 9, 30],
      [40, 25, 8],
    ]);
    const mask = suppressTable(table);
    // 20 + 15 + 9 is the smallest sum of complements that closes a cycle through the 3.
    expect(mask.cells).toEqual([
      [true, true, false],
      [true, true, false],
      [false, false, false],
    ]);
    expect([mask.rowTotals, mask.columnTotals, mask.grandTotal]).toEqual([[false, false, false], [false, false, false], false]);
  });

  it('publishes zeros and never picks one as a complement', () => {
    const table = withSumMargins([
      [0, 2, 0, 10],
      [0, 6, 7, 0],
    ]);
    const mask = suppressTable(table);
    expect(mask.cells[0][0] || mask.cells[0][2] || mask.cells[1][0] || mask.cells[1][3]).toBe(false);
    expect(mask.cells[0][1]).toBe(true);
    expect(determined(table, mask)).toEqual([]);
  });

  it('hides totals below the threshold, and what would give them away', () => {
    const table = withSumMargins([
      [1, 2],
      [10, 12],
    ]);
    const mask = suppressTable(table);
    expect(mask.rowTotals[0]).toBe(true);
    expect(hiddenPerLine(mask).every((count) => count !== 1)).toBe(true);
    expect(determined(table, mask)).toEqual([]);
  });

  it('publishes a table with no small count untouched', () => {
    const mask = suppressTable(withSumMargins([[5, 6], [7, 0]]));
    expect(hiddenCount(mask)).toBe(0);
  });

  it('protects a one-row series, whose column totals are its cells', () => {
    const table = withSumMargins([[7, 2, 9, 11]]);
    const mask = suppressTable(table);
    expect(mask.cells[0]).toEqual([true, true, false, false]);
    expect(mask.columnTotals).toEqual([true, true, false, false]);
    expect(determined(table, mask)).toEqual([]);
  });

  it('the attacker recovers the joining cell when only lone cells are complemented', () => {
    expect(hiddenPerLine(PRIMARY_ONLY).every((count) => count !== 1)).toBe(true);
    expect(determined(BRIDGED, PRIMARY_ONLY)).toEqual([{ table: 0, row: 0, column: 2, value: 3 }]);
  });

  it('the attacker reads counts of distinct persons by their bounds: a total is at least its largest entry and at most their sum', () => {
    // Two young people in the first month, three in the second, four in the two together: one was in both.
    const overlapping: TableWithMargins = { cells: [[2, 3]], rowTotals: [4], columnTotals: [2, 3], grandTotal: 4 };
    const cellsHidden: SuppressionMask = { cells: [[true, true]], rowTotals: [false], columnTotals: [true, true], grandTotal: false };
    expect(() => attacker.determined([overlapping], [cellsHidden])).toThrow('not sums');
    expect(attacker.determined([overlapping], [cellsHidden], 'distinct-counts')).toEqual([]);
    // A hidden total that one entry alone feeds is that entry.
    const single: TableWithMargins = { cells: [[3, 0]], rowTotals: [3], columnTotals: [3, 0], grandTotal: 3 };
    const totalHidden: SuppressionMask = { cells: [[false, false]], rowTotals: [true], columnTotals: [false, false], grandTotal: false };
    expect(attacker.determined([single], [totalHidden], 'distinct-counts')).toEqual([{ table: 0, row: 0, column: 2, value: 3 }]);
  });

  it('closes a cycle through such a joining cell, so that nothing can be recovered', () => {
    const mask = suppressTable(BRIDGED);
    expect(mask.cells[0][2]).toBe(true);
    expect(determined(BRIDGED, mask)).toEqual([]);
  });

  it('refuses counts that are not non-negative integers, and ragged rows', () => {
    expect(() => suppressTable(withSumMargins([[1.5, 2]]))).toThrow(/non-negative integers/);
    expect(() => suppressTable({ cells: [[1, 2], [3]], rowTotals: [3, 3], columnTotals: [4, 2], grandTotal: 6 })).toThrow(/every row must have 2 cells/);
    expect(() => suppressTable(withSumMargins([[1]]), 0)).toThrow(/threshold/);
  });

  describe('over random tables (property)', () => {
    const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 25 }));
    const table = fc
      .record({ rows: fc.integer({ min: 1, max: 4 }), columns: fc.integer({ min: 1, max: 4 }) })
      .chain(({ rows, columns }) => fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }))
      .map((cells) => withSumMargins(cells));
    const threshold = fc.integer({ min: 2, max: 6 });

    it('hides every count below the threshold, margins included, and no zero', () => {
      fc.assert(
        fc.property(table, threshold, (input, limit) => {
          const mask = suppressTable(input, limit);
          const values = gridOf(input).flat();
          const hidden = gridOf(mask).flat();
          return values.every((value, index) => (value > 0 && value < limit ? hidden[index] : true) && (value === 0 ? !hidden[index] : true));
        }),
        { numRuns: 400 },
      );
    });

    it('never leaves exactly one hidden entry in a row or column whose total is published', () => {
      fc.assert(
        fc.property(table, threshold, (input, limit) => {
          const mask = suppressTable(input, limit);
          const grid = gridOf(mask);
          const width = grid[0].length - 1;
          const rowsOk = grid.every((row) => row[width] || row.slice(0, width).filter(Boolean).length !== 1);
          const columnsOk = grid[0].every((_, c) => grid[grid.length - 1][c] || grid.slice(0, -1).filter((row) => row[c]).length !== 1);
          return rowsOk && columnsOk && hiddenPerLine(mask).every((hiddenInLine) => hiddenInLine !== 1);
        }),
        { numRuns: 400 },
      );
    });

    it('leaves every hidden entry with more than one value consistent with everything published', () => {
      fc.assert(
        fc.property(table, threshold, (input, limit) => {
          expect(determined(input, suppressTable(input, limit))).toEqual([]);
        }),
        { numRuns: 1500 },
      );
    });

    it('is deterministic', () => {
      fc.assert(fc.property(table, (input) => expect(suppressTable(input)).toEqual(suppressTable(input))), { numRuns: 100 });
    });
  });
});
