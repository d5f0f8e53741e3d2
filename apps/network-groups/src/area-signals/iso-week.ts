import { addDays, daysBetween, isoWeekday } from '@ssp/platform/time';

/** ISO weeks start on Monday; a week is named by the calendar day of its Monday. */
export function weekStartOf(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

/** Whole weeks from the week of `earlier` to the week of `later` (negative when `later` is before). */
export function weeksBetween(earlier: string, later: string): number {
  return daysBetween(weekStartOf(earlier), weekStartOf(later)) / 7;
}
