import { addDays } from '@ssp/platform/time';
import { weekStartOf, weeksBetween } from './iso-week';

/** Weeks shown when the caller names no range: the current one and the eleven before it. */
export const DEFAULT_SIGNAL_WEEKS = 12;
/** Two years of weeks at most in one answer. */
export const MAX_SIGNAL_WEEKS = 104;

/** From the Monday of the first week to the Monday of the last, both included. */
export interface WeekRange {
  from: string;
  to: string;
}

/** Why a range is refused; AREA_SIGNAL_REFUSALS says it to the person. */
export type WeekRangeProblem = 'fromAfterTo' | 'fromAfterToday' | 'rangeTooLong';

export type WeekRangeResult = { range: WeekRange } | { problem: WeekRangeProblem };

/**
 * The weeks a request for signals covers: every week that has a day in `from`..`to`. `to`
 * defaults to today, `from` to twelve weeks up to `to`.
 */
export function signalWeekRange(from: string | undefined, to: string | undefined, today: string): WeekRangeResult {
  const lastDay = to ?? today;
  if (from !== undefined && from > lastDay) return { problem: to === undefined ? 'fromAfterToday' : 'fromAfterTo' };
  const lastWeek = weekStartOf(lastDay);
  const firstWeek = from === undefined ? addDays(lastWeek, -7 * (DEFAULT_SIGNAL_WEEKS - 1)) : weekStartOf(from);
  if (weeksBetween(firstWeek, lastWeek) + 1 > MAX_SIGNAL_WEEKS) return { problem: 'rangeTooLong' };
  return { range: { from: firstWeek, to: lastWeek } };
}
