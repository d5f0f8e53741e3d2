import { digestCutoff, digestDayDue, nextDigestAt } from './digest-schedule';

describe('the daily digest schedule', () => {
  it('goes out at the Danish hour, an hour before it in UTC in winter and two in summer', () => {
    expect(digestCutoff('2026-01-15', '07:00').toISOString()).toBe('2026-01-15T06:00:00.000Z');
    expect(digestCutoff('2026-07-15', '07:00').toISOString()).toBe('2026-07-15T05:00:00.000Z');
  });

  it("is due for today from the digest time on, and for yesterday before it", () => {
    expect(digestDayDue(new Date('2026-01-15T05:59:59Z'), '07:00')).toBe('2026-01-14');
    expect(digestDayDue(new Date('2026-01-15T06:00:00Z'), '07:00')).toBe('2026-01-15');
  });

  it('takes the Danish day, not the UTC one, late in the evening', () => {
    expect(digestDayDue(new Date('2026-01-15T23:30:00Z'), '07:00')).toBe('2026-01-15');
    expect(digestDayDue(new Date('2026-01-15T23:30:00Z'), '00:15')).toBe('2026-01-16');
  });

  it('comes 23 hours after the last one when summer time begins, and 25 when it ends', () => {
    const beforeSpring = digestCutoff('2026-03-28', '07:00');
    expect((nextDigestAt(beforeSpring, '07:00').getTime() - beforeSpring.getTime()) / 3_600_000).toBe(23);
    const beforeAutumn = digestCutoff('2026-10-24', '07:00');
    expect((nextDigestAt(beforeAutumn, '07:00').getTime() - beforeAutumn.getTime()) / 3_600_000).toBe(25);
  });
});
