import { periodKeyOf, periodKindFor, windowOf, WINDOW_REFUSALS, WindowError, yearWindow } from './periods';

describe('periods', () => {
  it('names months and quarters', () => {
    expect(periodKeyOf('2026-03-31', 'month')).toBe('2026-03');
    expect(periodKeyOf('2026-03-31', 'quarter')).toBe('2026-Q1');
    expect(periodKeyOf('2026-10-01', 'quarter')).toBe('2026-Q4');
  });

  it('lists the months of a window with their first and last days, leap years too', () => {
    expect(windowOf('month', '2024-01', '2024-03')).toEqual({
      kind: 'month',
      first: '2024-01-01',
      last: '2024-03-31',
      periods: [
        { key: '2024-01', first: '2024-01-01', last: '2024-01-31' },
        { key: '2024-02', first: '2024-02-01', last: '2024-02-29' },
        { key: '2024-03', first: '2024-03-01', last: '2024-03-31' },
      ],
    });
  });

  it('lists the quarters of a year, across the turn of the year', () => {
    expect(yearWindow('quarter', 2026).periods.map((period) => [period.key, period.first, period.last])).toEqual([
      ['2026-Q1', '2026-01-01', '2026-03-31'],
      ['2026-Q2', '2026-04-01', '2026-06-30'],
      ['2026-Q3', '2026-07-01', '2026-09-30'],
      ['2026-Q4', '2026-10-01', '2026-12-31'],
    ]);
    expect(windowOf('quarter', '2025-10', '2026-03').periods.map((period) => period.key)).toEqual(['2025-Q4', '2026-Q1']);
  });

  it.each([
    ['month', '2026-13', '2026-12', 'from', WINDOW_REFUSALS.from],
    ['month', '2026-01', '26-12', 'to', WINDOW_REFUSALS.to],
    ['month', '2026-05', '2026-04', 'to', WINDOW_REFUSALS.toBeforeFrom],
    ['month', '2000-01', '2010-01', 'to', WINDOW_REFUSALS.tooLong],
    ['quarter', '2026-02', '2026-06', 'from', WINDOW_REFUSALS.fromNotQuarterStart],
    ['quarter', '2026-01', '2026-05', 'to', WINDOW_REFUSALS.toNotQuarterEnd],
  ] as const)('refuses %s from %s to %s, naming %s', (kind, from, to, field, refusal) => {
    const attempt = () => windowOf(kind, from, to);
    expect(attempt).toThrow(WindowError);
    expect(attempt).toThrow(expect.objectContaining({ refusal }));
    try {
      attempt();
    } catch (error) {
      expect((error as WindowError).field).toBe(field);
    }
  });
});

describe('the period kind of an audience', () => {
  it('lets the coordination team choose, months by default', () => {
    expect([periodKindFor('full', true, undefined), periodKindFor('full', true, 'quarter')]).toEqual(['month', 'quarter']);
  });

  it('gives suppressed counts of young people one kind per audience: the municipality months, an area quarters', () => {
    expect([periodKindFor('municipality', true, undefined), periodKindFor('municipality', true, 'month'), periodKindFor('area', true, undefined), periodKindFor('area', true, 'quarter')]).toEqual([
      'month',
      'month',
      'quarter',
      'quarter',
    ]);
  });

  it('refuses the other kind, naming the field', () => {
    expect(() => periodKindFor('municipality', true, 'quarter')).toThrow(WindowError);
    expect(() => periodKindFor('area', true, 'month')).toThrow(expect.objectContaining({ refusal: WINDOW_REFUSALS.quarterOnly }));
  });

  it('lets anyone choose for counts that are not about young people (meetings, alerts, initiatives)', () => {
    expect([periodKindFor('municipality', false, 'quarter'), periodKindFor('area', false, 'month')]).toEqual(['quarter', 'month']);
  });
});
