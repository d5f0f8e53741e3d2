/**
 * Calendar days as ISO strings (YYYY-MM-DD), counted as whole days since 1970-01-01.
 * Days carry no time zone: an incident date or a meeting date is the same day for everyone,
 * so the arithmetic runs in UTC, where every day is exactly 24 hours long.
 */
export const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole days since 1970-01-01; refuses anything that is not a real calendar day. */
export function dayNumber(day: string): number {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`"${day}" is not a calendar day (YYYY-MM-DD)`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, date);
  // Date.UTC rolls 2026-02-30 over into March; comparing back catches days that do not exist.
  if (new Date(ms).toISOString().slice(0, 10) !== day) throw new RangeError(`"${day}" is not a calendar day (YYYY-MM-DD)`);
  return ms / MS_PER_DAY;
}

export function dayFromNumber(dayNo: number): string {
  return new Date(dayNo * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayFromNumber(dayNumber(day) + days);
}

/** Positive when `later` is after `earlier`. */
export function daysBetween(earlier: string, later: string): number {
  return dayNumber(later) - dayNumber(earlier);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday (4). */
export function isoWeekday(day: string): number {
  return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1;
}

/** What IsCalendarDay (validation/is-calendar-day.ts) takes, in Danish, for a refusal's message: "from skal være ${CALENDAR_DAY_DA}." */
export const CALENDAR_DAY_DA = 'en dag, ÅÅÅÅ-MM-DD, i 2000-2099';
