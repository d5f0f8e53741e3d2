import { signalWeekRange } from './signal-weeks';

const TODAY = '2026-03-04'; // a Wednesday

describe('the weeks a request for signals covers', () => {
  it('is the current week and the eleven before it by default', () => {
    expect(signalWeekRange(undefined, undefined, TODAY)).toEqual({ range: { from: '2025-12-15', to: '2026-03-02' } });
  });

  it('covers every week with a day in the range, from Monday to Monday', () => {
    expect(signalWeekRange('2026-01-07', '2026-01-18', TODAY)).toEqual({ range: { from: '2026-01-05', to: '2026-01-12' } });
    expect(signalWeekRange('2026-01-07', '2026-01-07', TODAY)).toEqual({ range: { from: '2026-01-05', to: '2026-01-05' } });
    expect(signalWeekRange('2026-02-01', undefined, TODAY)).toEqual({ range: { from: '2026-01-26', to: '2026-03-02' } });
  });

  it('refuses a range that runs backwards', () => {
    expect(signalWeekRange('2026-01-08', '2026-01-07', TODAY)).toEqual({ problem: 'fromAfterTo' });
    expect(signalWeekRange('2026-04-01', undefined, TODAY)).toEqual({ problem: 'fromAfterToday' });
  });

  it('allows 104 weeks and not one more', () => {
    expect(signalWeekRange('2024-03-11', '2026-03-02', TODAY)).toEqual({ range: { from: '2024-03-11', to: '2026-03-02' } });
    expect(signalWeekRange('2024-03-10', '2026-03-02', TODAY)).toEqual({ problem: 'rangeTooLong' });
  });
});
