import { pageCursor, parseAssessmentForm, parseOwnerForm, parseReferralAnswerForm, parseStatusForm, refusalAsFieldError } from './follow-up-forms';

describe('the follow-up forms', () => {
  describe('start or complete a task', () => {
    it('starts without an outcome, and leaves a blank outcome out for the service to judge', () => {
      expect(parseStatusForm({ status: 'in-progress', outcome: '', _csrf: 'x' })).toEqual({ ok: true, input: { status: 'in-progress', outcome: '' }, value: { status: 'in-progress' } });
      expect(parseStatusForm({ status: 'completed', outcome: '  \n ' })).toMatchObject({ ok: true, value: { status: 'completed' } });
    });

    it('sends the outcome as typed', () => {
      expect(parseStatusForm({ status: 'completed', outcome: ' Samtale holdt; familien tager imod hjælp.\n' })).toMatchObject({
        ok: true,
        value: { status: 'completed', outcome: ' Samtale holdt; familien tager imod hjælp.\n' },
      });
    });

    it('asks for the choice when none or another was sent, keeping what was typed', () => {
      for (const status of [undefined, '', 'agreed', 'COMPLETED', ['completed']]) {
        const parsed = parseStatusForm({ status, outcome: 'Det gik godt' });
        expect(parsed).toMatchObject({ ok: false, input: { outcome: 'Det gik godt' }, errors: [{ field: 'status', code: 'status-missing' }] });
      }
      expect(parseStatusForm(undefined)).toMatchObject({ ok: false, input: { status: '', outcome: '' } });
    });
  });

  describe('hand a task on', () => {
    it('takes the new responsible sign-in id, trimmed', () => {
      expect(parseOwnerForm({ ownerSubject: ' demo-peter-dahl ' })).toEqual({ ok: true, input: { ownerSubject: ' demo-peter-dahl ' }, value: { ownerSubject: 'demo-peter-dahl' } });
    });

    it('asks for one when blank', () => {
      expect(parseOwnerForm({ ownerSubject: '   ' })).toMatchObject({ ok: false, input: { ownerSubject: '   ' }, errors: [{ field: 'ownerSubject', code: 'owner-missing' }] });
    });
  });

  describe("the family department's assessment", () => {
    it('takes one of the two conclusions', () => {
      expect(parseAssessmentForm({ conclusion: 'no-acute-support-needed' })).toMatchObject({ ok: true, value: { conclusion: 'no-acute-support-needed' } });
      expect(parseAssessmentForm({ conclusion: 'acute-support-needed' })).toMatchObject({ ok: true, value: { conclusion: 'acute-support-needed' } });
    });

    it('asks for a choice otherwise', () => {
      expect(parseAssessmentForm({ conclusion: 'maybe' })).toMatchObject({ ok: false, input: { conclusion: 'maybe' }, errors: [{ field: 'conclusion', code: 'conclusion-missing' }] });
    });
  });

  describe("a receiving body's answer to a referral", () => {
    it('accepts or declines, with a note only when one was written', () => {
      expect(parseReferralAnswerForm({ answer: 'accepted', note: '' })).toMatchObject({ ok: true, value: { answer: 'accepted' } });
      expect(parseReferralAnswerForm({ answer: 'declined', note: 'Ikke vores målgruppe.' })).toMatchObject({ ok: true, value: { answer: 'declined', note: 'Ikke vores målgruppe.' } });
    });

    it('asks for the answer, keeping the note', () => {
      expect(parseReferralAnswerForm({ note: 'Vi ringer i morgen.' })).toMatchObject({ ok: false, input: { answer: '', note: 'Vi ringer i morgen.' }, errors: [{ field: 'answer', code: 'answer-missing' }] });
    });
  });

  describe("a service's refusal of a form", () => {
    it('is shown at the field its code names, with its Danish message and code', () => {
      const outcome = { code: 'intervention-outcome-required', message: 'En indsats afsluttes med et udfald: skriv i outcome, hvad der kom ud af den.' };
      expect(refusalAsFieldError(outcome, 'status')).toEqual({ field: 'outcome', ...outcome });
      expect(refusalAsFieldError({ code: 'intervention-owner-not-member', message: 'Den ansvarlige skal ...' }, 'ownerSubject')).toMatchObject({ field: 'ownerSubject' });
      expect(refusalAsFieldError({ code: 'referral-answer-note-invalid', message: 'note skal ...' }, 'answer')).toMatchObject({ field: 'note' });
    });

    it("goes to the form's first field when it is about the whole thing, and says something Danish without a message", () => {
      expect(refusalAsFieldError({ code: 'referral-already-answered', message: 'Henvisningen er allerede besvaret. Svaret kan ikke ændres.' }, 'answer')).toMatchObject({
        field: 'answer',
        code: 'referral-already-answered',
      });
      expect(refusalAsFieldError(null, 'conclusion')).toMatchObject({ field: 'conclusion', code: 'refused', message: expect.stringContaining('Det blev ikke gemt') });
    });
  });

  it('keeps a page cursor only when it is a non-empty string of sensible length', () => {
    expect(pageCursor('eyJrIjoxfQ')).toBe('eyJrIjoxfQ');
    for (const value of [undefined, '', ['a'], 'x'.repeat(2001)]) expect(pageCursor(value)).toBeUndefined();
  });
});
