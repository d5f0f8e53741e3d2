import { currentSlot, dailyOccurrence, dailySlotDay, nextOccurrence, parseSchedule, type Schedule } from './schedule';

const at = (iso: string) => new Date(iso);
const hours = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 3_600_000;

describe('a daily schedule at a Danish time', () => {
  const daily = (time: string): Schedule => ({ every: 'day', time });

  it('is due an hour before its time in UTC in winter and two in summer', () => {
    expect(dailyOccurrence('2026-01-15', '07:00').toISOString()).toBe('2026-01-15T06:00:00.000Z');
    expect(dailyOccurrence('2026-07-15', '07:00').toISOString()).toBe('2026-07-15T05:00:00.000Z');
  });

  it('belongs to today from its time on, and to yesterday before it', () => {
    expect(dailySlotDay(at('2026-01-15T05:59:59Z'), '07:00')).toBe('2026-01-14');
    expect(dailySlotDay(at('2026-01-15T06:00:00Z'), '07:00')).toBe('2026-01-15');
    expect(currentSlot(daily('07:00'), at('2026-01-15T06:00:00Z'))).toEqual({ key: '2026-01-15', at: at('2026-01-15T06:00:00Z') });
  });

  it('takes the Danish day, not the UTC one, late in the evening', () => {
    expect(dailySlotDay(at('2026-01-15T23:30:00Z'), '07:00')).toBe('2026-01-15');
    expect(dailySlotDay(at('2026-01-15T23:30:00Z'), '00:15')).toBe('2026-01-16');
  });

  it('comes 23 hours after the last one when summer time begins, and 25 when it ends', () => {
    const beforeSpring = dailyOccurrence('2027-03-27', '07:00');
    expect(hours(beforeSpring, nextOccurrence(daily('07:00'), beforeSpring))).toBe(23);
    const beforeAutumn = dailyOccurrence('2027-10-30', '07:00');
    expect(hours(beforeAutumn, nextOccurrence(daily('07:00'), beforeAutumn))).toBe(25);
  });

  it('runs a time inside the skipped hour once, as the clocks reach it (02:30 on 28 March 2027 is 03:30 summer time)', () => {
    const schedule = daily('02:30');
    // 01:59 winter time, the last minute before the clocks jump to 03:00.
    expect(currentSlot(schedule, at('2027-03-28T00:59:00Z')).key).toBe('2027-03-27');
    expect(nextOccurrence(schedule, at('2027-03-28T00:59:00Z')).toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(currentSlot(schedule, at('2027-03-28T01:29:59Z')).key).toBe('2027-03-27');
    expect(currentSlot(schedule, at('2027-03-28T01:30:00Z'))).toEqual({ key: '2027-03-28', at: at('2027-03-28T01:30:00Z') });
    expect(nextOccurrence(schedule, at('2027-03-28T01:30:00Z')).toISOString()).toBe('2027-03-29T00:30:00.000Z');
  });

  it('runs a time in the repeated hour once, at the first of the two (02:30 on 31 October 2027)', () => {
    const schedule = daily('02:30');
    expect(nextOccurrence(schedule, at('2027-10-30T23:00:00Z')).toISOString()).toBe('2027-10-31T00:30:00.000Z');
    const first = currentSlot(schedule, at('2027-10-31T00:30:00Z'));
    // The clocks show 02:30 again an hour later, in winter time: the same slot, nothing new is due.
    const second = currentSlot(schedule, at('2027-10-31T01:30:00Z'));
    expect([first.key, second.key]).toEqual(['2027-10-31', '2027-10-31']);
    expect(second.at).toEqual(first.at);
    expect(nextOccurrence(schedule, at('2027-10-31T01:30:00Z')).toISOString()).toBe('2027-11-01T01:30:00.000Z');
  });
});

describe('an hourly schedule', () => {
  const hourly: Schedule = { every: 'hour', minute: 5 };

  it('is due at the minute of every hour, the last one until then', () => {
    expect(currentSlot(hourly, at('2027-01-10T09:04:59Z'))).toEqual({ key: '2027-01-10T09:05+01:00', at: at('2027-01-10T08:05:00Z') });
    expect(currentSlot(hourly, at('2027-01-10T09:05:00Z')).key).toBe('2027-01-10T10:05+01:00');
    expect(nextOccurrence(hourly, at('2027-01-10T09:05:00Z')).toISOString()).toBe('2027-01-10T10:05:00.000Z');
  });

  it('runs every real hour: none for the skipped hour in March, two for the repeated hour in October', () => {
    const slotsFrom = (start: string, count: number) => Array.from({ length: count }, (_, hour) => currentSlot(hourly, new Date(Date.parse(start) + hour * 3_600_000)).key);
    expect(slotsFrom('2027-03-27T23:30:00Z', 3)).toEqual(['2027-03-28T00:05+01:00', '2027-03-28T01:05+01:00', '2027-03-28T03:05+02:00']);
    expect(slotsFrom('2027-10-30T23:30:00Z', 4)).toEqual(['2027-10-31T01:05+02:00', '2027-10-31T02:05+02:00', '2027-10-31T02:05+01:00', '2027-10-31T03:05+01:00']);
  });
});

describe('a schedule setting', () => {
  it('reads HH:MM as daily and *:MM as hourly', () => {
    expect(parseSchedule('02:30')).toEqual({ every: 'day', time: '02:30' });
    expect(parseSchedule('*:05')).toEqual({ every: 'hour', minute: 5 });
  });

  it.each(['2:30', '24:00', '02:60', '*:5', '**:05', ''])('refuses %j', (text) => {
    expect(() => parseSchedule(text)).toThrow(RangeError);
  });
});
