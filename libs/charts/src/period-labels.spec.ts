import { begunPeriods, periodLabel, periodStart } from './period-labels';

describe('period labels', () => {
  it('says months and quarters as a Dane does', () => {
    expect(['2026-01', '2026-05', '2026-12', '2026-Q1', '2026-Q4'].map(periodLabel)).toEqual(['jan.', 'maj', 'dec.', '1. kvt.', '4. kvt.']);
  });

  it('knows the first day of each', () => {
    expect(['2026-03', '2026-Q1', '2026-Q3'].map(periodStart)).toEqual(['2026-03-01', '2026-01-01', '2026-07-01']);
  });

  it('keeps the periods that have begun by today', () => {
    expect(begunPeriods(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'], '2026-07-01')).toEqual([0, 1, 2]);
    expect(begunPeriods(['2026-11', '2026-12'], '2026-11-30')).toEqual([0]);
    expect(begunPeriods(['2027-01'], '2026-12-31')).toEqual([]);
  });
});
