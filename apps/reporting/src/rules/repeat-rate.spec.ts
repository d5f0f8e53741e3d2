import { isRepeat, repeatRatePercent, repeatWindowEnding } from './repeat-rate';

describe('repeat rate', () => {
  it('looks back twelve months from the last day of a period', () => {
    expect(repeatWindowEnding('2026-12-31')).toEqual({ first: '2026-01-01', last: '2026-12-31' });
    expect(repeatWindowEnding('2026-03-31')).toEqual({ first: '2025-04-01', last: '2026-03-31' });
    expect(repeatWindowEnding('2024-02-29')).toEqual({ first: '2023-03-01', last: '2024-02-29' });
  });

  it('counts two police cases within the window as a repeat, one case with two roles as one', () => {
    const window = repeatWindowEnding('2026-06-30');
    expect(isRepeat([{ journalKey: 'a', day: '2026-06-01' }, { journalKey: 'b', day: '2025-07-01' }], window)).toBe(true);
    expect(isRepeat([{ journalKey: 'a', day: '2026-06-01' }, { journalKey: 'b', day: '2025-06-30' }], window)).toBe(false);
    expect(isRepeat([{ journalKey: 'a', day: '2026-06-01' }, { journalKey: 'a', day: '2026-06-02' }], window)).toBe(false);
    // A case counts on its first day: one that began before the window is not in it.
    expect(isRepeat([{ journalKey: 'a', day: '2025-06-01' }, { journalKey: 'a', day: '2026-06-02' }, { journalKey: 'b', day: '2026-06-03' }], window)).toBe(false);
  });

  it('gives a percentage with one decimal, and nothing for nobody', () => {
    expect(repeatRatePercent(1, 3)).toBe(33.3);
    expect(repeatRatePercent(2, 3)).toBe(66.7);
    expect(repeatRatePercent(0, 0)).toBeNull();
  });
});
