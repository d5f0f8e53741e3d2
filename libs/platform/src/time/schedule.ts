import { addDays } from './calendar-day';
import { DANISH_TIME_ZONE, localDay } from './local-day';
import { wallClockOf } from './wall-clock';
import { zonedTimeToInstant } from './zoned-time';

/**
 * When a periodic job runs, as the clocks in Denmark show it: `HH:MM` every day at that time,
 * `*:MM` every hour at that minute.
 */
export const SCHEDULE_PATTERN = /^(?:[01]\d|2[0-3]|\*):[0-5]\d$/;

export type Schedule = { every: 'day'; time: string } | { every: 'hour'; minute: number };

export function parseSchedule(text: string): Schedule {
  if (!SCHEDULE_PATTERN.test(text)) throw new RangeError(`"${text}" is not a schedule (HH:MM every day, *:MM every hour)`);
  return text.startsWith('*') ? { every: 'hour', minute: Number(text.slice(2)) } : { every: 'day', time: text };
}

/** One run of a schedule: `key` names it (the same for every replica that computes it), `at` is when it was due. */
export interface ScheduleSlot {
  key: string;
  at: Date;
}

/** The instant the clocks in Denmark show `time` (HH:MM) on `day`: a skipped time (spring) is moved on by the hour, a repeated one (autumn) is the first. */
export function dailyOccurrence(day: string, time: string): Date {
  return new Date(zonedTimeToInstant(day, time, DANISH_TIME_ZONE));
}

/** The Danish day whose `time` came last at or before `now`: today once the time has come, yesterday before. */
export function dailySlotDay(now: Date, time: string): string {
  const today = localDay(now);
  return now >= dailyOccurrence(today, time) ? today : addDays(today, -1);
}

const HOUR_MS = 3_600_000;

/**
 * The latest slot of `schedule` at or before `now`. A daily slot is keyed by its Danish day,
 * so the time runs once on the day summer time begins (moved past the skipped hour) and once
 * on the day it ends (the first of the two). An hourly slot is keyed by its Danish time with
 * the offset, so the repeated hour in October is two slots and the skipped one in March none:
 * one run every real hour. Danish offsets are whole hours, so minute MM of every Danish hour
 * is minute MM of every UTC hour.
 */
export function currentSlot(schedule: Schedule, now: Date): ScheduleSlot {
  if (schedule.every === 'day') {
    const day = dailySlotDay(now, schedule.time);
    return { key: day, at: dailyOccurrence(day, schedule.time) };
  }
  const sameHour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS + schedule.minute * 60_000;
  const at = new Date(sameHour <= now.getTime() ? sameHour : sameHour - HOUR_MS);
  return { key: danishTimestamp(at), at };
}

/** The first time `schedule` is due after `now`. */
export function nextOccurrence(schedule: Schedule, now: Date): Date {
  const slot = currentSlot(schedule, now);
  return schedule.every === 'day' ? dailyOccurrence(addDays(slot.key, 1), schedule.time) : new Date(slot.at.getTime() + HOUR_MS);
}

/** `YYYY-MM-DDTHH:MM+HH:MM` as the clocks in Denmark show `instant`. */
function danishTimestamp(instant: Date): string {
  const wall = wallClockOf(instant, DANISH_TIME_ZONE);
  const offsetHours = Math.round((Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - instant.getTime()) / HOUR_MS);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${localDay(instant)}T${pad(wall.hour)}:${pad(wall.minute)}+${pad(offsetHours)}:00`;
}
