import { zonedTimeToInstant } from './zoned-time';
import { wallClockOf } from './wall-clock';

const ZONE = 'Europe/Copenhagen';

describe('the wall clock in Copenhagen', () => {
  it('is an hour ahead of UTC in winter and two in summer', () => {
    expect(wallClockOf(new Date('2026-01-05T13:00:00Z'), ZONE)).toEqual({ year: 2026, month: 1, day: 5, hour: 14, minute: 0, second: 0 });
    expect(wallClockOf(new Date('2026-07-06T12:00:00Z'), ZONE)).toEqual({ year: 2026, month: 7, day: 6, hour: 14, minute: 0, second: 0 });
  });

  it('turns the next day at 23:00 UTC in winter', () => {
    expect(wallClockOf(new Date('2026-12-31T23:30:00Z'), ZONE)).toMatchObject({ year: 2027, month: 1, day: 1, hour: 0, minute: 30 });
  });

  it.each([
    ['2026-03-29', '01:59'],
    ['2026-03-29', '03:00'],
    ['2026-10-25', '02:30'],
    ['2026-10-25', '03:00'],
    ['2027-03-29', '16:00'],
  ])('reads back %s %s from its instant', (day, time) => {
    const clock = wallClockOf(new Date(zonedTimeToInstant(day, time, ZONE)), ZONE);
    const pad = (value: number) => String(value).padStart(2, '0');
    expect(`${clock.year}-${pad(clock.month)}-${pad(clock.day)} ${pad(clock.hour)}:${pad(clock.minute)}`).toBe(`${day} ${time}`);
  });
});
