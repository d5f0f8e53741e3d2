/** A change the meeting's state does not allow; the HTTP edge answers 409 with the message. */
export class MeetingConflict extends Error {}

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
  if (meeting.minutesApprovedAt !== null) throw new MeetingConflict('The meeting is held and its minutes are approved; its record can no longer change');
}

/** Minutes are approved once, after the meeting has begun, and only when there are some. */
export function assertApprovable(meeting: MeetingState, now: Date): void {
  if (meeting.minutesApprovedAt !== null) throw new MeetingConflict('The minutes are already approved');
  if (meeting.startsAt.getTime() > now.getTime()) throw new MeetingConflict('The meeting has not begun; its minutes can be approved once it has');
  if (meeting.minutes === null || meeting.minutes.trim() === '') throw new MeetingConflict('The meeting has no minutes to approve');
}

/** An action item is done once; it can be done after the meeting is held, which is the point of it. */
export function assertCanBeDone(status: ActionItemStatus): void {
  if (status === 'done') throw new MeetingConflict('The action item is already done');
}
