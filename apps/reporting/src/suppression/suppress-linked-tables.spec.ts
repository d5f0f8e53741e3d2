import fc from 'fast-check';
import { boundsOfHidden } from './recover-hidden';
import { suppressLinkedTables } from './suppress-linked-tables';
import { gridOf, suppressTable, withSumMargins, type SuppressionMask, type TableWithMargins } from './suppress-table';

/** Counts by two dimensions and period, as the read model holds them. */
type Cube = number[][][];

/** The breakdowns of one cube: by the first dimension, by the second, and not at all. */
function breakdowns(cube: Cube): TableWithMargins[] {
  const periods = cube[0][0].length;
  const byFirst = cube.map((row) => Array.from({ length: periods }, (_, p) => row.reduce((sum, cell) => sum + cell[p], 0)));
  const bySecond = cube[0].map((_, b) => Array.from({ length: periods }, (__, p) => cube.reduce((sum, row) => sum + row[b][p], 0)));
  const whole = [Array.from({ length: periods }, (_, p) => byFirst.reduce((sum, row) => sum + row[p], 0))];
  return [withSumMargins(byFirst, periods), withSumMargins(bySecond, periods), withSumMargins(whole, periods)];
}

const maskGrid = (mask: SuppressionMask): boolean[][] => [...mask.cells.map((row, r) => [...row, mask.rowTotals[r]]), [...mask.columnTotals, mask.grandTotal]];

const determined = (table: TableWithMargins, mask: SuppressionMask) => boundsOfHidden(table, mask).filter((entry) => entry.alternative === undefined);

/** Hiding in every table the totals any one hides, without protecting them there: not enough. */
function hideSharedOnly(tables: readonly TableWithMargins[], threshold: number): SuppressionMask[] {
  const own = tables.map((table) => suppressTable(table, threshold));
  const columns = own[0].columnTotals.map((_, column) => own.some((mask) => mask.columnTotals[column]));
  const grand = own.some((mask) => mask.grandTotal);
  return own.map((mask) => ({ ...mask, columnTotals: columns, grandTotal: grand }));
}

describe('suppressLinkedTables', () => {
  const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 20 }));
  const cube = fc
    .record({ first: fc.integer({ min: 1, max: 3 }), second: fc.integer({ min: 1, max: 3 }), periods: fc.integer({ min: 1, max: 4 }) })
    .chain(({ first, second, periods }) => fc.array(fc.array(fc.array(count, { minLength: periods, maxLength: periods }), { minLength: second, maxLength: second }), { minLength: first, maxLength: first }));
  const threshold = fc.integer({ min: 2, max: 6 });

  it('hides every count below the threshold and no zero, and the shared totals alike in all tables', () => {
    fc.assert(
      fc.property(cube, threshold, (data, limit) => {
        const tables = breakdowns(data);
        const masks = suppressLinkedTables(tables, limit);
        tables.forEach((table, index) => {
          const values = gridOf(table).flat();
          const hidden = maskGrid(masks[index]).flat();
          values.forEach((value, at) => expect([value, hidden[at]]).toEqual([value, value > 0 && value < limit ? true : value === 0 ? false : hidden[at]]));
        });
        for (const mask of masks) expect([mask.columnTotals, mask.grandTotal]).toEqual([masks[0].columnTotals, masks[0].grandTotal]);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves no table determining any of its hidden entries, the shared totals included', () => {
    fc.assert(
      fc.property(cube, threshold, (data, limit) => {
        const tables = breakdowns(data);
        const masks = suppressLinkedTables(tables, limit);
        tables.forEach((table, index) => expect(determined(table, masks[index])).toEqual([]));
      }),
      { numRuns: 800 },
    );
  });

  it('protects a shared total where another table hid it: hiding it alone would leave it the sum of published cells', () => {
    const found = fc.sample(fc.tuple(cube, threshold), { numRuns: 5000, seed: 7 }).find(([data, limit]) => {
      const tables = breakdowns(data);
      return hideSharedOnly(tables, limit).some((mask, index) => determined(tables[index], mask).length > 0);
    });
    expect(found).toBeDefined();
    const [data, limit] = found!;
    const tables = breakdowns(data);
    const masks = suppressLinkedTables(tables, limit);
    tables.forEach((table, index) => expect(determined(table, masks[index])).toEqual([]));
  });

  it('refuses tables that do not share their totals', () => {
    expect(() => suppressLinkedTables([withSumMargins([[1, 2]]), withSumMargins([[2, 2]])], 5)).toThrow('share their column totals');
  });
});
