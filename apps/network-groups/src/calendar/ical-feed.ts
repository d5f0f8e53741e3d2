import { ICalCalendar, type ICalTemporalInstantStub, type ICalTemporalPlainDateTimeStub, type ICalTemporalZonedDateTimeStub } from 'ical-generator';
import { COPENHAGEN_VTIMEZONE } from './copenhagen-vtimezone';
import { DANISH_TIME_ZONE, wallClockOf, type WallClock } from '@ssp/platform/time';

/** What a feed tells about a meeting: title, body, times and place, nothing more. */
export interface FeedMeeting {
  id: string;
  title: string;
  bodyName: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const isoWall = (clock: WallClock) => `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}`;

/**
 * An instant as Copenhagen wall time, in the Temporal shape ical-generator formats as
 * `DTSTART;TZID=Europe/Copenhagen:…` (a native Date would be read in the process's own zone).
 */
class CopenhagenDateTime implements ICalTemporalZonedDateTimeStub {
  readonly timeZoneId = DANISH_TIME_ZONE;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;

  constructor(private readonly instant: Date) {
    ({ year: this.year, month: this.month, day: this.day, hour: this.hour, minute: this.minute, second: this.second } = wallClockOf(instant, DANISH_TIME_ZONE));
  }

  withTimeZone(timeZone: string): ICalTemporalZonedDateTimeStub {
    if (timeZone !== DANISH_TIME_ZONE) throw new RangeError(`meeting times are kept in ${DANISH_TIME_ZONE}, not ${timeZone}`);
    return this;
  }

  toPlainDateTime(): ICalTemporalPlainDateTimeStub {
    const zoned = this;
    const { year, month, day, hour, minute, second } = this;
    const text = isoWall(this);
    return {
      year,
      month,
      day,
      hour,
      minute,
      second,
      toPlainDate: () => ({ year, month, day, toJSON: () => text.slice(0, 10), toString: () => text.slice(0, 10) }),
      toZonedDateTime: (timeZone: string) => zoned.withTimeZone(timeZone),
      toJSON: () => text,
      toString: () => text,
    };
  }

  toInstant(): ICalTemporalInstantStub {
    const instant = this.instant;
    return {
      epochMilliseconds: instant.getTime(),
      toJSON: () => instant.toISOString(),
      toString: () => instant.toISOString(),
      toZonedDateTimeISO: (timeZone: string) => this.withTimeZone(timeZone),
    };
  }

  toJSON(): string {
    return this.toString();
  }

  toString(): string {
    return `${isoWall(this)}[${DANISH_TIME_ZONE}]`;
  }
}

const HOUR_MS = 3_600_000;
const sameClock = (a: WallClock, b: WallClock) => isoWall(a) === isoWall(b);

/**
 * Whether the clocks show this wall time twice (the autumn hour): RFC 5545 takes the first,
 * but parsers differ (ical.js takes the second), so such a time is written in UTC instead.
 */
function ambiguous(instant: Date): boolean {
  const clock = wallClockOf(instant, DANISH_TIME_ZONE);
  return [-HOUR_MS, HOUR_MS].some((shift) => sameClock(clock, wallClockOf(new Date(instant.getTime() + shift), DANISH_TIME_ZONE)));
}

/**
 * An iCalendar document of the meetings, times in Copenhagen wall time (TZID) with the zone's
 * VTIMEZONE; a meeting that starts or ends in the autumn hour that happens twice is in UTC.
 */
export function icalFeed(name: string, meetings: FeedMeeting[], now: Date): string {
  const calendar = new ICalCalendar({
    name,
    prodId: { company: 'Randers Kommune', product: 'SSP netvaerksgrupper', language: 'DA' },
    timezone: { name: null, generator: (zone) => (zone === DANISH_TIME_ZONE ? COPENHAGEN_VTIMEZONE : null) },
  });
  for (const meeting of meetings) {
    const inUtc = ambiguous(meeting.startsAt) || ambiguous(meeting.endsAt);
    calendar.createEvent({
      id: `${meeting.id}@network-groups.ssp`,
      start: inUtc ? meeting.startsAt : new CopenhagenDateTime(meeting.startsAt),
      end: inUtc ? meeting.endsAt : new CopenhagenDateTime(meeting.endsAt),
      timezone: inUtc ? null : DANISH_TIME_ZONE,
      stamp: now,
      summary: `${meeting.title} (${meeting.bodyName})`,
      location: meeting.location,
    });
  }
  return calendar.toString();
}
