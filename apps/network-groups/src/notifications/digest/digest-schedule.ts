import { addDays, DANISH_TIME_ZONE, localDay, zonedTimeToInstant } from '@ssp/platform/time';

/** The instant the digest of `day` goes out: `time` (HH:MM) on that day in Denmark. */
export function digestCutoff(day: string, time: string): Date {
  return new Date(zonedTimeToInstant(day, time, DANISH_TIME_ZONE));
}

/** The latest day whose digest time has come at `now`: today once the time has passed, yesterday before. */
export function digestDayDue(now: Date, time: string): string {
  const today = localDay(now, DANISH_TIME_ZONE);
  return now >= digestCutoff(today, time) ? today : addDays(today, -1);
}

/** The first digest time after `now`. */
export function nextDigestAt(now: Date, time: string): Date {
  return digestCutoff(addDays(digestDayDue(now, time), 1), time);
}
