import { addDays, DANISH_TIME_ZONE, daysBetween, isoWeekday, zonedTimeToInstant } from '@ssp/platform/time';

/** The Monday group (Mandagsgruppen) meets every other Monday. */
export const MEETING_INTERVAL_DAYS = 14;

export interface MondayMeeting {
  /** The local calendar day, YYYY-MM-DD. */
  date: string;
  /** The start as a UTC instant, e.g. 2026-01-05T08:00:00.000Z for 09:00 in Copenhagen in winter. */
  startsAt: string;
}

/**
 * `count` meetings of the series that starts on `anchor`, from the first one on or after `from`.
 * The anchor is the first meeting: there are none before it.
 * The start is `time` on the local clock in `zone`, so it moves by an hour in UTC when summer
 * time begins or ends (09:00 in Copenhagen is 08:00Z in winter, 07:00Z in summer).
 */
export function mondayMeetings(anchor: string, from: string, count: number, time = '09:00', zone = DANISH_TIME_ZONE): MondayMeeting[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number, 0 or more, not ${count}`);
  const first = nextMeetingOnOrAfter(anchor, from);
  return Array.from({ length: count }, (_, index) => {
    const date = addDays(first, index * MEETING_INTERVAL_DAYS);
    return { date, startsAt: zonedTimeToInstant(date, time, zone) };
  });
}

/** The first meeting on `day` or later; the anchor itself for any day up to it. */
export function nextMeetingOnOrAfter(anchor: string, day: string): string {
  assertMonday(anchor);
  const sinceAnchor = daysBetween(anchor, day);
  if (sinceAnchor <= 0) return anchor;
  return addDays(anchor, Math.ceil(sinceAnchor / MEETING_INTERVAL_DAYS) * MEETING_INTERVAL_DAYS);
}

/** The last meeting strictly before `day` (the one "since the last meeting" counts from); null before the series starts. */
export function previousMeetingBefore(anchor: string, day: string): string | null {
  assertMonday(anchor);
  const sinceAnchor = daysBetween(anchor, day);
  if (sinceAnchor <= 0) return null;
  return addDays(anchor, Math.floor((sinceAnchor - 1) / MEETING_INTERVAL_DAYS) * MEETING_INTERVAL_DAYS);
}

function assertMonday(anchor: string): void {
  if (isoWeekday(anchor) !== 1) throw new RangeError(`the Monday group meets on Mondays, but the anchor ${anchor} is not a Monday`);
}
