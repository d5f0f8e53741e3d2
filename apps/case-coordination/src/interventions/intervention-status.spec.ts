import { INTERVENTION_STATUSES, transition, type CaseEvent, type CaseState } from '../domain';
import { assertCaseTakesInterventions, caseEventsOfStatusChange, changeInterventionStatus, completesWithoutOutcome, InterventionRefusal } from './intervention-status';

const QUIET = { otherOpenInterventions: 0, awaitingReview: false };

function run(state: CaseState, events: CaseEvent[]): CaseState {
  return events.reduce(transition, state);
}

describe('intervention status', () => {
  it('goes agreed → in progress → completed, or straight to completed, and never back', () => {
    const allowed = INTERVENTION_STATUSES.flatMap((from) =>
      INTERVENTION_STATUSES.filter((to) => {
        try {
          return changeInterventionStatus(from, to) === to;
        } catch (error) {
          if (error instanceof InterventionRefusal) return false;
          throw error;
        }
      }).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual(['agreed→in-progress', 'agreed→completed', 'in-progress→completed']);
  });

  it('explains a refusal in Danish', () => {
    expect(() => changeInterventionStatus('in-progress', 'in-progress')).toThrow('Indsatsen har status »i gang«, så den kan ikke sættes til »i gang«. Tilladt er: »afsluttet«.');
    expect(() => changeInterventionStatus('completed', 'in-progress')).toThrow('Indsatsen har status »afsluttet«, så den kan ikke sættes til »i gang«. En afsluttet indsats kan ikke ændres.');
  });

  it('takes interventions only in a case where action was decided', () => {
    expect(() => assertCaseTakesInterventions('action-agreed')).not.toThrow();
    expect(() => assertCaseTakesInterventions('in-progress')).not.toThrow();
    for (const state of ['open', 'under-review', 'closed'] as const) expect(() => assertCaseTakesInterventions(state)).toThrow(InterventionRefusal);
    expect(() => assertCaseTakesInterventions('under-review')).toThrow(/^Sagen har status »til behandling«, så der kan ikke aftales en indsats/);
  });

  it('starts the case on the first start and closes it when the last open one is completed', () => {
    expect(run('action-agreed', caseEventsOfStatusChange('agreed', 'in-progress', QUIET))).toBe('in-progress');
    expect(run('in-progress', caseEventsOfStatusChange('agreed', 'in-progress', { ...QUIET, otherOpenInterventions: 1 }))).toBe('in-progress');
    expect(run('in-progress', caseEventsOfStatusChange('in-progress', 'completed', QUIET))).toBe('closed');
    expect(run('action-agreed', caseEventsOfStatusChange('agreed', 'completed', QUIET))).toBe('closed');
    expect(run('in-progress', caseEventsOfStatusChange('in-progress', 'completed', { ...QUIET, otherOpenInterventions: 1 }))).toBe('in-progress');
    expect(run('action-agreed', caseEventsOfStatusChange('agreed', 'completed', { ...QUIET, otherOpenInterventions: 1 }))).toBe('in-progress');
  });

  it('keeps the case open for the group when the person awaits review', () => {
    expect(run('in-progress', caseEventsOfStatusChange('in-progress', 'completed', { otherOpenInterventions: 0, awaitingReview: true }))).toBe('in-progress');
  });
});

describe('an outcome to complete an intervention', () => {
  it('is needed to complete one, given now or recorded before, and not blank', () => {
    expect(completesWithoutOutcome('completed', undefined, null)).toBe(true);
    expect(completesWithoutOutcome('completed', ' \n ', null)).toBe(true);
    expect(completesWithoutOutcome('completed', undefined, '  ')).toBe(true);
    expect(completesWithoutOutcome('completed', 'Samtalen er holdt.', null)).toBe(false);
    expect(completesWithoutOutcome('completed', undefined, 'Aftale om fritidsjob.')).toBe(false);
  });

  it('is not needed to start one', () => {
    expect(completesWithoutOutcome('in-progress', undefined, null)).toBe(false);
  });
});
