import type { DecisionKind } from '@ssp/contracts/events/person-reviewed.event';
import { flagWithReason, nextMeetingOnOrAfter, type CaseEvent, type CaseState, type ReviewReason } from '../domain';

/** The family department assesses a notification (underretning) within 24 hours. */
export const ASSESSMENT_HOURS = 24;

export const FOLLOW_UP_REASON_CODE = 'follow-up-next-meeting';
/** As heavy as a police concern: the group asked to see the person again, nothing new happened. */
export const FOLLOW_UP_WEIGHT = 1;

/**
 * The case event a decision fires, or null when the case stays as it is. The state machine
 * (transition) then allows or refuses it.
 *
 * - Under review (the usual meeting): "no action" closes the case; follow-up at the next
 *   meeting keeps it under review (nothing is agreed yet, and the next meeting decides);
 *   every other decision agrees an action.
 * - In a running case (action agreed, intervention in progress) the person is back on the
 *   agenda, e.g. with a new incident: the decision is recorded within the running case and
 *   moves nothing, except that "no action" with no open intervention left closes it (the
 *   closing was held back for this review, see caseEventsOfStatusChange).
 * - In an open case (never put on the agenda) or a closed one, no decision can be made: the
 *   decision's event is returned so that the state machine refuses it with its message.
 */
export function caseEventOfDecision(kind: DecisionKind, state: CaseState, openInterventions: number): CaseEvent | null {
  switch (state) {
    case 'under-review':
      if (kind === 'follow-up-next-meeting') return null;
      return kind === 'no-action' ? 'decision-no-action' : 'decision-action';
    case 'action-agreed':
    case 'in-progress':
      if (kind !== 'no-action' || openInterventions > 0) return null;
      return state === 'in-progress' ? 'all-interventions-completed' : 'close';
    case 'open':
    case 'closed':
      return kind === 'no-action' ? 'decision-no-action' : 'decision-action';
  }
}

/**
 * The flag that keeps a person on the next agenda after "follow-up at the next meeting": the
 * reasons the person was flagged for stay (the group sees why it asked), with one follow-up
 * reason added (replacing an earlier one); the priority is the sum of the weights, as always.
 */
export function followUpFlag(previous: readonly ReviewReason<string>[], decidedOn: string): { priority: number; reasons: ReviewReason<string>[] } {
  return flagWithReason(previous, { code: FOLLOW_UP_REASON_CODE, weight: FOLLOW_UP_WEIGHT, text: `Opfølgning aftalt ${decidedOn}` });
}

export type AssessmentStatus = 'pending' | 'answered' | 'overdue';

/**
 * Where the family department's 24-hour assessment of a notification stands. It is answered
 * when the family department records its assessment (`assessmentRefusal`); unanswered past the
 * deadline it is overdue. An answer after the deadline still answers it.
 */
export function assessmentStatus(dueAt: Date, answeredAt: Date | null, now: Date): AssessmentStatus {
  if (answeredAt !== null) return 'answered';
  return now.getTime() > dueAt.getTime() ? 'overdue' : 'pending';
}

/** The body that answers a notification's clock. */
export const FAMILY_DEPARTMENT = 'familieafdelingen';

/** What the family department concludes within 24 hours of a notification: whether the child needs acute support. */
export const ASSESSMENT_CONCLUSIONS = ['acute-support-needed', 'no-acute-support-needed'] as const;
export type AssessmentConclusion = (typeof ASSESSMENT_CONCLUSIONS)[number];

export const ASSESSMENT_CONCLUSION_LABELS: Readonly<Record<AssessmentConclusion, string>> = {
  'acute-support-needed': 'Barnet har behov for akut støtte',
  'no-acute-support-needed': 'Barnet har ikke behov for akut støtte',
};

/** Why an assessment cannot be recorded on a decision: it asked for none, or it is answered already; null when it can. */
export function assessmentRefusal(decision: { assessmentDueAt: Date | null; assessmentAnsweredAt: Date | null }): 'not-asked' | 'already-answered' | null {
  if (decision.assessmentDueAt === null) return 'not-asked';
  return decision.assessmentAnsweredAt === null ? null : 'already-answered';
}

export function assessmentDueAt(decidedAt: Date): Date {
  return new Date(decidedAt.getTime() + ASSESSMENT_HOURS * 60 * 60 * 1000);
}

/** The meeting a decision on `day` belongs to: the day itself when the group meets then, else none. */
export function meetingDateOf(firstMeeting: string, day: string): string | undefined {
  return nextMeetingOnOrAfter(firstMeeting, day) === day ? day : undefined;
}

/** The kinds of decision in Danish, for people (the decisions, the meeting's items, the minutes and the register extract). */
export const DECISION_KIND_NAMES: Readonly<Record<DecisionKind, string>> = {
  'no-action': 'Ingen indsats',
  'concern-conversation': 'Bekymringssamtale',
  'notify-family-department': 'Underretning til Familieafdelingen',
  referral: 'Henvisning',
  'follow-up-next-meeting': 'Opfølgning på næste møde',
};

/** Where the family department's 24-hour assessment stands, in Danish, for people. */
export const ASSESSMENT_STATUS_LABELS: Readonly<Record<AssessmentStatus, string>> = {
  pending: 'løber',
  answered: 'besvaret',
  overdue: 'fristen er overskredet',
};
