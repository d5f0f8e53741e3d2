import { suppressTable, type HiddenMargins, type SuppressionMask, type TableWithMargins } from './suppress-table';

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
export function suppressLinkedTables(tables: readonly TableWithMargins[], threshold: number): SuppressionMask[] {
  if (tables.length === 0) return [];
  const [first] = tables;
  for (const table of tables) {
    if (table.grandTotal !== first.grandTotal || table.columnTotals.join() !== first.columnTotals.join()) {
      throw new RangeError('linked tables must share their column totals and grand total');
    }
  }
  let shared: HiddenMargins = { columnTotals: first.columnTotals.map(() => false), grandTotal: false };
  for (;;) {
    const masks = tables.map((table) => suppressTable(table, threshold, tables.length > 1 ? shared : undefined));
    const union: HiddenMargins = {
      columnTotals: shared.columnTotals.map((_, column) => masks.some((mask) => mask.columnTotals[column])),
      grandTotal: masks.some((mask) => mask.grandTotal),
    };
    if (union.grandTotal === shared.grandTotal && union.columnTotals.every((hidden, column) => hidden === shared.columnTotals[column])) return masks;
    shared = union;
  }
}
