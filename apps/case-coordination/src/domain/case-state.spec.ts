import { allowedEvents, CASE_EVENTS, CASE_STATES, CaseTransitionError, transition, type CaseEvent, type CaseState } from './case-state';

const REFUSED = 'refused';

/** The whole table, written out by hand so that a change to the machine must change this test too. */
const EXPECTED: Record<CaseState, Record<CaseEvent, CaseState | typeof REFUSED>> = {
  open: {
    'flagged-for-review': 'under-review',
    'decision-no-action': REFUSED,
    'decision-action': REFUSED,
    'intervention-started': REFUSED,
    'all-interventions-completed': REFUSED,
    close: 'closed',
    'new-incident': 'open',
    'reopened-by-decision': REFUSED,
  },
  'under-review': {
    'flagged-for-review': REFUSED,
    'decision-no-action': 'closed',
    'decision-action': 'action-agreed',
    'intervention-started': REFUSED,
    'all-interventions-completed': REFUSED,
    close: 'closed',
    'new-incident': 'under-review',
    'reopened-by-decision': REFUSED,
  },
  'action-agreed': {
    'flagged-for-review': REFUSED,
    'decision-no-action': REFUSED,
    'decision-action': REFUSED,
    'intervention-started': 'in-progress',
    'all-interventions-completed': REFUSED,
    close: 'closed',
    'new-incident': 'action-agreed',
    'reopened-by-decision': REFUSED,
  },
  'in-progress': {
    'flagged-for-review': REFUSED,
    'decision-no-action': REFUSED,
    'decision-action': REFUSED,
    'intervention-started': 'in-progress',
    'all-interventions-completed': 'closed',
    close: 'closed',
    'new-incident': 'in-progress',
    'reopened-by-decision': REFUSED,
  },
  closed: {
    'flagged-for-review': REFUSED,
    'decision-no-action': REFUSED,
    'decision-action': REFUSED,
    'intervention-started': REFUSED,
    'all-interventions-completed': REFUSED,
    close: REFUSED,
    'new-incident': 'open',
    'reopened-by-decision': 'under-review',
  },
};

const PAIRS = CASE_STATES.flatMap((state) => CASE_EVENTS.map((event) => ({ state, event, expected: EXPECTED[state][event] })));

describe('case state machine', () => {
  it('has a row for every state and a column for every event', () => {
    expect(PAIRS).toHaveLength(CASE_STATES.length * CASE_EVENTS.length);
  });

  it.each(PAIRS.filter((pair) => pair.expected !== REFUSED))('allows $state --$event--> $expected', ({ state, event, expected }) => {
    expect(transition(state, event)).toBe(expected);
    expect(allowedEvents(state)).toContain(event);
  });

  it.each(PAIRS.filter((pair) => pair.expected === REFUSED))('refuses $event in $state', ({ state, event }) => {
    let refusal: unknown;
    try {
      transition(state, event);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(CaseTransitionError);
    expect(refusal).toMatchObject({ name: 'CaseTransitionError', state, event });
    expect(allowedEvents(state)).not.toContain(event);
  });

  it('lists the allowed events of each state in a fixed order', () => {
    expect(Object.fromEntries(CASE_STATES.map((state) => [state, allowedEvents(state)]))).toEqual({
      open: ['flagged-for-review', 'close', 'new-incident'],
      'under-review': ['decision-no-action', 'decision-action', 'close', 'new-incident'],
      'action-agreed': ['intervention-started', 'close', 'new-incident'],
      'in-progress': ['intervention-started', 'all-interventions-completed', 'close', 'new-incident'],
      closed: ['new-incident', 'reopened-by-decision'],
    });
  });

  it('explains a refusal in Danish, with what is allowed instead', () => {
    expect(() => transition('closed', 'decision-action')).toThrow(
      'Sagen har status »lukket«, så »beslutning om indsats« er ikke tilladt. Tilladt er: »ny hændelse«, »genåbnet efter beslutning«.',
    );
    expect(() => transition('open', 'intervention-started')).toThrow(
      'Sagen har status »åben«, så »indsats startet« er ikke tilladt. Tilladt er: »sat på dagsordenen«, »sagen lukkes«, »ny hændelse«.',
    );
  });

  it('runs a case from first incident through an intervention to closing, and reopens it on a new incident', () => {
    const events: CaseEvent[] = ['flagged-for-review', 'decision-action', 'intervention-started', 'new-incident', 'intervention-started', 'all-interventions-completed', 'new-incident'];
    const states = events.reduce<CaseState[]>((visited, event) => [...visited, transition(visited[visited.length - 1], event)], ['open']);
    expect(states).toEqual(['open', 'under-review', 'action-agreed', 'in-progress', 'in-progress', 'in-progress', 'closed', 'open']);
  });
});
