/**
 * The rules of the Monday group's meeting record: a meeting is scheduled (by network groups),
 * opened (its agenda frozen), closed (items not reached said so) and its minutes approved once,
 * after which nothing of it changes.
 */

export const MEETING_STATES = ['scheduled', 'open', 'closed', 'approved'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export const MEETING_STATE_LABELS: Readonly<Record<MeetingState, string>> = {
  scheduled: 'Planlagt',
  open: 'I gang',
  closed: 'Afsluttet, referatet afventer godkendelse',
  approved: 'Referatet er godkendt',
};

export const ITEM_OUTCOMES = ['handled', 'deferred', 'not-reached'] as const;
export type ItemOutcome = (typeof ITEM_OUTCOMES)[number];

/** What a member may mark an item while the meeting runs; "not reached" is what closing says of the rest. */
export const MARKABLE_OUTCOMES = ['handled', 'deferred'] as const;
export type MarkableOutcome = (typeof MARKABLE_OUTCOMES)[number];

export const ITEM_OUTCOME_LABELS: Readonly<Record<ItemOutcome, string>> = {
  handled: 'Behandlet',
  deferred: 'Udsat til næste møde',
  'not-reached': 'Ikke nået',
};

/** The persons a meeting's frozen agenda holds at most; the rest keep their flags for the next meeting. */
export const MEETING_AGENDA_MAX = 500;

export interface MeetingTimes {
  openedAt: Date | null;
  closedAt: Date | null;
  approvedAt: Date | null;
}

export function meetingState(meeting: MeetingTimes): MeetingState {
  if (meeting.approvedAt !== null) return 'approved';
  if (meeting.closedAt !== null) return 'closed';
  return meeting.openedAt !== null ? 'open' : 'scheduled';
}

export type OpenRefusal = 'not-yet' | 'already-opened' | 'another-open';

/**
 * Whether the meeting may open on `today` (Copenhagen): not before its day, once, and not while
 * another meeting is open (the records made belong to the one open meeting).
 */
export function openRefusal(state: MeetingState, meetingDay: string, today: string, anotherOpen: boolean): OpenRefusal | null {
  if (state !== 'scheduled') return 'already-opened';
  if (today < meetingDay) return 'not-yet';
  return anotherOpen ? 'another-open' : null;
}

export type ItemRefusal = 'meeting-not-open' | 'no-decision';

/** An item is marked only while its meeting is open; "handled" needs a decision about the person made at the meeting. */
export function markRefusal(state: MeetingState, outcome: MarkableOutcome, decidedAtMeeting: boolean): ItemRefusal | null {
  if (state !== 'open') return 'meeting-not-open';
  return outcome === 'handled' && !decidedAtMeeting ? 'no-decision' : null;
}

export type CloseRefusal = 'not-open';

export function closeRefusal(state: MeetingState): CloseRefusal | null {
  return state === 'open' ? null : 'not-open';
}

export type ApproveRefusal = 'not-closed' | 'already-approved';

/** The minutes are approved once, after the meeting is closed; then they are read-only. */
export function approveRefusal(state: MeetingState): ApproveRefusal | null {
  if (state === 'approved') return 'already-approved';
  return state === 'closed' ? null : 'not-closed';
}

/** What closing makes of an item: a mark stays; an item nobody marked was not reached. */
export function outcomeAtClose(outcome: ItemOutcome | null): ItemOutcome {
  return outcome ?? 'not-reached';
}
