import fc from 'fast-check';
import { localDay } from './local-day';
import { wallClockOf } from './wall-clock';

describe('localDay', () => {
  it('is the Copenhagen day, which starts an hour (winter) or two (summer) before the UTC day', () => {
    expect(localDay(new Date('2026-01-05T22:59:59Z'))).toBe('2026-01-05');
    expect(localDay(new Date('2026-01-05T23:00:00Z'))).toBe('2026-01-06');
    expect(localDay(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(localDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('reads another zone when asked', () => {
    expect(localDay(new Date('2026-01-05T23:00:00Z'), 'UTC')).toBe('2026-01-05');
  });

  it('gives the day the wall clock shows, asked once or again, in zones whose midnights are not on the UTC hour', () => {
    const zones = ['Europe/Copenhagen', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Sao_Paulo', 'Africa/Monrovia'];
    const instants = fc.date({ min: new Date('1890-01-01'), max: new Date('2100-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), fc.integer({ min: -20, max: 20 }), (date, zone, minutes) => {
        const instant = new Date(date.getTime() + minutes * 60_000);
        const { year, month, day } = wallClockOf(instant, zone);
        const expected = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect([localDay(instant, zone), localDay(instant, zone)]).toEqual([expected, expected]);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the right day on both sides of a midnight inside a quarter of an hour, whose day is not kept', () => {
    // Monrovia kept UTC-00:44:30 until 1972: its midnight fell at 00:44:30 UTC.
    expect(localDay(new Date('1970-06-01T00:44:00Z'), 'Africa/Monrovia')).toBe('1970-05-31');
    expect(localDay(new Date('1970-06-01T00:44:40Z'), 'Africa/Monrovia')).toBe('1970-06-01');
    expect(localDay(new Date('1970-06-01T00:44:00Z'), 'Africa/Monrovia')).toBe('1970-05-31');
  });
});
