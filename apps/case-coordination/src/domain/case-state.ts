/**
 * The life of a case in the Monday group, as an explicit state machine.
 *
 *   open ──flagged-for-review──▶ under-review ──decision-action──▶ action-agreed ──intervention-started──▶ in-progress
 *                                     │                                                                      │
 *                                     └──decision-no-action──▶ closed ◀──all-interventions-completed─────────┘
 *   closed ──new-incident──▶ open (reopened)
 *   closed ──reopened-by-decision──▶ under-review (the group reopens it, with a reason)
 *   every state but closed ──close──▶ closed
 *
 * Decisions, kept deliberately simple:
 * - "No action" closes the case: the group has looked and found nothing to do; if something new
 *   happens the case reopens, so nothing is lost by closing.
 * - Completing all interventions closes the case too, for the same reason.
 * - A new incident in a case that is not closed keeps its state. In `open` and `under-review`
 *   the incident simply joins what the group will look at; in `action-agreed` and `in-progress`
 *   the review rules already put the person on the agenda ('new-incident-during-intervention'),
 *   and the group adjusts the interventions within the running case.
 * - Several interventions can start one after another, so `intervention-started` is allowed
 *   again in `in-progress` and keeps the state.
 * - The group can reopen a closed case itself, with a reason (new information from a partner,
 *   a worry that persists): it goes straight back under review, on the next agenda.
 * - Everything else is refused, including closing a closed case: a refused event is a mistake
 *   in the caller that should be seen, not silently ignored.
 */
export const CASE_STATES = ['open', 'under-review', 'action-agreed', 'in-progress', 'closed'] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_EVENTS = [
  'flagged-for-review',
  'decision-no-action',
  'decision-action',
  'intervention-started',
  'all-interventions-completed',
  'close',
  'new-incident',
  'reopened-by-decision',
] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];

/** The allowed transitions; an event missing from a state's row is refused in that state. */
const TRANSITIONS: Readonly<Record<CaseState, Readonly<Partial<Record<CaseEvent, CaseState>>>>> = {
  open: { 'flagged-for-review': 'under-review', close: 'closed', 'new-incident': 'open' },
  'under-review': { 'decision-action': 'action-agreed', 'decision-no-action': 'closed', close: 'closed', 'new-incident': 'under-review' },
  'action-agreed': { 'intervention-started': 'in-progress', close: 'closed', 'new-incident': 'action-agreed' },
  'in-progress': { 'intervention-started': 'in-progress', 'all-interventions-completed': 'closed', close: 'closed', 'new-incident': 'in-progress' },
  closed: { 'new-incident': 'open', 'reopened-by-decision': 'under-review' },
};

/** Danish names for messages and the user interface. */
export const CASE_STATE_LABELS: Readonly<Record<CaseState, string>> = {
  open: 'åben',
  'under-review': 'til behandling',
  'action-agreed': 'indsats aftalt',
  'in-progress': 'indsats i gang',
  closed: 'lukket',
};

export const CASE_EVENT_LABELS: Readonly<Record<CaseEvent, string>> = {
  'flagged-for-review': 'sat på dagsordenen',
  'decision-no-action': 'beslutning om ingen indsats',
  'decision-action': 'beslutning om indsats',
  'intervention-started': 'indsats startet',
  'all-interventions-completed': 'alle indsatser afsluttet',
  close: 'sagen lukkes',
  'new-incident': 'ny hændelse',
  'reopened-by-decision': 'genåbnet efter beslutning',
};

export class CaseTransitionError extends Error {
  /** Stable, for programs: the 409 answers it beside the Danish message. */
  readonly code = 'case-transition-refused';

  constructor(
    readonly state: CaseState,
    readonly event: CaseEvent,
  ) {
    super(refusalMessage(state, event));
    this.name = 'CaseTransitionError';
  }
}

/** The state after `event`; throws CaseTransitionError when the event is not allowed in `state`. */
export function transition(state: CaseState, event: CaseEvent): CaseState {
  const next = TRANSITIONS[state][event];
  if (next === undefined) throw new CaseTransitionError(state, event);
  return next;
}

/** The events allowed in `state`, in the order of CASE_EVENTS. */
export function allowedEvents(state: CaseState): CaseEvent[] {
  return CASE_EVENTS.filter((event) => TRANSITIONS[state][event] !== undefined);
}

function refusalMessage(state: CaseState, event: CaseEvent): string {
  const allowed = allowedEvents(state).map((allowedEvent) => `»${CASE_EVENT_LABELS[allowedEvent]}«`);
  return `Sagen har status »${CASE_STATE_LABELS[state]}«, så »${CASE_EVENT_LABELS[event]}« er ikke tilladt. Tilladt er: ${allowed.join(', ')}.`;
}
