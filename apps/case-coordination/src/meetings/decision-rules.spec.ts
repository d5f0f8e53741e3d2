import { DECISION_KINDS, type DecisionKind } from '@ssp/contracts/events/person-reviewed.event';
import { CASE_STATES, CaseTransitionError, transition, type CaseState } from '../domain';
import { assessmentDueAt, assessmentRefusal, assessmentStatus, caseEventOfDecision, followUpFlag, meetingDateOf } from './decision-rules';

/** The case state after the decision, or the refusal, for a case with no open intervention. */
function after(kind: DecisionKind, state: CaseState, openInterventions = 0): CaseState | 'refused' {
  const event = caseEventOfDecision(kind, state, openInterventions);
  if (event === null) return state;
  try {
    return transition(state, event);
  } catch (error) {
    if (error instanceof CaseTransitionError) return 'refused';
    throw error;
  }
}

describe('decision rules', () => {
  it('under review: no action closes, follow-up keeps it under review, the others agree an action', () => {
    expect(Object.fromEntries(DECISION_KINDS.map((kind) => [kind, after(kind, 'under-review')]))).toEqual({
      'no-action': 'closed',
      'concern-conversation': 'action-agreed',
      'notify-family-department': 'action-agreed',
      referral: 'action-agreed',
      'follow-up-next-meeting': 'under-review',
    });
  });

  it('in a running case records the decision without moving it, unless no action is left to do', () => {
    for (const state of ['action-agreed', 'in-progress'] as const) {
      for (const kind of DECISION_KINDS.filter((kind) => kind !== 'no-action')) expect([state, kind, after(kind, state)]).toEqual([state, kind, state]);
      expect(after('no-action', state, 1)).toBe(state);
      expect(after('no-action', state, 0)).toBe('closed');
    }
  });

  it('refuses every decision in an open case (never on the agenda) and in a closed one', () => {
    for (const state of ['open', 'closed'] as const) {
      for (const kind of DECISION_KINDS) expect([state, kind, after(kind, state)]).toEqual([state, kind, 'refused']);
    }
  });

  it('gives an answer for every state and kind', () => {
    for (const state of CASE_STATES) for (const kind of DECISION_KINDS) expect(() => caseEventOfDecision(kind, state, 0)).not.toThrow();
  });

  it('keeps the reasons of a followed-up person and adds one follow-up reason, replacing an earlier one', () => {
    const first = followUpFlag([{ code: 'suspect-or-charged', weight: 3, text: 'Mistænkt eller sigtet' }], '2026-11-23');
    expect(first).toEqual({
      priority: 4,
      reasons: [
        { code: 'suspect-or-charged', weight: 3, text: 'Mistænkt eller sigtet' },
        { code: 'follow-up-next-meeting', weight: 1, text: 'Opfølgning aftalt 2026-11-23' },
      ],
    });
    expect(followUpFlag(first.reasons, '2026-12-07')).toEqual({
      priority: 4,
      reasons: [first.reasons[0], { code: 'follow-up-next-meeting', weight: 1, text: 'Opfølgning aftalt 2026-12-07' }],
    });
    expect(followUpFlag([], '2026-11-23').priority).toBe(1);
  });

  it('takes one assessment on a notification, and none on another decision', () => {
    const dueAt = new Date('2026-11-24T09:30:00Z');
    expect(assessmentRefusal({ assessmentDueAt: dueAt, assessmentAnsweredAt: null })).toBeNull();
    expect(assessmentRefusal({ assessmentDueAt: dueAt, assessmentAnsweredAt: new Date('2026-11-24T08:00:00Z') })).toBe('already-answered');
    expect(assessmentRefusal({ assessmentDueAt: null, assessmentAnsweredAt: null })).toBe('not-asked');
  });

  it('gives the family department 24 hours, answered by its assessment, overdue after without one', () => {
    const decidedAt = new Date('2026-11-23T09:30:00Z');
    const dueAt = assessmentDueAt(decidedAt);
    expect(dueAt.toISOString()).toBe('2026-11-24T09:30:00.000Z');
    expect(assessmentStatus(dueAt, null, new Date('2026-11-24T09:30:00Z'))).toBe('pending');
    expect(assessmentStatus(dueAt, null, new Date('2026-11-24T09:30:01Z'))).toBe('overdue');
    expect(assessmentStatus(dueAt, new Date('2026-11-25T08:00:00Z'), new Date('2026-12-01T00:00:00Z'))).toBe('answered');
  });

  it('ties a decision to the meeting only when made on a meeting day', () => {
    expect(meetingDateOf('2026-01-05', '2026-11-23')).toBe('2026-11-23');
    expect(meetingDateOf('2026-01-05', '2026-11-24')).toBeUndefined();
    expect(meetingDateOf('2026-01-05', '2026-11-16')).toBeUndefined();
    expect(meetingDateOf('2026-01-05', '2025-12-29')).toBeUndefined();
  });
});
