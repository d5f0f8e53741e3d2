import { addDays, localDay, zonedTimeToInstant } from '@ssp/platform/time';

/** Digest times are Danish wall-clock times; the instant moves with summer time. */
export const DIGEST_TIME_ZONE = 'Europe/Copenhagen';

/** The instant the digest of `day` goes out: `time` (HH:MM) on that day in Denmark. */
export function digestCutoff(day: string, time: string): Date {
  return new Date(zonedTimeToInstant(day, time, DIGEST_TIME_ZONE));
}

/** The latest day whose digest time has come at `now`: today once the time has passed, yesterday before. */
export function digestDayDue(now: Date, time: string): string {
  const today = localDay(now, DIGEST_TIME_ZONE);
  return now >= digestCutoff(today, time) ? today : addDays(today, -1);
}

/** The first digest time after `now`. */
export function nextDigestAt(now: Date, time: string): Date {
  return digestCutoff(addDays(digestDayDue(now, time), 1), time);
}
