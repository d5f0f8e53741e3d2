import { wallClockOf } from './wall-clock';

/** The time zone of the municipality: Danish days, deadlines and meeting times are read in it. */
export const DANISH_TIME_ZONE = 'Europe/Copenhagen';

/**
 * The calendar day (YYYY-MM-DD) the clocks in `zone` show at `instant`: deadlines and meeting
 * days are Danish days, so 00:30 in Copenhagen is already the next day although UTC is not.
 */
export function localDay(instant: Date, zone = DANISH_TIME_ZONE): string {
  const time = instant.getTime();
  const bucket = `${zone} ${Math.floor(time / BUCKET_MS)}`;
  const known = daysOfBuckets.get(bucket);
  if (known !== undefined) return known;
  const day = dayOf(instant, zone);
  // Kept only when the quarter of an hour starts and ends on the same day: no midnight (or change of clocks across one) within it.
  const start = Math.floor(time / BUCKET_MS) * BUCKET_MS;
  if (dayOf(new Date(start), zone) === day && dayOf(new Date(start + BUCKET_MS - 1), zone) === day) {
    if (daysOfBuckets.size >= MAX_BUCKETS) daysOfBuckets.clear();
    daysOfBuckets.set(bucket, day);
  }
  return day;
}

function dayOf(instant: Date, zone: string): string {
  const { year, month, day } = wallClockOf(instant, zone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/*
 * Reading the wall clock through Intl is slow next to everything else a consumer does with
 * an event, and a zone's day changes only at its midnights: the day is kept per quarter of
 * an hour (UTC) that starts and ends on it. Midnights fall on a quarter of an hour in UTC in
 * the zones of our time, so nearly every quarter qualifies; one that does not is read anew.
 */
const BUCKET_MS = 15 * 60 * 1000;
const MAX_BUCKETS = 50_000;
const daysOfBuckets = new Map<string, string>();

/** Today as the clocks in Denmark show it: the day users mean by "today". */
export function danishToday(now: Date): string {
  return localDay(now);
}

/** The year the clocks in Denmark show: the year "this year" means. */
export function danishYear(now: Date): number {
  return Number(danishToday(now).slice(0, 4));
}
