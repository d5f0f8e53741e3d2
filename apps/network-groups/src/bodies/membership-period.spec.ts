import { isActiveOn, isValidPeriod } from './membership-period';

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
});
