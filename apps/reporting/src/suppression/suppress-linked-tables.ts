import { gridOf, suppressTable, type HiddenMargins, type SuppressionMask, type TableWithMargins } from './suppress-table';

/**
 * Suppression of tables that break one quantity down in different ways over the same
 * periods (incidents by area, by category, by age band, by role, and not at all): they share
 * their column totals and grand total. An attacker reads them all at once, so:
 *
 * - A total one table hides must not be published by another, nor be the sum of another's
 *   published cells. Each table is suppressed with every shared total that any of them
 *   hides hidden too, and protected like its own hidden entries; that can hide more totals
 *   elsewhere, so it repeats until no table hides a shared total the others publish.
 * - A hidden shared total can only take another value if every table can balance the
 *   change at once. Each table protects its entries with cycles of hidden entries, and a
 *   cycle through the totals row changes two hidden shared totals; the other tables must
 *   be able to change the same two. So each table joins all its hidden shared totals by
 *   hidden entries below the totals row (`suppressTable`'s `linked`). Then for any two of
 *   them, every table has a path of hidden entries between them, and a +1/-1 change along
 *   a cycle through them in one table is matched by one along a path in each other table.
 *
 * So every count below the threshold is hidden, the shared totals alike in all tables, and
 * every hidden entry can move by one with every published number of every table unchanged.
 * `suppression-attacker.fixture.ts` checks the last over all tables at once, as integer programs.
 */
export function suppressLinkedTables(tables: readonly TableWithMargins[], threshold: number, alsoHidden?: readonly SuppressionMask[]): SuppressionMask[] {
  if (tables.length === 0) return [];
  const [first] = tables;
  for (const table of tables) {
    if (table.grandTotal !== first.grandTotal || table.columnTotals.join() !== first.columnTotals.join()) {
      throw new RangeError('linked tables must share their column totals and grand total');
    }
  }
  let shared: HiddenMargins = { columnTotals: first.columnTotals.map(() => false), grandTotal: false };
  for (;;) {
    const masks = tables.map((table, index) => suppressTable(table, threshold, tables.length > 1 ? shared : undefined, alsoHidden?.[index]));
    const union: HiddenMargins = {
      columnTotals: shared.columnTotals.map((_, column) => masks.some((mask) => mask.columnTotals[column])),
      grandTotal: masks.some((mask) => mask.grandTotal),
    };
    if (union.grandTotal === shared.grandTotal && union.columnTotals.every((hidden, column) => hidden === shared.columnTotals[column])) return masks;
    shared = union;
  }
}

/**
 * Two families of linked tables over the same cells (`suppressLinkedTables`), one counting
 * events and one the distinct persons behind them: incidents, and young people with
 * incidents, by the same breakdowns. Every person of a cell has at least one event in it, and
 * a cell with events has a person, so each bounds the other: a published 8 young people
 * under a hidden incident count says it is at least 8, and a hidden cell whose events are
 * known to be few is pinned by it. So both get one mask: what either hides the other hides
 * too, protected there like its own hidden entries (`alsoHidden`), repeated until they
 * agree. Then no published number of one stands over a hidden number of the other, and every
 * hidden entry lies on cycles of hidden entries in both.
 */
export function suppressEventsWithPersons(events: readonly TableWithMargins[], persons: readonly TableWithMargins[], threshold: number): SuppressionMask[] {
  if (events.length !== persons.length) throw new RangeError('events and persons need the same breakdowns');
  events.forEach((table, index) => {
    const [counted, people] = [gridOf(table).flat(), gridOf(persons[index]).flat()];
    if (counted.length !== people.length || counted.some((value, at) => (value === 0) !== (people[at] === 0) || value < people[at])) {
      throw new RangeError('every person must have an event in the cells that count them, and every cell with events a person');
    }
  });
  let alsoHidden: SuppressionMask[] | undefined;
  for (;;) {
    const eventMasks = suppressLinkedTables(events, threshold, alsoHidden);
    const personMasks = suppressLinkedTables(persons, threshold, eventMasks).map(withRowTotalsOfHiddenCells);
    // The persons' masks hide all the events' do, and more only when the two still differ: the hidden entries grow to a fixed point.
    if (JSON.stringify(personMasks) === JSON.stringify(eventMasks)) return personMasks;
    alsoHidden = personMasks;
  }
}

/**
 * A published total of distinct young people bounds each hidden cell of its row from above
 * (no cell has more young people than its row), and the incidents below it from below (each
 * young person of a cell has an incident there); with the period totals that can pin a
 * hidden incident count (seed 1380345844, path "125:9:3:7:7:9:13:13:25:27:27:27"). So a row
 * with a hidden cell has its total hidden too, in both families.
 */
function withRowTotalsOfHiddenCells(mask: SuppressionMask): SuppressionMask {
  return { ...mask, rowTotals: mask.rowTotals.map((hidden, row) => hidden || mask.cells[row].some(Boolean)) };
}
