import { wallClockOf } from './wall-clock';

/** The time zone of the municipality: Danish days, deadlines and meeting times are read in it. */
export const DANISH_TIME_ZONE = 'Europe/Copenhagen';

/**
 * The calendar day (YYYY-MM-DD) the clocks in `zone` show at `instant`: deadlines and meeting
 * days are Danish days, so 00:30 in Copenhagen is already the next day although UTC is not.
 */
export function localDay(instant: Date, zone = DANISH_TIME_ZONE): string {
  const { year, month, day } = wallClockOf(instant, zone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today as the clocks in Denmark show it: the day users mean by "today". */
export function danishToday(now: Date = new Date()): string {
  return localDay(now);
}
