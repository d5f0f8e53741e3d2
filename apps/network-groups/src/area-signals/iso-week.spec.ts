import { weekStartOf, weeksBetween } from './iso-week';

describe('ISO weeks', () => {
  it('start on the Monday on or before the day', () => {
    expect(['2026-01-05', '2026-01-07', '2026-01-11', '2026-01-12'].map(weekStartOf)).toEqual(['2026-01-05', '2026-01-05', '2026-01-05', '2026-01-12']);
  });

  it('cross a year boundary: 1 January 2027 is a Friday in the week of 28 December 2026', () => {
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
    expect(weekStartOf('2027-01-03')).toBe('2026-12-28');
  });

  it('are counted in whole weeks, whatever the weekday', () => {
    expect(weeksBetween('2026-03-29', '2026-03-30')).toBe(1);
    expect(weeksBetween('2026-01-05', '2026-10-30')).toBe(42);
    expect(weeksBetween('2026-03-30', '2026-03-23')).toBe(-1);
    expect(weeksBetween('2026-03-30', '2026-04-05')).toBe(0);
  });
});
