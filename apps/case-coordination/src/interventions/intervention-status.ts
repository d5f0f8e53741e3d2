import { CASE_STATE_LABELS, type CaseEvent, type CaseState, type InterventionStatus } from '../domain';

/**
 * An intervention's life: agreed ──▶ in progress ──▶ completed, or agreed ──▶ completed when
 * it was done at once (a single conversation). Completed is final; nothing goes back.
 */
const NEXT_STATUSES: Readonly<Record<InterventionStatus, readonly InterventionStatus[]>> = {
  agreed: ['in-progress', 'completed'],
  'in-progress': ['completed'],
  completed: [],
};

export const INTERVENTION_STATUS_LABELS: Readonly<Record<InterventionStatus, string>> = {
  agreed: 'aftalt',
  'in-progress': 'i gang',
  completed: 'afsluttet',
};

/** The states of a case in which the group has decided to act, so interventions can be agreed. */
const CASE_STATES_TAKING_INTERVENTIONS: ReadonlySet<CaseState> = new Set<CaseState>(['action-agreed', 'in-progress']);

export class InterventionRefusal extends Error {
  /** `code`: stable, for programs; the 409 answers it beside the Danish message. */
  constructor(
    readonly code: 'intervention-status-change-refused' | 'intervention-case-not-acting',
    message: string,
  ) {
    super(message);
    this.name = 'InterventionRefusal';
  }
}

/** `to`, when an intervention with status `from` may get it; otherwise InterventionRefusal in Danish. */
export function changeInterventionStatus(from: InterventionStatus, to: InterventionStatus): InterventionStatus {
  const allowed = NEXT_STATUSES[from];
  if (allowed.includes(to)) return to;
  const label = (status: InterventionStatus) => `»${INTERVENTION_STATUS_LABELS[status]}«`;
  const instead = allowed.length === 0 ? 'En afsluttet indsats kan ikke ændres.' : `Tilladt er: ${allowed.map(label).join(', ')}.`;
  throw new InterventionRefusal('intervention-status-change-refused', `Indsatsen har status ${label(from)}, så den kan ikke sættes til ${label(to)}. ${instead}`);
}

/**
 * Whether completing leaves the intervention without an outcome: completing one says what came
 * of it, in `given` now or in an outcome recorded before (`recorded`), not blank. The last
 * completed intervention closes the case, and a case must not close on nothing.
 */
export function completesWithoutOutcome(to: InterventionStatus, given: string | undefined, recorded: string | null): boolean {
  return to === 'completed' && (given ?? recorded ?? '').trim().length === 0;
}

/** Refuses, in Danish, to agree an intervention in a case where no action has been decided. */
export function assertCaseTakesInterventions(state: CaseState): void {
  if (CASE_STATES_TAKING_INTERVENTIONS.has(state)) return;
  throw new InterventionRefusal(
    'intervention-case-not-acting',
    `Sagen har status »${CASE_STATE_LABELS[state]}«, så der kan ikke aftales en indsats. En indsats aftales efter en beslutning om indsats (status »${CASE_STATE_LABELS['action-agreed']}« eller »${CASE_STATE_LABELS['in-progress']}«).`,
  );
}

export interface CaseAroundIntervention {
  /** Interventions of the case other than this one that are not completed. */
  otherOpenInterventions: number;
  /** The person is flagged for the next meeting (a new incident, a follow-up). */
  awaitingReview: boolean;
}

/**
 * The case events an intervention's change of status fires, in order. Starting one starts the
 * case's interventions; completing one that never started starts it first. Completing the last
 * open one closes the case, unless the person is waiting for the group's review: then the
 * case stays in progress and the group's decision closes it ("no action", caseEventOfDecision),
 * because a closed case takes no decision and the person would stay on the agenda for good.
 */
export function caseEventsOfStatusChange(from: InterventionStatus, to: InterventionStatus, around: CaseAroundIntervention): CaseEvent[] {
  const events: CaseEvent[] = [];
  if (from === 'agreed') events.push('intervention-started');
  if (to === 'completed' && around.otherOpenInterventions === 0 && !around.awaitingReview) events.push('all-interventions-completed');
  return events;
}
