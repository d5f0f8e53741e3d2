import fc from 'fast-check';
import { gridEntryId, gridNumbers, loadSuppressionAttacker, PublishedNumbers, type SuppressionAttacker } from './suppression-attacker.fixture';
import { suppressEventsWithPersons, suppressLinkedTables } from './suppress-linked-tables';
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

let attacker: SuppressionAttacker;
beforeAll(async () => {
  attacker = await loadSuppressionAttacker();
});

/** The hidden entries one table's published numbers pin down. */
const determined = (table: TableWithMargins, mask: SuppressionMask) => attacker.determined([table], [mask]);

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
          const hidden = gridOf(masks[index]).flat();
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

  it('leaves no hidden entry determined by what all the tables publish together', () => {
    fc.assert(
      fc.property(cube, threshold, (data, limit) => {
        const tables = breakdowns(data);
        expect(attacker.determined(tables, suppressLinkedTables(tables, limit))).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });

  describe('where each table protects the shared totals on its own', () => {
    // Incidents by first and second dimension over four periods; threshold 3.
    const tables = breakdowns([
      [
        [0, 0, 7, 5],
        [10, 0, 0, 4],
      ],
      [
        [0, 0, 0, 0],
        [5, 2, 0, 7],
      ],
    ]);
    // As each table protects them, the shared totals all hidden: every hidden entry lies on
    // a cycle of hidden entries in its own table, but the first table's cycles pair the
    // totals of periods 1 and 2 and of periods 3 and 4, while the second's last cell is on
    // cycles only through one of each pair.
    const sharedHidden = { columnTotals: [true, true, true, true], grandTotal: false };
    const apart: SuppressionMask[] = [
      { cells: [[false, false, true, true], [true, true, false, false]], rowTotals: [false, false], ...sharedHidden },
      { cells: [[false, false, true, true], [true, true, false, true]], rowTotals: [false, false], ...sharedHidden },
      { cells: [[true, true, true, true]], rowTotals: [false], ...sharedHidden },
    ];

    it("no table alone pins down a hidden entry, yet together they pin down the second table's last cell", () => {
      tables.forEach((table, index) => expect(determined(table, apart[index])).toEqual([]));
      expect(attacker.determined(tables, apart)).toEqual([{ table: 1, row: 1, column: 3, value: 11 }]);
    });

    it('joining the hidden shared totals in every table protects it', () => {
      const masks = suppressLinkedTables(tables, 3);
      expect(masks[0].cells[1][3]).toBe(true);
      expect(attacker.determined(tables, masks)).toEqual([]);
    });
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

/** Incidents of a few young people, each in a cell: a value of the first and of the second dimension, and a period. */
interface Incident {
  person: number;
  first: number;
  second: number;
  period: number;
}

interface Shape {
  first: number;
  second: number;
  periods: number;
}

/** One breakdown's table of incidents, or of distinct young people (whose totals count each person once). */
function countTable(incidents: readonly Incident[], rows: number, rowOf: (incident: Incident) => number, periods: number, count: 'events' | 'persons'): TableWithMargins {
  const counted = (chosen: readonly Incident[]) => (count === 'events' ? chosen.length : new Set(chosen.map((incident) => incident.person)).size);
  const where = (row: number | null, period: number | null) => incidents.filter((incident) => (row === null || rowOf(incident) === row) && (period === null || incident.period === period));
  const range = (length: number) => Array.from({ length }, (_, index) => index);
  return {
    cells: range(rows).map((row) => range(periods).map((period) => counted(where(row, period)))),
    rowTotals: range(rows).map((row) => counted(where(row, null))),
    columnTotals: range(periods).map((period) => counted(where(null, period))),
    grandTotal: counted(where(null, null)),
  };
}

/** The incidents and the young people by the first dimension, by the second, and not at all. */
function eventsAndPersons(incidents: readonly Incident[], shape: Shape): { events: TableWithMargins[]; persons: TableWithMargins[] } {
  const of = (count: 'events' | 'persons') => [
    countTable(incidents, shape.first, (incident) => incident.first, shape.periods, count),
    countTable(incidents, shape.second, (incident) => incident.second, shape.periods, count),
    countTable(incidents, 1, () => 0, shape.periods, count),
  ];
  return { events: of('events'), persons: of('persons') };
}

/** What an attacker knows of both families: each as linked tables, and that a cell's young people have incidents in it. */
function bothFamilies(events: TableWithMargins[], persons: TableWithMargins[], eventMasks: SuppressionMask[], personMasks: SuppressionMask[]): PublishedNumbers {
  const numbers = gridNumbers(persons, personMasks, 'distinct-counts', gridNumbers(events, eventMasks, 'sums', new PublishedNumbers(), 'events:'), 'persons:');
  events.forEach((table, index) => {
    const grid = gridOf(table);
    grid.forEach((line, row) => line.forEach((_, column) => numbers.zeroTogether(`persons:${gridEntryId(index, row, column, grid.length)}`, `events:${gridEntryId(index, row, column, grid.length)}`)));
  });
  return numbers;
}

describe('suppressEventsWithPersons', () => {
  const data = fc
    .record({ first: fc.integer({ min: 1, max: 3 }), second: fc.integer({ min: 1, max: 3 }), periods: fc.integer({ min: 1, max: 4 }) })
    .chain((shape) =>
      fc.record({
        shape: fc.constant(shape),
        incidents: fc.array(
          fc.record({ person: fc.integer({ min: 1, max: 12 }), first: fc.nat(shape.first - 1), second: fc.nat(shape.second - 1), period: fc.nat(shape.periods - 1) }),
          { minLength: 1, maxLength: 40 },
        ),
      }),
    );
  const threshold = fc.integer({ min: 2, max: 6 });

  it('hides the same entries in both families, every small count among them, and leaves no incident count and no small count of young people determined by both together', () => {
    fc.assert(
      fc.property(data, threshold, ({ shape, incidents }, limit) => {
        const { events, persons } = eventsAndPersons(incidents, shape);
        const masks = suppressEventsWithPersons(events, persons, limit);
        [...events, ...persons].forEach((table, index) => {
          const hidden = gridOf(masks[index % masks.length]).flat();
          gridOf(table).flat().forEach((value, at) => expect(value > 0 && value < limit && !hidden[at]).toBe(false));
        });
        // A hidden total of distinct young people may be pinned when a published entry below it equals
        // the published total above it (docs/reporting.md): a complement then, never a small count.
        // Counterexample that showed it: seed 409104035, path "115:4:5:15:14:17:21".
        const pinned = attacker.pinned(bothFamilies(events, persons, masks, masks));
        expect(pinned.filter(({ id, value }) => id.startsWith('events:') || value < limit)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('is needed: each family suppressed on its own, the two together can pin down a hidden count', () => {
    const found = fc.sample(fc.tuple(data, threshold), { numRuns: 2000, seed: 24 }).find(([{ shape, incidents }, limit]) => {
      const { events, persons } = eventsAndPersons(incidents, shape);
      return attacker.pinned(bothFamilies(events, persons, suppressLinkedTables(events, limit), suppressLinkedTables(persons, limit))).length > 0;
    });
    expect(found).toBeDefined();
    const [{ shape, incidents }, limit] = found!;
    const { events, persons } = eventsAndPersons(incidents, shape);
    const masks = suppressEventsWithPersons(events, persons, limit);
    expect(attacker.pinned(bothFamilies(events, persons, masks, masks))).toEqual([]);
  });

  // Negative control: without `withRowTotalsOfHiddenCells` in suppressEventsWithPersons the row totals stay published ([false, false]), and 26 entries are pinned, incident counts among them.
  it('hides the total of distinct young people of a row with hidden cells: it bounds them, and with the period totals pinned the incidents (seed 1380345844)', () => {
    const incidents = [
      { person: 3, first: 0, second: 0, period: 1 },
      { person: 1, first: 0, second: 1, period: 1 },
      { person: 3, first: 0, second: 0, period: 0 },
      { person: 10, first: 0, second: 0, period: 1 },
      { person: 10, first: 0, second: 0, period: 0 },
      { person: 4, first: 0, second: 1, period: 0 },
    ];
    const { events, persons } = eventsAndPersons(incidents, { first: 2, second: 2, periods: 2 });
    const masks = suppressEventsWithPersons(events, persons, 2);
    expect(masks[1].rowTotals).toEqual([true, true]);
    expect(attacker.pinned(bothFamilies(events, persons, masks, masks))).toEqual([]);
  });

  it('refuses families that do not count the same cells', () => {
    expect(() => suppressEventsWithPersons([withSumMargins([[1, 0]])], [withSumMargins([[0, 1]])], 5)).toThrow('every person must have an event');
  });
});
