import { alignSharedMargins, consistentSuppression } from './consistent-suppression';
import { table, tables } from './dashboard-tables.fixture';

const withMargins = (hidden: boolean[], grandHidden: boolean) =>
  table('incidents', null, [], {
    columnTotals: hidden.map((h, index) => (h ? null : 10 + index)),
    columnTotalsSuppressed: hidden,
    grandTotal: grandHidden ? null : 33,
    grandTotalSuppressed: grandHidden,
    columns: ['2026-01', '2026-02', '2026-03'],
  });

describe('consistentSuppression', () => {
  it('hides a monthly total or the grand total in both breakdowns when either hides it', () => {
    const [byCategory, byArea] = alignSharedMargins(withMargins([true, false, false], false), withMargins([false, false, true], true));
    for (const aligned of [byCategory, byArea]) {
      expect([aligned.columnTotals, aligned.columnTotalsSuppressed, aligned.grandTotal, aligned.grandTotalSuppressed]).toEqual([[null, 11, null], [true, false, true], null, true]);
    }
  });

  it('refuses to align tables of different periods', () => {
    expect(() => alignSharedMargins(withMargins([false], false), { ...withMargins([false], false), columns: ['2026-Q1'] })).toThrow(/do not share their periods/);
  });

  it('hides a headline number where the detailed table on the page hides the same total', () => {
    const page = consistentSuppression(tables());
    const overview = (measure: string) => page.overview.rows.find((row) => row.keys.measure === measure)!;
    // Overdue interventions are hidden in the interventions table, and stay hidden as a headline.
    expect([overview('interventions-overdue').total, overview('interventions-overdue').totalSuppressed]).toEqual([null, true]);
    // Incidents are shown in both; the grand total of incidents by area is hidden, so the headline is too.
    const hiddenArea = tables({ byArea: { ...tables().byArea!, columnTotals: Array(12).fill(0), columnTotalsSuppressed: Array(12).fill(false), grandTotal: null, grandTotalSuppressed: true } });
    const aligned = consistentSuppression({ ...hiddenArea, byCategory: { ...hiddenArea.byCategory, columnTotals: Array(12).fill(0), columnTotalsSuppressed: Array(12).fill(false), grandTotal: 56 } });
    const incidents = aligned.overview.rows.find((row) => row.keys.measure === 'incidents')!;
    expect([incidents.values, incidents.total, incidents.totalSuppressed, aligned.byCategory.grandTotal]).toEqual([[null], null, true, null]);
    expect(consistentSuppression(tables()).overview.rows.find((row) => row.keys.measure === 'decisions')!.total).toBe(17);
  });
});
