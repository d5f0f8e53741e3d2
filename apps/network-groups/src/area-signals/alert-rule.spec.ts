import { callsForFollowUp, decideAlert, type AlertThresholds } from './alert-rule';

const DEFAULTS: AlertThresholds = { minCount: 5, factor: 3, trailingWeeks: 8 };
const twoEveryWeek = [2, 2, 2, 2, 2, 2, 2, 2];

describe('the area alert rule', () => {
  it('alerts exactly at the threshold: three times a trailing mean of 2 is 6', () => {
    expect(decideAlert(6, twoEveryWeek, DEFAULTS)).toEqual({ alert: true, trailingMean: 2 });
  });

  it('does not alert just below it', () => {
    expect(decideAlert(5, twoEveryWeek, DEFAULTS)).toEqual({ alert: false, trailingMean: 2 });
  });

  it('needs the minimum count even after quiet weeks', () => {
    expect(decideAlert(4, [], DEFAULTS)).toEqual({ alert: false, trailingMean: 0 });
    expect(decideAlert(5, [], DEFAULTS)).toEqual({ alert: true, trailingMean: 0 });
    expect(decideAlert(6, [], { ...DEFAULTS, minCount: 6 }).alert).toBe(true);
    expect(decideAlert(5, [], { ...DEFAULTS, minCount: 6 }).alert).toBe(false);
  });

  it('never alerts below 5, whatever minimum is configured', () => {
    expect(decideAlert(4, [], { ...DEFAULTS, minCount: 1 }).alert).toBe(false);
    expect(decideAlert(5, [], { ...DEFAULTS, minCount: 1 }).alert).toBe(true);
  });

  it('counts weeks without incidents as 0 in the trailing mean', () => {
    // 8 incidents in 2 of 8 weeks: a mean of 1, not of 4.
    expect(decideAlert(5, [4, 4], DEFAULTS)).toEqual({ alert: true, trailingMean: 1 });
    expect(decideAlert(12, [4, 4], { ...DEFAULTS, trailingWeeks: 2 })).toEqual({ alert: true, trailingMean: 4 });
    expect(decideAlert(11, [4, 4], { ...DEFAULTS, trailingWeeks: 2 })).toEqual({ alert: false, trailingMean: 4 });
  });

  it('compares without rounding errors when the mean is a fraction', () => {
    // 7 incidents over 8 weeks: 3 × 0.875 = 2.625, so 5 alerts; with factor 2.5 over 3 weeks of 2, 5 = 2.5 × 2 alerts too.
    expect(decideAlert(5, [3, 2, 1, 1], DEFAULTS)).toEqual({ alert: true, trailingMean: 0.875 });
    expect(decideAlert(5, [2, 2, 2], { minCount: 5, factor: 2.5, trailingWeeks: 3 }).alert).toBe(true);
    expect(decideAlert(7, [3, 3, 3, 3, 3, 3, 3, 3], { ...DEFAULTS, factor: 2.4 }).alert).toBe(false);
    expect(decideAlert(8, [3, 3, 3, 3, 3, 3, 3, 3], { ...DEFAULTS, factor: 2.4 }).alert).toBe(true);
    // 0.3 × 30 is 8.999… in floating point; exactly 9 must still alert, 8 must not.
    expect(decideAlert(9, [30], { minCount: 5, factor: 0.3, trailingWeeks: 1 }).alert).toBe(true);
    expect(decideAlert(8, [30], { minCount: 5, factor: 0.3, trailingWeeks: 1 }).alert).toBe(false);
  });

  it('refuses more trailing counts than trailing weeks', () => {
    expect(() => decideAlert(5, [1, 1, 1], { ...DEFAULTS, trailingWeeks: 2 })).toThrow(RangeError);
  });
});

describe('whether an alert calls for follow-up', () => {
  it('does for the current week and the recent weeks before it, counted in whole ISO weeks', () => {
    const today = '2026-11-25'; // a Wednesday; its week starts 2026-11-23
    expect(['2026-11-23', '2026-11-16', '2026-11-09', '2026-11-02'].map((week) => callsForFollowUp(week, today, 2))).toEqual([true, true, true, false]);
  });

  it('does not for an old week loaded late, nor for a week that has not begun', () => {
    expect(callsForFollowUp('2026-02-16', '2026-11-25', 2)).toBe(false);
    expect(callsForFollowUp('2026-11-30', '2026-11-25', 2)).toBe(false);
  });
});
