import { categoryRow, incidentsByCategory } from './statistic-tables.fixture';
import { compareYears } from './year-comparison';

const THIS_YEAR = incidentsByCategory(2026, [categoryRow('theft', 'Tyveri', [12, 15, 9], 36), categoryRow('weapons', 'Våben og knive', [null], null, [true])], [12, null, 9]);
const LAST_YEAR = incidentsByCategory(2025, [categoryRow('drugs', 'Narkotika', [7], 7), categoryRow('theft', 'Tyveri (gammelt navn)', [4], 4)], [11], { suppression: null });

describe('compareYears', () => {
  const comparison = compareYears([THIS_YEAR, LAST_YEAR], '2026-03-15');

  it('puts the years oldest first, whatever order they came in', () => {
    expect(comparison.years).toEqual([2025, 2026]);
    expect(compareYears([LAST_YEAR, THIS_YEAR], '2026-03-15').years).toEqual([2025, 2026]);
  });

  it("matches rows by their keys, named and ordered as this year's table has them, a row missing in a year having nothing (not 0) there", () => {
    expect(comparison.rowHeading).toBe('Kategori');
    expect(comparison.rows).toEqual([
      { label: 'Tyveri', unit: 'count', cells: [{ value: 4, hidden: false }, { value: 36, hidden: false }] },
      { label: 'Våben og knive', unit: 'count', cells: [{ value: null, hidden: false }, { value: null, hidden: true }] },
      { label: 'Narkotika', unit: 'count', cells: [{ value: 7, hidden: false }, { value: null, hidden: false }] },
    ]);
  });

  it('keeps hidden what reporting hid, as hidden and never as a number', () => {
    const hidden = [...comparison.rows.flatMap((row) => row.cells), ...(comparison.totals ?? []), ...(comparison.periods?.byYear.flat() ?? [])].filter((cell) => cell.hidden);
    expect(hidden).toEqual([{ value: null, hidden: true }, { value: null, hidden: true }, { value: null, hidden: true }]);
    expect(comparison.hiddenValues).toBe(3);
    expect(comparison.threshold).toBe(5);
  });

  it("gives each year's total and its periods' totals, this year's only for the periods that have begun", () => {
    expect(comparison.totals).toEqual([{ value: 11, hidden: false }, { value: null, hidden: true }]);
    expect(comparison.periods?.labels.slice(0, 4)).toEqual(['jan.', 'feb.', 'mar.', 'apr.']);
    expect(comparison.periods?.byYear[0].slice(0, 3)).toEqual([{ value: 11, hidden: false }, { value: 0, hidden: false }, { value: 0, hidden: false }]);
    expect(comparison.periods?.byYear[1].slice(0, 4)).toEqual([{ value: 12, hidden: false }, { value: null, hidden: true }, { value: 9, hidden: false }, { value: null, hidden: false }]);
  });

  it('has no totals or periods when a table has no column totals (its rows are different measures)', () => {
    const measures = compareYears([{ ...THIS_YEAR, columnTotals: null, columnTotalsSuppressed: null }, LAST_YEAR], '2026-03-15');
    expect([measures.totals, measures.periods]).toEqual([null, null]);
  });

  it('needs at least one year', () => {
    expect(() => compareYears([], '2026-03-15')).toThrow('at least one year');
  });
});
