import { formValues } from '../pages/form-parsing';
import { decisionRequest, fieldOfRefusal, FORM_FIELDS, interventionRequest, markRequest, noteRequest, referralRequest, refusedForm } from './meeting-forms';

describe('meeting forms', () => {
  it('reads only the form’s own fields as strings: a radio group nobody chose or a repeated field is empty, the form token is not sent on', () => {
    expect(formValues({ _csrf: 'token', kind: ['no-action', 'referral'], note: 7, other: 'x' }, FORM_FIELDS.decision)).toEqual({ kind: '', note: '' });
    expect(formValues(undefined, FORM_FIELDS.note)).toEqual({ body: '', legalBasis: '', necessity: '', text: '' });
  });

  it('turns the note form into POST /persons/{p}/notes: an unchosen purpose is left out, so the service names it', () => {
    expect(noteRequest({ body: 'skole', legalBasis: 'SSP', necessity: 'For en samlet indsats.', text: 'Fravær i tre uger.' })).toEqual({
      body: 'skole',
      legalBasis: 'SSP',
      necessity: 'For en samlet indsats.',
      text: 'Fravær i tre uger.',
    });
    expect(JSON.parse(JSON.stringify(noteRequest({ body: '', legalBasis: '', necessity: '', text: '' })))).toEqual({ body: '', necessity: '', text: '' });
  });

  it('turns the decision form into a decision; a note of only white space is no note', () => {
    expect(decisionRequest({ kind: 'concern-conversation', note: 'Samtale i næste uge.' })).toEqual({ kind: 'concern-conversation', note: 'Samtale i næste uge.' });
    expect(JSON.parse(JSON.stringify(decisionRequest({ kind: '', note: '   ' })))).toEqual({});
  });

  it('turns the referral form into a decision of kind referral, with the consent only when any part of it was given', () => {
    const referral = { referralBody: 'ssp-plus', referralReason: 'Stoppet på uddannelsen.', consentGivenBy: '', consentGivenOn: '', consentForm: '', note: '' };
    expect(JSON.parse(JSON.stringify(referralRequest(referral)))).toEqual({ kind: 'referral', referralBody: 'ssp-plus', referralReason: 'Stoppet på uddannelsen.' });
    expect(referralRequest({ ...referral, consentGivenBy: 'person', consentGivenOn: '2026-11-20', consentForm: 'written', note: 'Bo ønsker det selv.' })).toEqual({
      kind: 'referral',
      referralBody: 'ssp-plus',
      referralReason: 'Stoppet på uddannelsen.',
      consent: { givenBy: 'person', givenOn: '2026-11-20', form: 'written' },
      note: 'Bo ønsker det selv.',
    });
    // Half a consent goes to the service, which says what is missing.
    expect(JSON.parse(JSON.stringify(referralRequest({ ...referral, consentGivenOn: '2026-11-20' }))).consent).toEqual({ givenOn: '2026-11-20' });
  });

  it('turns the intervention form into POST /persons/{p}/interventions, the body, subject and deadline trimmed', () => {
    expect(interventionRequest({ title: 'Samtale med forældrene', ownerBody: ' familieafdelingen ', ownerSubject: 'demo-peter-dahl ', deadline: ' 2026-12-07' })).toEqual({
      title: 'Samtale med forældrene',
      ownerBody: 'familieafdelingen',
      ownerSubject: 'demo-peter-dahl',
      deadline: '2026-12-07',
    });
  });

  it('marks an item handled or deferred, nothing else', () => {
    expect(markRequest({ outcome: 'deferred', _csrf: 'token' })).toEqual({ outcome: 'deferred' });
    expect(markRequest({ outcome: 'handled' })).toEqual({ outcome: 'handled' });
    expect(markRequest({ outcome: 'not-reached' })).toBeNull();
    expect(markRequest(undefined)).toBeNull();
  });

  it("puts the service's refusal on the field its code is about, or on the form's first field", () => {
    expect(fieldOfRefusal('intervention', { code: 'intervention-owner-not-member', message: '…' })).toBe('ownerSubject');
    expect(fieldOfRefusal('intervention', { code: 'intervention-deadline-past', message: '…' })).toBe('deadline');
    expect(fieldOfRefusal('referral', { code: 'referral-consent-required', message: '…' })).toBe('consentGivenBy');
    expect(fieldOfRefusal('note', { code: 'note-legal-basis-invalid', message: '…' })).toBe('legalBasis');
    // A conflict of the case's state, or a code about another form's field: the form's first field.
    expect(fieldOfRefusal('intervention', { code: 'case-transition-refused', message: '…' })).toBe('title');
    expect(fieldOfRefusal('decision', { code: 'note-text-invalid', message: '…' })).toBe('kind');
    expect(refusedForm('decision', { kind: '', note: 'x' }, null)).toMatchObject({ field: 'kind', values: { kind: '', note: 'x' }, refusal: { code: 'refused' } });
  });
});
