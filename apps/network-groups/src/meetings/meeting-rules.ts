import type { Refusals, Refusal } from '@ssp/platform';

/** What a change the meeting's state does not allow says: a stable code for programs, Danish for the person. */
export const MEETING_CONFLICTS = {
  held: { code: 'meeting-held', message: 'Mødet er holdt, og referatet er godkendt; mødets dagsorden, fremmøde, referat, beslutninger og nye opgaver kan ikke længere ændres.' },
  minutesApproved: { code: 'minutes-already-approved', message: 'Referatet er allerede godkendt.' },
  notBegun: { code: 'meeting-not-begun', message: 'Mødet er ikke begyndt endnu; referatet kan godkendes, når mødet er begyndt.' },
  noMinutes: { code: 'minutes-missing', message: 'Mødet har intet referat at godkende. Skriv referatet først.' },
  actionItemDone: { code: 'action-item-already-done', message: 'Opgaven er allerede udført.' },
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
}

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ACTION_ITEM_STATUSES = ['open', 'done'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/**
 * Approved minutes are the record of the meeting: agenda, attendance, minutes, decisions and
 * new action items can change until then, and not after.
 */
export function assertOpenForChanges(meeting: MeetingState): void {
  if (meeting.minutesApprovedAt !== null) throw new MeetingConflict(MEETING_CONFLICTS.held);
}

/** Minutes are approved once, after the meeting has begun, and only when there are some. */
export function assertApprovable(meeting: MeetingState, now: Date): void {
  if (meeting.minutesApprovedAt !== null) throw new MeetingConflict(MEETING_CONFLICTS.minutesApproved);
  if (meeting.startsAt.getTime() > now.getTime()) throw new MeetingConflict(MEETING_CONFLICTS.notBegun);
  if (meeting.minutes === null || meeting.minutes.trim() === '') throw new MeetingConflict(MEETING_CONFLICTS.noMinutes);
}

/** An action item is done once; it can be done after the meeting is held, which is the point of it. */
export function assertCanBeDone(status: ActionItemStatus): void {
  if (status === 'done') throw new MeetingConflict(MEETING_CONFLICTS.actionItemDone);
}
