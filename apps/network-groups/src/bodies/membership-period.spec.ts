import { isActiveOn, isValidPeriod, periodWithinBody } from './membership-period';

describe('membership periods', () => {
  const ended = { validFrom: '2026-01-01', validTo: '2026-06-30' };

  it('is active from its first to its last day, both included', () => {
    expect(['2025-12-31', '2026-01-01', '2026-06-30', '2026-07-01'].map((day) => isActiveOn(ended, day))).toEqual([false, true, true, false]);
  });

  it('runs on without a last day', () => {
    expect(isActiveOn({ validFrom: '2026-01-01', validTo: null }, '2099-01-01')).toBe(true);
  });

  it('refuses a period that ends before it begins', () => {
    expect(isValidPeriod({ validFrom: '2026-02-01', validTo: '2026-01-31' })).toBe(false);
    expect(isValidPeriod({ validFrom: '2026-02-01', validTo: '2026-02-01' })).toBe(true);
  });

  it("ends with an ad-hoc group at the latest: an open end becomes the group's last day, a later end is refused", () => {
    expect(periodWithinBody({ validFrom: '2027-01-01', validTo: null }, '2027-08-31')).toEqual({ validFrom: '2027-01-01', validTo: '2027-08-31' });
    expect(periodWithinBody({ validFrom: '2027-01-01', validTo: '2027-08-31' }, '2027-08-31')).toEqual({ validFrom: '2027-01-01', validTo: '2027-08-31' });
    expect(periodWithinBody({ validFrom: '2027-01-01', validTo: '2027-09-01' }, '2027-08-31')).toBeNull();
    expect(periodWithinBody({ validFrom: '2027-01-01', validTo: null }, null)).toEqual({ validFrom: '2027-01-01', validTo: null });
  });
});
