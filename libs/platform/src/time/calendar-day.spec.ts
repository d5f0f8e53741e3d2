import { addDays, dayFromNumber, dayNumber, daysBetween, isoWeekday } from './calendar-day';

describe('calendar days', () => {
  it('counts days across a month, a leap day and a year boundary', () => {
    expect(daysBetween('2026-01-01', '2026-04-01')).toBe(90);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-01-04', -7)).toBe('2025-12-28');
  });

  it('turns day numbers back into the same days', () => {
    expect(dayFromNumber(dayNumber('2026-03-29'))).toBe('2026-03-29');
    expect(dayNumber('1970-01-01')).toBe(0);
  });

  it('knows the weekday, before 1970 too', () => {
    expect(['2026-03-30', '2026-03-29', '1970-01-01', '1969-12-29'].map(isoWeekday)).toEqual([1, 7, 4, 1]);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-1-5', '2026-01-05T00:00', ''])('refuses %j', (day) => {
    expect(() => dayNumber(day)).toThrow(RangeError);
  });
});
