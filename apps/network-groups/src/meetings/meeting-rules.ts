import { MONDAY_GROUP_ID } from './monday-group-schedule';
import type { Refusals, Refusal } from '@ssp/platform';

/** What a change the meeting's state does not allow says: a stable code for programs, Danish for the person. */
export const MEETING_CONFLICTS = {
  held: { code: 'meeting-held', message: 'Mødet er holdt, og referatet er godkendt; mødets dagsorden, fremmøde, referat, beslutninger og nye opgaver kan ikke længere ændres.' },
  minutesApproved: { code: 'minutes-already-approved', message: 'Referatet er allerede godkendt.' },
  notBegun: { code: 'meeting-not-begun', message: 'Mødet er ikke begyndt endnu; referatet kan godkendes, når mødet er begyndt.' },
  noMinutes: { code: 'minutes-missing', message: 'Mødet har intet referat at godkende. Skriv referatet først.' },
  actionItemDone: { code: 'action-item-already-done', message: 'Opgaven er allerede udført.' },
  cancelled: { code: 'meeting-cancelled', message: 'Mødet er aflyst; det kan ikke længere ændres, flyttes eller holdes.' },
  begun: { code: 'meeting-begun', message: 'Mødet er begyndt eller overstået; kun et møde, der ikke er begyndt, kan flyttes eller aflyses.' },
  mondayGroup: {
    code: 'monday-group-meeting-not-cancellable',
    message: 'Mandagsgruppens møder kan ikke aflyses her: sagskoordineringen fører mødets dagsorden og referat. Flyt mødet i stedet.',
  },
  mondayGroupScheduleEnd: {
    code: 'monday-group-schedule-end-cancels-meetings',
    // Named by its field first (`until`), as the schedule's other refusals are, so a form shows it there.
    message:
      'until ligger før møder, der allerede er i Mandagsgruppens kalender, og de ville blive aflyst; men sagskoordineringen fører mødernes dagsorden og referat, så de kan ikke aflyses. Vælg en senere sidste dag, eller flyt møderne.',
  },
} as const satisfies Refusals;

/** A change the meeting's state does not allow; the HTTP edge answers 409 with its code and message (refusalAsConflict). */
export class MeetingConflict extends Error {
  readonly code: string;

  constructor(refusal: Refusal) {
    super(refusal.message);
    this.code = refusal.code;
    this.name = 'MeetingConflict';
  }
}

export interface MeetingState {
  startsAt: Date;
  /** When the minutes were approved, which makes the meeting held; null before. */
  minutesApprovedAt: Date | null;
  minutes: string | null;
  /** When the meeting was cancelled; null while it is on. */
  cancelledAt: Date | null;
}

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const ACTION_ITEM_STATUSES = ['open', 'done'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/**
 * Approved minutes are the record of the meeting: agenda, attendance, minutes, decisions and
 * new action items can change until then, and not after.
 */
export function assertOpenForChanges(meeting: MeetingState): void {
  if (meeting.minutesApprovedAt !== null) throw new MeetingConflict(MEETING_CONFLICTS.held);
  if (meeting.cancelledAt !== null) throw new MeetingConflict(MEETING_CONFLICTS.cancelled);
}

/** A meeting is moved only before it begins, while it is neither held nor cancelled. */
export function assertMovable(meeting: MeetingState, now: Date): void {
  assertOpenForChanges(meeting);
  if (meeting.startsAt.getTime() <= now.getTime()) throw new MeetingConflict(MEETING_CONFLICTS.begun);
}

/**
 * A meeting is cancelled only before it begins, once. The Monday group's meetings are kept in
 * case coordination, which knows no cancelled meeting: they can be moved, not cancelled.
 */
export function assertCancellable(meeting: MeetingState & { bodyId: string }, now: Date): void {
  assertMovable(meeting, now);
  if (meeting.bodyId === MONDAY_GROUP_ID) throw new MeetingConflict(MEETING_CONFLICTS.mondayGroup);
}

/**
 * A schedule's new last day cancels its coming meetings after it; the Monday group's are not
 * cancelled (assertCancellable), so its schedule may end only after the meetings in the calendar.
 */
export function assertScheduleEndAllowed(bodyId: string, meetingsCancelled: number): void {
  if (bodyId === MONDAY_GROUP_ID && meetingsCancelled > 0) throw new MeetingConflict(MEETING_CONFLICTS.mondayGroupScheduleEnd);
}

/** Minutes are approved once, after the meeting has begun, and only when there are some. */
export function assertApprovable(meeting: MeetingState, now: Date): void {
  if (meeting.minutesApprovedAt !== null) throw new MeetingConflict(MEETING_CONFLICTS.minutesApproved);
  if (meeting.cancelledAt !== null) throw new MeetingConflict(MEETING_CONFLICTS.cancelled);
  if (meeting.startsAt.getTime() > now.getTime()) throw new MeetingConflict(MEETING_CONFLICTS.notBegun);
  if (meeting.minutes === null || meeting.minutes.trim() === '') throw new MeetingConflict(MEETING_CONFLICTS.noMinutes);
}

/** An action item is done once; it can be done after the meeting is held, which is the point of it. */
export function assertCanBeDone(status: ActionItemStatus): void {
  if (status === 'done') throw new MeetingConflict(MEETING_CONFLICTS.actionItemDone);
}
