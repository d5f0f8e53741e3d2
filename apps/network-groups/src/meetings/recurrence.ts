import type { Refusal, Refusals } from '@ssp/platform';
import { addDays, CALENDAR_DAY_DA, DANISH_TIME_ZONE, daysBetween, isoWeekday, zonedTimeToInstant } from '@ssp/platform/time';

/** Which weekday of the month a monthly schedule takes: the 1st to 4th, or -1 for the last. */
export const WEEKS_OF_MONTH = [1, 2, 3, 4, -1] as const;
export type WeekOfMonth = (typeof WEEKS_OF_MONTH)[number];

export const RECURRENCE_KINDS = ['weekly', 'monthly'] as const;
export type RecurrenceKind = (typeof RECURRENCE_KINDS)[number];

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Recurrence = { kind: 'weekly'; intervalWeeks: number; weekday: number } | { kind: 'monthly'; weekOfMonth: WeekOfMonth; weekday: number };

export interface ScheduleRule {
  recurrence: Recurrence;
  /** Wall time in DANISH_TIME_ZONE, HH:MM. */
  startTime: string;
  durationMinutes: number;
  /** No meeting before this day. */
  firstDay: string;
  /** No meeting after this day; null runs on. */
  until: string | null;
}

export interface Occurrence {
  /** The Danish calendar day of the meeting. */
  day: string;
  startsAt: string;
  endsAt: string;
}

export const MAX_INTERVAL_WEEKS = 52;
export const MAX_DURATION_MINUTES = 24 * 60;


/** What a refused schedule (and a meeting's time) says: a stable code for programs, Danish for the person. */
export const SCHEDULE_REFUSALS = {
  title: { code: 'schedule-title-invalid', message: 'title skal være en tekst på 1 til 200 tegn, ikke kun mellemrum.' },
  recurrence: { code: 'schedule-recurrence-unknown', message: `recurrence skal være en af: ${RECURRENCE_KINDS.join(', ')}.` },
  intervalWeeks: { code: 'schedule-interval-weeks-invalid', message: `intervalWeeks skal være et helt tal fra 1 til ${MAX_INTERVAL_WEEKS}; det kræves for et ugentligt skema (weekly).` },
  intervalWeeksNotWeekly: { code: 'schedule-interval-weeks-not-weekly', message: 'intervalWeeks hører kun til et ugentligt skema (weekly); udelad det for et månedligt.' },
  weekOfMonth: { code: 'schedule-week-of-month-invalid', message: 'weekOfMonth skal være 1, 2, 3, 4 eller -1 (den sidste); det kræves for et månedligt skema (monthly).' },
  weekOfMonthNotMonthly: { code: 'schedule-week-of-month-not-monthly', message: 'weekOfMonth hører kun til et månedligt skema (monthly); udelad det for et ugentligt.' },
  weekday: { code: 'schedule-weekday-invalid', message: 'weekday skal være et helt tal fra 1 (mandag) til 7 (søndag).' },
  startTime: { code: 'meeting-start-time-invalid', message: 'startTime skal være et klokkeslæt, TT:MM, i dansk tid, fx 16:00.' },
  durationMinutes: { code: 'meeting-duration-invalid', message: `durationMinutes skal være et helt tal fra 1 til ${MAX_DURATION_MINUTES} (minutter).` },
  firstDay: { code: 'schedule-first-day-invalid', message: `firstDay skal være ${CALENDAR_DAY_DA}.` },
  until: { code: 'schedule-until-invalid', message: `until skal være ${CALENDAR_DAY_DA}, eller null.` },
  untilBeforeFirstDay: { code: 'schedule-until-before-first-day', message: 'until må ikke ligge før firstDay.' },
} as const satisfies Refusals;

/** What is wrong with a rule, each refusal naming its field; empty when it is sound. */
export function ruleProblems(rule: ScheduleRule): Refusal[] {
  const problems: Refusal[] = [];
  const { recurrence } = rule;
  if (!Number.isInteger(recurrence.weekday) || recurrence.weekday < 1 || recurrence.weekday > 7) problems.push(SCHEDULE_REFUSALS.weekday);
  if (recurrence.kind === 'weekly' && (!Number.isInteger(recurrence.intervalWeeks) || recurrence.intervalWeeks < 1 || recurrence.intervalWeeks > MAX_INTERVAL_WEEKS)) {
    problems.push(SCHEDULE_REFUSALS.intervalWeeks);
  }
  if (recurrence.kind === 'monthly' && !WEEKS_OF_MONTH.includes(recurrence.weekOfMonth)) problems.push(SCHEDULE_REFUSALS.weekOfMonth);
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(rule.startTime)) problems.push(SCHEDULE_REFUSALS.startTime);
  if (!Number.isInteger(rule.durationMinutes) || rule.durationMinutes < 1 || rule.durationMinutes > MAX_DURATION_MINUTES) {
    problems.push(SCHEDULE_REFUSALS.durationMinutes);
  }
  if (rule.until !== null && rule.until < rule.firstDay) problems.push(SCHEDULE_REFUSALS.untilBeforeFirstDay);
  return problems;
}

/**
 * The meetings of a rule whose day lies in [from, to], both included, in order. The start
 * is the wall time in `zone` on each day, so its UTC instant moves by an hour when summer
 * time begins or ends; a wall time that falls in the spring gap is moved on by the gap, one
 * that happens twice in autumn means the first (zonedTimeToInstant). A meeting lasts its
 * duration in real time.
 */
export function occurrences(rule: ScheduleRule, from: string, to: string, zone = DANISH_TIME_ZONE): Occurrence[] {
  const problems = ruleProblems(rule);
  if (problems.length > 0) throw new RangeError(problems.map((problem) => problem.message).join(' '));
  const first = from > rule.firstDay ? from : rule.firstDay;
  const last = rule.until !== null && rule.until < to ? rule.until : to;
  if (last < first) return [];
  const days = rule.recurrence.kind === 'weekly' ? weeklyDays(rule.recurrence, rule.firstDay, first, last) : monthlyDays(rule.recurrence, first, last);
  return days.map((day) => {
    const startsAt = zonedTimeToInstant(day, rule.startTime, zone);
    return { day, startsAt, endsAt: new Date(Date.parse(startsAt) + rule.durationMinutes * 60_000).toISOString() };
  });
}

/** Every intervalWeeks weeks from the first such weekday on or after the rule's first day. */
function weeklyDays(recurrence: { intervalWeeks: number; weekday: number }, firstDay: string, from: string, to: string): string[] {
  const anchor = addDays(firstDay, (recurrence.weekday - isoWeekday(firstDay) + 7) % 7);
  const cadence = 7 * recurrence.intervalWeeks;
  const skipped = Math.max(0, Math.ceil(daysBetween(anchor, from) / cadence));
  const days: string[] = [];
  for (let day = addDays(anchor, skipped * cadence); day <= to; day = addDays(day, cadence)) days.push(day);
  return days;
}

function monthlyDays(recurrence: { weekOfMonth: WeekOfMonth; weekday: number }, from: string, to: string): string[] {
  const days: string[] = [];
  for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = nextMonth(month)) {
    const day = weekdayOfMonth(month, recurrence.weekday, recurrence.weekOfMonth);
    if (day >= from && day <= to) days.push(day);
  }
  return days;
}

/** The n-th (or, for -1, the last) `weekday` of `month` (YYYY-MM). */
export function weekdayOfMonth(month: string, weekday: number, weekOfMonth: WeekOfMonth): string {
  if (weekOfMonth === -1) {
    const lastDay = addDays(`${nextMonth(month)}-01`, -1);
    return addDays(lastDay, -((isoWeekday(lastDay) - weekday + 7) % 7));
  }
  const firstDay = `${month}-01`;
  return addDays(firstDay, ((weekday - isoWeekday(firstDay) + 7) % 7) + 7 * (weekOfMonth - 1));
}

function nextMonth(month: string): string {
  return addDays(`${month}-28`, 7).slice(0, 7);
}
