import { zonedTimeToInstant } from './zoned-time';

const COPENHAGEN = 'Europe/Copenhagen';

describe('wall time in a zone to a UTC instant', () => {
  it('is an hour ahead of UTC in winter and two in summer', () => {
    expect(zonedTimeToInstant('2026-01-05', '09:00', COPENHAGEN)).toBe('2026-01-05T08:00:00.000Z');
    expect(zonedTimeToInstant('2026-07-06', '09:00', COPENHAGEN)).toBe('2026-07-06T07:00:00.000Z');
  });

  it('switches on the days summer time begins and ends', () => {
    expect(zonedTimeToInstant('2026-03-28', '12:00', COPENHAGEN)).toBe('2026-03-28T11:00:00.000Z');
    expect(zonedTimeToInstant('2026-03-29', '12:00', COPENHAGEN)).toBe('2026-03-29T10:00:00.000Z');
    expect(zonedTimeToInstant('2026-10-25', '01:00', COPENHAGEN)).toBe('2026-10-24T23:00:00.000Z');
    expect(zonedTimeToInstant('2026-10-25', '12:00', COPENHAGEN)).toBe('2026-10-25T11:00:00.000Z');
  });

  it('moves a time that does not exist (02:30 as the clocks jump to 03:00) on by the gap', () => {
    expect(zonedTimeToInstant('2026-03-29', '02:30', COPENHAGEN)).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first of a time that happens twice (02:30 as the clocks fall back to 02:00)', () => {
    expect(zonedTimeToInstant('2026-10-25', '02:30', COPENHAGEN)).toBe('2026-10-25T00:30:00.000Z');
  });

  it('works for other zones', () => {
    expect(zonedTimeToInstant('2026-07-06', '09:00', 'UTC')).toBe('2026-07-06T09:00:00.000Z');
    expect(zonedTimeToInstant('2026-07-06', '09:00', 'America/New_York')).toBe('2026-07-06T13:00:00.000Z');
  });

  it.each(['9:00', '24:00', '09:60', '09.00'])('refuses the time %j', (time) => {
    expect(() => zonedTimeToInstant('2026-01-05', time, COPENHAGEN)).toThrow(RangeError);
  });

  it('refuses an unknown zone', () => {
    expect(() => zonedTimeToInstant('2026-01-05', '09:00', 'Europe/Randers')).toThrow(RangeError);
  });
});
