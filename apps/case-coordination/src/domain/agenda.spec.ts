import fc from 'fast-check';
import { buildAgenda, type AgendaCandidate, type AgendaIntervention } from './agenda';
import { reviewPerson, type ReviewIncident, type ReviewResult } from './review-rules';

const MEETING = '2026-03-30';
const NOT_FLAGGED: ReviewResult = { flagged: false, priority: 0, reasons: [] };

function flaggedWith(priority: number): ReviewResult {
  return { flagged: true, priority, reasons: [{ code: 'suspect-or-charged', weight: priority, text: 'Mistænkt eller sigtet' }] };
}

function incidentOn(incidentDate: string, incidentId = `incident-${incidentDate}`): ReviewIncident {
  return { incidentId, journalNumber: `4100-${incidentId}`, role: 'suspect', incidentDate, offenceCategory: 'theft', ageAtIncident: 16 };
}

function intervention(overrides: Partial<AgendaIntervention> = {}): AgendaIntervention {
  return {
    id: 'intervention-1',
    title: 'Samtale med forældrene',
    ownerBody: 'mandagsgruppen',
    ownerSubject: 'familieafdelingen-sagsbehandler',
    responsibleText: null,
    deadline: '2026-03-20',
    status: 'in-progress',
    ...overrides,
  };
}

function candidate(personPseudonym: string, overrides: Partial<AgendaCandidate> = {}): AgendaCandidate {
  return { personPseudonym, review: NOT_FLAGGED, newIncidents: [], openInterventions: [], ...overrides };
}

function pseudonyms(people: AgendaCandidate[], meetingDate = MEETING): string[] {
  return buildAgenda(people, meetingDate).map((item) => item.personPseudonym);
}

describe('agenda', () => {
  it('takes the flagged persons and leaves out the rest', () => {
    expect(pseudonyms([candidate('aa', { review: flaggedWith(3) }), candidate('bb', { newIncidents: [incidentOn('2026-03-25')] })])).toEqual(['aa']);
  });

  it('orders by priority, most urgent first', () => {
    const people = [candidate('aa', { review: flaggedWith(1) }), candidate('bb', { review: flaggedWith(7) }), candidate('cc', { review: flaggedWith(3) })];
    expect(pseudonyms(people)).toEqual(['bb', 'cc', 'aa']);
  });

  it('puts the newest new incident first among equal priorities, and a person without new incidents last', () => {
    const people = [
      candidate('aa', { review: flaggedWith(3), newIncidents: [incidentOn('2026-03-01')] }),
      candidate('bb', { review: flaggedWith(3), newIncidents: [incidentOn('2026-03-02'), incidentOn('2026-03-25')] }),
      candidate('cc', { review: flaggedWith(3) }),
      candidate('dd', { review: flaggedWith(3), newIncidents: [incidentOn('2026-03-10')] }),
    ];
    expect(pseudonyms(people)).toEqual(['bb', 'dd', 'aa', 'cc']);
  });

  it("counts a member's new concern as a new incident's day among equal priorities", () => {
    const people = [
      candidate('aa', { review: flaggedWith(2), newIncidents: [incidentOn('2026-03-10')] }),
      candidate('bb', { review: flaggedWith(2), newestConcernDay: '2026-03-20' }),
      candidate('cc', { review: flaggedWith(2), newIncidents: [incidentOn('2026-03-15')], newestConcernDay: '2026-03-01' }),
      candidate('dd', { review: flaggedWith(2) }),
    ];
    expect(pseudonyms(people)).toEqual(['bb', 'cc', 'aa', 'dd']);
  });

  it('sorted newest first, puts the newest new incident or concern first, then the priority, then the pseudonym', () => {
    const people = [
      candidate('aa', { review: flaggedWith(7), newIncidents: [incidentOn('2026-03-01')] }),
      candidate('bb', { review: flaggedWith(1), newestConcernDay: '2026-03-20' }),
      candidate('cc', { review: flaggedWith(3), newIncidents: [incidentOn('2026-03-20')] }),
      candidate('dd', { review: flaggedWith(3), newIncidents: [incidentOn('2026-03-20')] }),
      candidate('ee', { review: flaggedWith(9) }),
    ];
    expect(buildAgenda(people, MEETING, undefined, 'newest').map((item) => item.personPseudonym)).toEqual(['dd', 'cc', 'bb', 'aa', 'ee']);
    expect(pseudonyms(people)).toEqual(['ee', 'aa', 'dd', 'cc', 'bb']);
  });

  it('breaks remaining ties by pseudonym, descending like the other keys (one index order), whatever the input order', () => {
    const people = ['c3', 'a1', 'b2'].map((name) => candidate(name, { review: flaggedWith(2), newIncidents: [incidentOn('2026-03-20')] }));
    expect(pseudonyms(people)).toEqual(['c3', 'b2', 'a1']);
  });

  it('lists the new incidents newest first and keeps the reasons of the review', () => {
    const [item] = buildAgenda([candidate('aa', { review: flaggedWith(3), newIncidents: [incidentOn('2026-03-02'), incidentOn('2026-03-25'), incidentOn('2026-03-10')] })], MEETING);
    expect(item.newIncidents.map((incident) => incident.incidentDate)).toEqual(['2026-03-25', '2026-03-10', '2026-03-02']);
    expect(item.reasons).toEqual(flaggedWith(3).reasons);
    expect(item.priority).toBe(3);
  });

  describe('overdue interventions', () => {
    it('marks an intervention past its deadline as overdue', () => {
      const [item] = buildAgenda([candidate('aa', { review: flaggedWith(3), openInterventions: [intervention({ deadline: '2026-03-29' })] })], MEETING);
      expect(item.interventions).toEqual([{ ...intervention({ deadline: '2026-03-29' }), overdue: true }]);
    });

    it('does not mark a deadline on the meeting day, a later one, or a completed intervention', () => {
      const interventions = [
        intervention({ id: 'today', deadline: MEETING }),
        intervention({ id: 'later', deadline: '2026-04-13' }),
        intervention({ id: 'done', deadline: '2026-03-01', status: 'completed' }),
      ];
      const [item] = buildAgenda([candidate('aa', { review: flaggedWith(3), openInterventions: interventions })], MEETING);
      expect(item.interventions.map((entry) => [entry.id, entry.overdue])).toEqual([
        ['today', false],
        ['later', false],
        ['done', false],
      ]);
      expect(item.reasons.map((reason) => reason.code)).toEqual(['suspect-or-charged']);
    });

    it('puts a person on the agenda for an overdue intervention alone', () => {
      const agenda = buildAgenda([candidate('aa', { openInterventions: [intervention({ status: 'agreed' })] }), candidate('bb', { openInterventions: [intervention({ deadline: '2026-04-01' })] })], MEETING);
      expect(agenda).toEqual([
        {
          personPseudonym: 'aa',
          priority: 3,
          reasons: [{ code: 'overdue-intervention', weight: 3, text: 'Fristen er overskredet for indsatsen »Samtale med forældrene«' }],
          newIncidents: [],
          interventions: [{ ...intervention({ status: 'agreed' }), overdue: true }],
        },
      ]);
    });

    it('adds its weight once to a flagged person and names every overdue intervention', () => {
      const overdue = [intervention({ id: 'a', title: 'Samtale med forældrene' }), intervention({ id: 'b', title: 'Kontakt til klubben' }), intervention({ id: 'c', title: 'Skoleplan' })];
      const [item] = buildAgenda([candidate('aa', { review: flaggedWith(2), openInterventions: overdue })], MEETING);
      expect(item.priority).toBe(5);
      expect(item.reasons).toEqual([
        { code: 'overdue-intervention', weight: 3, text: 'Fristen er overskredet for indsatserne »Samtale med forældrene«, »Kontakt til klubben« og »Skoleplan«' },
        { code: 'suspect-or-charged', weight: 2, text: 'Mistænkt eller sigtet' },
      ]);
    });

    it('escalates a stalled person above one with a lighter new concern', () => {
      const people = [candidate('aa', { review: flaggedWith(1), newIncidents: [incidentOn('2026-03-25')] }), candidate('bb', { openInterventions: [intervention()] })];
      expect(pseudonyms(people)).toEqual(['bb', 'aa']);
    });

    it('takes the configured weight and refuses a negative one', () => {
      expect(buildAgenda([candidate('aa', { openInterventions: [intervention()] })], MEETING, { overdueWeight: 8 })[0].priority).toBe(8);
      expect(() => buildAgenda([], MEETING, { overdueWeight: -1 })).toThrow(RangeError);
    });
  });

  it('refuses a meeting date that is not a calendar day', () => {
    expect(() => buildAgenda([], '30-03-2026')).toThrow(RangeError);
  });

  it('builds the agenda from reviewPerson results', () => {
    const robbery = { ...incidentOn('2026-03-20', 'robbery'), offenceCategory: 'robbery' };
    const victim = { ...incidentOn('2026-03-24', 'victim'), role: 'victim' as const };
    const witness = { ...incidentOn('2026-03-26', 'witness'), role: 'witness' as const };
    const people = [
      { personPseudonym: 'p-robbery', incidents: [robbery] },
      { personPseudonym: 'p-victim', incidents: [victim] },
      { personPseudonym: 'p-witness', incidents: [witness] },
    ].map(({ personPseudonym, incidents }) =>
      candidate(personPseudonym, {
        review: reviewPerson({ incidents, newIncidentIds: new Set(incidents.map((item) => item.incidentId)), hasOpenIntervention: false, today: MEETING, offenceCategoryName: (categoryId) => categoryId }),
        newIncidents: incidents,
      }),
    );
    expect(buildAgenda(people, MEETING).map((item) => [item.personPseudonym, item.priority, item.reasons.map((reason) => reason.code)])).toEqual([
      ['p-robbery', 7, ['serious-offence', 'suspect-or-charged']],
      ['p-victim', 2, ['victim']],
    ]);
  });

  it('gives the same agenda for the candidates in any order', () => {
    const anyCandidate = fc.record({
      personPseudonym: fc.string({ minLength: 1, maxLength: 4 }),
      review: fc.integer({ min: 0, max: 6 }).map((priority) => (priority === 0 ? NOT_FLAGGED : flaggedWith(priority))),
      newIncidents: fc.array(fc.constantFrom('2026-03-01', '2026-03-16', '2026-03-29').map((day) => incidentOn(day)), { maxLength: 2 }),
      openInterventions: fc.array(fc.constantFrom('2026-03-01', MEETING, '2026-04-30').map((deadline) => intervention({ deadline })), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(anyCandidate, { selector: (person) => person.personPseudonym, maxLength: 8 }), (people) => {
        expect(buildAgenda([...people].reverse(), MEETING)).toEqual(buildAgenda(people, MEETING));
      }),
    );
  });
});
