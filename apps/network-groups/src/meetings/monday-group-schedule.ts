import { isoWeekday } from '@ssp/platform/time';
import type { ScheduleRule } from './recurrence';

export const MONDAY_GROUP_ID = 'mandagsgruppen';
/** Marks the seeded schedule, so that seeding at every start adds it once. */
export const MONDAY_GROUP_SEED = 'monday-group';
export const MONDAY_GROUP_TITLE = 'Mandagsgruppens møde';

/** The Monday group meets every other Monday from its first meeting, 09:00 to 11:00 Copenhagen time, the time case coordination's agenda assumes. */
export function mondayGroupRule(firstMeeting: string): ScheduleRule {
  if (isoWeekday(firstMeeting) !== 1) throw new RangeError(`MONDAY_GROUP_FIRST_MEETING must be a Monday, not ${firstMeeting}`);
  return { recurrence: { kind: 'weekly', intervalWeeks: 2, weekday: 1 }, startTime: '09:00', durationMinutes: 120, firstDay: firstMeeting, until: null };
}
