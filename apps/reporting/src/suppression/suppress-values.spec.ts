import { hidesMedian, hidesRate, isSmallCount } from './suppress-values';

describe('suppression of single values', () => {
  it('hides counts from 1 to below the threshold, not 0', () => {
    expect([0, 1, 4, 5, 50].map((value) => isSmallCount(value, 5))).toEqual([false, true, true, false, false]);
  });

  it('hides a rate with a small base, few with the attribute, or few or none without it', () => {
    expect(hidesRate(2, 4, 5)).toBe(true);
    expect(hidesRate(2, 40, 5)).toBe(true);
    expect(hidesRate(38, 40, 5)).toBe(true);
    expect(hidesRate(0, 40, 5)).toBe(false);
    expect(hidesRate(40, 40, 5)).toBe(true);
    expect(hidesRate(10, 40, 5)).toBe(false);
  });

  it('hides a median of few observations', () => {
    expect(hidesMedian(4, 5)).toBe(true);
    expect(hidesMedian(5, 5)).toBe(false);
  });
});
