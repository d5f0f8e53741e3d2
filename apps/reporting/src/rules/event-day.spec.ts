import { danishDayOf, monthOf } from './event-day';

describe('danishDayOf', () => {
  it('keeps a day as it is', () => expect(danishDayOf('2026-03-31')).toBe('2026-03-31'));

  it('reads an instant on the clocks in Denmark, across daylight saving', () => {
    expect(danishDayOf('2026-03-31T22:30:00.000Z')).toBe('2026-04-01');
    expect(danishDayOf('2026-01-31T22:30:00.000Z')).toBe('2026-01-31');
    expect(danishDayOf('2026-01-31T23:30:00.000Z')).toBe('2026-02-01');
  });

  it('refuses what is neither', () => expect(() => danishDayOf('soon')).toThrow(/neither a day nor an instant/));
});

describe('monthOf', () => {
  it('gives the first day of the month', () => expect(monthOf('2026-11-23')).toBe('2026-11-01'));
});
