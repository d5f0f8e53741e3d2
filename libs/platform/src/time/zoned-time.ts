import { dayNumber, MS_PER_DAY } from './calendar-day';
import { wallClockOf } from './wall-clock';

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The UTC instant (ISO 8601, `Z`) at which the clocks in `zone` show `time` (HH:MM) on `day`.
 * Uses the platform's time-zone data through Intl, so summer time follows the IANA rules
 * without a date library.
 * Around a change of offset: a wall time that happens twice (autumn) means the first of the two;
 * a wall time that never happens (spring) is moved on by the length of the gap, as the clocks are.
 */
export function zonedTimeToInstant(day: string, time: string, zone: string): string {
  const wall = dayNumber(day) * MS_PER_DAY + minutesOfDay(time) * 60_000;
  // Real zones change their offset at most once within a day either side, so the offsets a day
  // before and a day after are the only ones the wall time can be read in.
  const offsetBefore = offsetAt(wall - MS_PER_DAY, zone);
  const offsetAfter = offsetAt(wall + MS_PER_DAY, zone);
  const readings = [wall - offsetBefore, wall - offsetAfter].filter((instant) => instant + offsetAt(instant, zone) === wall);
  const instant = readings.length > 0 ? Math.min(...readings) : wall - offsetBefore;
  return new Date(instant).toISOString();
}

function minutesOfDay(time: string): number {
  const match = WALL_TIME.exec(time);
  if (!match) throw new RangeError(`"${time}" is not a time of day (HH:MM, 00:00-23:59)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** How far the clocks in `zone` are ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  const wall = wallClockOf(new Date(instant), zone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // The formatter shows whole seconds; drop the milliseconds of the instant to compare like with like.
  return wallAsUtc - Math.floor(instant / 1000) * 1000;
}
