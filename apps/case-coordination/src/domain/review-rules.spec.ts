import fc from 'fast-check';
import type { IncidentRole } from '@ssp/contracts/events/incident-recorded.event';
import { DEFAULT_OFFENCE_CATEGORIES } from '@ssp/contracts/reference/reference-data';
import { addDays } from '@ssp/platform/time';
import { DEFAULT_REVIEW_RULES, flagAfterReview, REVIEW_REASON_CODES, reviewPerson, type ReviewIncident, type ReviewInput, type ReviewRulesConfig } from './review-rules';

const TODAY = '2026-06-15';
const CATEGORY_NAMES = new Map(DEFAULT_OFFENCE_CATEGORIES.map((category) => [category.id, category.da]));
/** The reference data's names, as a service's copy holds them at first: Randers' defaults. */
const offenceCategoryName = (categoryId: string) => CATEGORY_NAMES.get(categoryId) ?? categoryId;
let sequence = 0;

/** A 16-year-old suspected of theft, unless told otherwise: no rule but suspect-or-charged fires. */
function incident(overrides: Partial<ReviewIncident> = {}): ReviewIncident {
  sequence += 1;
  return {
    incidentId: `incident-${sequence}`,
    journalNumber: `4100-${sequence}`,
    role: 'suspect',
    incidentDate: '2026-06-01',
    offenceCategory: 'theft',
    ageAtIncident: 16,
    ...overrides,
  };
}

/** Reviews `fresh` as new incidents on top of `old` history. */
function review(fresh: ReviewIncident[], old: ReviewIncident[] = [], extra: Partial<ReviewInput> = {}, config?: ReviewRulesConfig) {
  const input: ReviewInput = {
    incidents: [...old, ...fresh],
    newIncidentIds: new Set(fresh.map((item) => item.incidentId)),
    hasOpenIntervention: false,
    today: TODAY,
    offenceCategoryName,
    ...extra,
  };
  return reviewPerson(input, config);
}

function codes(result: ReturnType<typeof reviewPerson>): string[] {
  return result.reasons.map((reason) => reason.code);
}

describe('review rules', () => {
  describe('only new incidents flag a person', () => {
    it('does not flag a person again for incidents the group has already reviewed', () => {
      const result = review([], [incident({ role: 'suspect', offenceCategory: 'robbery', ageAtIncident: 13 })], { hasOpenIntervention: true });
      expect(result).toEqual({ flagged: false, priority: 0, reasons: [] });
    });

    it('ignores new-incident ids that belong to no incident of the person', () => {
      const result = review([], [incident()], { newIncidentIds: new Set(['someone-else']) });
      expect(result.flagged).toBe(false);
    });
  });

  describe('suspect-or-charged', () => {
    it.each<IncidentRole>(['suspect', 'charged'])('flags a new incident as %s', (role) => {
      expect(review([incident({ role })]).reasons).toEqual([{ code: 'suspect-or-charged', weight: 3, text: 'Mistænkt eller sigtet' }]);
    });
  });

  describe('witnesses', () => {
    // Seeing something does not make a young person a person of concern.
    it('does not flag a new incident as witness, not even of violence or during an intervention', () => {
      const result = review([incident({ role: 'witness', offenceCategory: 'violence', ageAtIncident: 12 })], [incident({ incidentDate: '2026-05-20' })], {
        hasOpenIntervention: true,
      });
      expect(result).toEqual({ flagged: false, priority: 0, reasons: [] });
    });

    it('does not count a witness incident towards a repeat', () => {
      const result = review([incident({ incidentDate: '2026-06-01' })], [incident({ role: 'witness', incidentDate: '2026-05-01' })]);
      expect(codes(result)).toEqual(['suspect-or-charged']);
    });

    it('can be configured to look at witnesses too', () => {
      const config = { ...DEFAULT_REVIEW_RULES, reviewedRoles: [...DEFAULT_REVIEW_RULES.reviewedRoles, 'witness' as const] };
      const result = review([incident({ role: 'witness', offenceCategory: 'violence' })], [], {}, config);
      expect(codes(result)).toEqual(['serious-offence']);
    });
  });

  describe('concern', () => {
    it('flags a new concern (bekymring) on its own, with the lowest weight', () => {
      expect(review([incident({ role: 'concern' })]).reasons).toEqual([{ code: 'concern', weight: 1, text: 'Registreret af politiet som bekymring' }]);
    });
  });

  describe('victim', () => {
    it('flags a new incident as victim for care follow-up', () => {
      expect(review([incident({ role: 'victim' })]).reasons).toEqual([{ code: 'victim', weight: 2, text: 'Forurettet – opfølgning på omsorg' }]);
    });

    it('also marks a serious offence against the victim', () => {
      expect(codes(review([incident({ role: 'victim', offenceCategory: 'sexual' })]))).toEqual(['serious-offence', 'victim']);
    });
  });

  describe('serious-offence', () => {
    it.each([
      ['violence', 'vold'],
      ['weapons', 'våben og knive'],
      ['robbery', 'røveri'],
      ['sexual', 'seksualforbrydelser'],
    ])('flags %s by its Danish name', (offenceCategory, danish) => {
      const reasons = review([incident({ offenceCategory })]).reasons;
      expect(reasons[0]).toEqual({ code: 'serious-offence', weight: 4, text: `Alvorlig lovovertrædelse: ${danish}` });
    });

    it('does not call theft, vandalism or drugs serious', () => {
      const result = review([incident({ offenceCategory: 'theft' }), incident({ offenceCategory: 'vandalism' }), incident({ offenceCategory: 'drugs' })]);
      expect(codes(result)).not.toContain('serious-offence');
    });

    it('names each serious category once, in the configured order', () => {
      const result = review([incident({ offenceCategory: 'robbery' }), incident({ offenceCategory: 'violence' }), incident({ offenceCategory: 'robbery' })]);
      expect(result.reasons[0].text).toBe('Alvorlig lovovertrædelse: vold, røveri');
    });

    it('looks only at new incidents, not at a serious offence in the history', () => {
      expect(codes(review([incident()], [incident({ offenceCategory: 'violence', incidentDate: '2025-01-01' })]))).toEqual(['suspect-or-charged']);
    });

    it('uses the configured categories, and the id for one the reference table does not know', () => {
      const config = { ...DEFAULT_REVIEW_RULES, seriousCategories: ['arson', 'knife-crime'] };
      expect(review([incident({ offenceCategory: 'violence' })], [], {}, config).reasons.map((reason) => reason.code)).toEqual(['suspect-or-charged']);
      expect(review([incident({ offenceCategory: 'arson' }), incident({ offenceCategory: 'knife-crime' })], [], {}, config).reasons[0].text).toBe(
        'Alvorlig lovovertrædelse: brandstiftelse, knife-crime',
      );
    });
  });

  describe('under-15', () => {
    const text = 'Under 15 år ved hændelsen og dermed under den kriminelle lavalder – social opfølgning';

    it('flags a suspect who was 14 at the incident for social follow-up', () => {
      expect(review([incident({ ageAtIncident: 14 })]).reasons).toContainEqual({ code: 'under-15', weight: 2, text });
    });

    it('does not flag one who was 15', () => {
      expect(codes(review([incident({ ageAtIncident: 15 })]))).not.toContain('under-15');
    });

    it('goes by the age at the incident, not by the age at the meeting', () => {
      expect(codes(review([incident({ ageAtIncident: 14, incidentDate: '2025-07-01' })]))).toContain('under-15');
    });

    it('applies to a concern, which is about the young person’s own conduct', () => {
      expect(codes(review([incident({ role: 'concern', ageAtIncident: 11 })]))).toEqual(['under-15', 'concern']);
    });

    it('does not apply to a young victim, who is followed up as a victim', () => {
      expect(codes(review([incident({ role: 'victim', ageAtIncident: 11 })]))).toEqual(['victim']);
    });

    it('uses the configured age', () => {
      const config = { ...DEFAULT_REVIEW_RULES, ageOfCriminalResponsibility: 14 };
      expect(codes(review([incident({ ageAtIncident: 14 })], [], {}, config))).not.toContain('under-15');
      expect(review([incident({ ageAtIncident: 13 })], [], {}, config).reasons).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^Under 14 år/) }));
    });
  });

  describe('repeat-within-90-days', () => {
    it('counts an old and a new incident exactly 90 days apart', () => {
      const result = review([incident({ incidentDate: '2026-04-01' })], [incident({ incidentDate: '2026-01-01' })]);
      expect(result.reasons).toContainEqual({ code: 'repeat-within-90-days', weight: 2, text: '2 hændelser inden for 90 dage' });
    });

    it('does not count them 91 days apart', () => {
      expect(codes(review([incident({ incidentDate: '2026-04-02' })], [incident({ incidentDate: '2026-01-01' })]))).not.toContain('repeat-within-90-days');
    });

    it('counts two new incidents, and says how many fall in the window', () => {
      const result = review([incident({ incidentDate: '2026-05-01' }), incident({ incidentDate: '2026-05-20' })], [incident({ incidentDate: '2026-03-15' })]);
      expect(result.reasons).toContainEqual({ code: 'repeat-within-90-days', weight: 2, text: '3 hændelser inden for 90 dage' });
    });

    it('needs a new incident in the window: an old repeat does not flag again', () => {
      const old = [incident({ incidentDate: '2026-01-01' }), incident({ incidentDate: '2026-01-10' })];
      expect(codes(review([incident({ incidentDate: '2026-06-01' })], old))).not.toContain('repeat-within-90-days');
    });

    it('finds a repeat that a later new incident lies outside of', () => {
      const result = review([incident({ incidentDate: '2026-02-01' }), incident({ incidentDate: '2026-06-10' })], [incident({ incidentDate: '2026-01-10' })]);
      expect(codes(result)).toContain('repeat-within-90-days');
    });

    it('counts one police case once, even when the person is both suspect and victim in it', () => {
      const fight = incident({ journalNumber: '4100-fight', role: 'suspect' });
      const sameFight = incident({ journalNumber: '4100-fight', role: 'victim' });
      expect(codes(review([fight, sameFight]))).toEqual(['suspect-or-charged', 'victim']);
    });

    it('uses the configured window and threshold', () => {
      const config = { ...DEFAULT_REVIEW_RULES, repeatWindowDays: 30, repeatThreshold: 3 };
      const two = [incident({ incidentDate: '2026-05-01' }), incident({ incidentDate: '2026-05-31' })];
      expect(codes(review(two, [], {}, config))).not.toContain('repeat-within-90-days');
      const result = review([...two, incident({ incidentDate: '2026-05-15' })], [], {}, config);
      expect(result.reasons).toContainEqual({ code: 'repeat-within-90-days', weight: 2, text: '3 hændelser inden for 30 dage' });
    });
  });

  describe('new-incident-during-intervention', () => {
    it('flags a new incident while an intervention is open', () => {
      expect(review([incident()], [], { hasOpenIntervention: true }).reasons).toContainEqual({
        code: 'new-incident-during-intervention',
        weight: 3,
        text: 'Ny hændelse mens en indsats er i gang',
      });
    });

    it('does not without an open intervention', () => {
      expect(codes(review([incident()]))).not.toContain('new-incident-during-intervention');
    });
  });

  describe('dates', () => {
    it('leaves out an incident dated after today as a typing error', () => {
      expect(review([incident({ incidentDate: '2026-06-16' })]).flagged).toBe(false);
      expect(review([incident({ incidentDate: TODAY })]).flagged).toBe(true);
    });

    it('refuses a date that is not a calendar day', () => {
      expect(() => review([incident({ incidentDate: '2026-02-30' })])).toThrow(RangeError);
      expect(() => review([incident()], [], { today: '15-06-2026' })).toThrow(RangeError);
    });
  });

  describe('priority', () => {
    it('adds up the weights of all reasons, heaviest first', () => {
      const robbery = incident({ role: 'charged', offenceCategory: 'robbery', ageAtIncident: 14, incidentDate: '2026-06-01' });
      const result = review([robbery], [incident({ incidentDate: '2026-05-02' })], { hasOpenIntervention: true });
      expect(result.reasons.map((reason) => [reason.code, reason.weight])).toEqual([
        ['serious-offence', 4],
        ['suspect-or-charged', 3],
        ['new-incident-during-intervention', 3],
        ['repeat-within-90-days', 2],
        ['under-15', 2],
      ]);
      expect(result).toEqual(expect.objectContaining({ flagged: true, priority: 14 }));
    });

    it('follows the configured weights', () => {
      const config = { ...DEFAULT_REVIEW_RULES, weights: { ...DEFAULT_REVIEW_RULES.weights, victim: 7, 'serious-offence': 0 } };
      const result = review([incident({ role: 'victim', offenceCategory: 'violence' })], [], {}, config);
      expect(result.priority).toBe(7);
      // A rule weighing nothing still says why the person is on the agenda.
      expect(codes(result)).toEqual(['victim', 'serious-offence']);
    });
  });

  describe('configuration', () => {
    it.each<[string, Partial<ReviewRulesConfig>]>([
      ['a negative weight', { weights: { ...DEFAULT_REVIEW_RULES.weights, concern: -1 } }],
      ['a weight that is not a number', { weights: { ...DEFAULT_REVIEW_RULES.weights, concern: Number.NaN } }],
      ['a repeat of one incident', { repeatThreshold: 1 }],
      ['a window of part of a day', { repeatWindowDays: 1.5 }],
      ['a negative age', { ageOfCriminalResponsibility: -1 }],
    ])('refuses %s', (_, change) => {
      expect(() => review([incident()], [], {}, { ...DEFAULT_REVIEW_RULES, ...change })).toThrow(RangeError);
    });
  });

  describe('properties', () => {
    const roles: IncidentRole[] = ['suspect', 'charged', 'victim', 'witness', 'concern'];
    const categories = ['violence', 'weapons', 'robbery', 'sexual', 'theft', 'drugs', 'other'];
    const anyIncident = fc.record({
      incidentId: fc.uuid(),
      journalNumber: fc.constantFrom('4100-1', '4100-2', '4100-3', '4100-4', '4100-5', '4100-6'),
      role: fc.constantFrom(...roles),
      incidentDate: fc.integer({ min: -400, max: 10 }).map((offset) => addDays(TODAY, offset)),
      offenceCategory: fc.constantFrom(...categories),
      ageAtIncident: fc.integer({ min: 8, max: 25 }),
    });
    const anyHistory = fc.uniqueArray(anyIncident, { selector: (item) => item.incidentId, maxLength: 12 });
    const anyWeights = fc.record(Object.fromEntries(REVIEW_REASON_CODES.map((code) => [code, fc.integer({ min: 0, max: 10 })])) as Record<(typeof REVIEW_REASON_CODES)[number], fc.Arbitrary<number>>);

    it('never flags a person without new incidents', () => {
      fc.assert(
        fc.property(anyHistory, fc.boolean(), anyWeights, (incidents, hasOpenIntervention, weights) => {
          const result = reviewPerson({ incidents, newIncidentIds: new Set(), hasOpenIntervention, today: TODAY, offenceCategoryName }, { ...DEFAULT_REVIEW_RULES, weights });
          expect(result).toEqual({ flagged: false, priority: 0, reasons: [] });
        }),
      );
    });

    it('gives a priority of 0 or more that is the sum of reasons unique by code, and flags exactly when there is a reason', () => {
      fc.assert(
        fc.property(anyHistory, fc.func(fc.boolean()), fc.boolean(), anyWeights, (incidents, isNew, hasOpenIntervention, weights) => {
          const newIncidentIds = new Set(incidents.filter((item) => isNew(item.incidentId)).map((item) => item.incidentId));
          const result = reviewPerson({ incidents, newIncidentIds, hasOpenIntervention, today: TODAY, offenceCategoryName }, { ...DEFAULT_REVIEW_RULES, weights });
          expect(result.priority).toBeGreaterThanOrEqual(0);
          expect(result.priority).toBe(result.reasons.reduce((sum, reason) => sum + reason.weight, 0));
          expect(new Set(codes(result)).size).toBe(result.reasons.length);
          expect(result.flagged).toBe(result.reasons.length > 0);
        }),
      );
    });

    it('does not depend on the order of the incidents', () => {
      fc.assert(
        fc.property(anyHistory, fc.func(fc.boolean()), fc.boolean(), (incidents, isNew, hasOpenIntervention) => {
          const newIncidentIds = new Set(incidents.filter((item) => isNew(item.incidentId)).map((item) => item.incidentId));
          const forwards = reviewPerson({ incidents, newIncidentIds, hasOpenIntervention, today: TODAY, offenceCategoryName });
          const backwards = reviewPerson({ incidents: [...incidents].reverse(), newIncidentIds, hasOpenIntervention, today: TODAY, offenceCategoryName });
          expect(backwards).toEqual(forwards);
        }),
      );
    });
  });
});

describe('the flag after a review', () => {
  const followUp = { code: 'follow-up-next-meeting', weight: 1, text: 'Opfølgning aftalt 2026-11-09' };
  const reopened = { code: 'case-reopened', weight: 2, text: 'Sagen er genåbnet 2026-11-09: bekymringen består' };
  const charged = { code: 'suspect-or-charged' as const, weight: 3, text: 'Mistænkt eller sigtet' };
  const victim = { code: 'victim' as const, weight: 2, text: 'Forurettet – opfølgning på omsorg' };

  it("keeps the reasons the group's decisions gave beside the review's, and replaces the review's earlier ones", () => {
    const review = { flagged: true, priority: 2, reasons: [victim] };
    expect(flagAfterReview([charged, followUp, reopened], review)).toEqual({ priority: 5, reasons: [victim, reopened, followUp] });
  });

  it("is the review's flag when the person had none", () => {
    expect(flagAfterReview([], { flagged: true, priority: 3, reasons: [charged] })).toEqual({ priority: 3, reasons: [charged] });
  });
});
