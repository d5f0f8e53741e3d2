import { suppressTable, type HiddenMargins, type SuppressionMask, type TableWithMargins } from './suppress-table';

/**
 * Suppression of tables that break one quantity down in different ways over the same
 * periods (incidents by area, by category, by age band, by role, and not at all): they share
 * their column totals and grand total. A total one table hides as a complement must not be
 * published by another, nor be the sum of another's published cells. So each table is
 * suppressed with every shared total that any of them hides hidden too, and protected like
 * its own hidden entries; that can hide more totals elsewhere, so it repeats until no table
 * hides a shared total the others publish. Then every count below the threshold is hidden,
 * the shared totals are hidden alike in all tables, and each table on its own determines
 * none of its hidden entries (the complements may differ from those the table would get on
 * its own).
 *
 * What this does not do is solve the tables jointly: an attacker who combines the feasible
 * values of a hidden total in several tables at once may narrow them further than any one
 * table does. docs/reporting.md, "Suppression".
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
    const masks = tables.map((table) => suppressTable(table, threshold, shared));
    const union: HiddenMargins = {
      columnTotals: shared.columnTotals.map((_, column) => masks.some((mask) => mask.columnTotals[column])),
      grandTotal: masks.some((mask) => mask.grandTotal),
    };
    if (union.grandTotal === shared.grandTotal && union.columnTotals.every((hidden, column) => hidden === shared.columnTotals[column])) return masks;
    shared = union;
  }
}
