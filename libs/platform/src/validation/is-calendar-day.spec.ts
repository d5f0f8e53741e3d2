import { isCalendarDay } from './is-calendar-day';

describe('isCalendarDay', () => {
  it('takes real days of this century', () => {
    expect(['2000-01-01', '2026-02-28', '2028-02-29', '2099-12-31'].map(isCalendarDay)).toEqual([true, true, true, true]);
  });

  it('refuses days that do not exist, other years, other forms and other types', () => {
    expect(['2026-02-29', '2026-13-01', '2026-04-31', '0100-01-01', '1999-12-31', '2100-01-01', '2026-1-01', '2026-01-01T00:00', '', 20260101, null].map(isCalendarDay)).toEqual(
      Array(11).fill(false),
    );
  });
});
