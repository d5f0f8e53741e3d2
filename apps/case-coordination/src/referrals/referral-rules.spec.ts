import { addDays } from '@ssp/platform/time';
import { ageOn, answerRefusal, consentRequired, referralAccess, referralRefusal, type Consent } from './referral-rules';

const DAY = '2026-11-09';
const ADULT_BIRTH = '2008-11-09'; // 18 on DAY
const CHILD_BIRTH = '2008-11-10'; // 18 the day after
const OWN_CONSENT: Consent = { givenBy: 'person', givenOn: '2026-11-02' };

describe('referral rules', () => {
  it('counts whole years at the decision day', () => {
    expect(ageOn(ADULT_BIRTH, DAY)).toBe(18);
    expect(ageOn(CHILD_BIRTH, DAY)).toBe(17);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('refers only to SSP-U, SSP+ and the family department', () => {
    for (const receiver of ['ssp-u', 'ssp-plus', 'familieafdelingen']) {
      expect(referralRefusal({ receiver, birthDate: CHILD_BIRTH, consent: null, decidedOn: DAY })).toBeNull();
    }
    for (const receiver of ['ungdomsskolen', 'mandagsgruppen', 'netvaerk-langaa', 'SSP-U']) {
      expect(referralRefusal({ receiver, birthDate: CHILD_BIRTH, consent: OWN_CONSENT, decidedOn: DAY })).toBe('receiver-not-allowed');
    }
  });

  it("needs the person's own consent for SSP+ from the day they are 18, and when the birth date is unknown", () => {
    expect(consentRequired('ssp-plus', CHILD_BIRTH, DAY)).toBe(false);
    expect(consentRequired('ssp-plus', CHILD_BIRTH, addDays(DAY, 1))).toBe(true);
    expect(consentRequired('ssp-plus', ADULT_BIRTH, DAY)).toBe(true);
    expect(consentRequired('ssp-plus', null, DAY)).toBe(true);
    expect(consentRequired('ssp-u', ADULT_BIRTH, DAY)).toBe(false);
    expect(consentRequired('familieafdelingen', null, DAY)).toBe(false);
    expect(referralRefusal({ receiver: 'ssp-plus', birthDate: ADULT_BIRTH, consent: null, decidedOn: DAY })).toBe('consent-required');
    expect(referralRefusal({ receiver: 'ssp-plus', birthDate: null, consent: null, decidedOn: DAY })).toBe('consent-required');
    expect(referralRefusal({ receiver: 'ssp-plus', birthDate: ADULT_BIRTH, consent: { ...OWN_CONSENT, givenBy: 'guardian' }, decidedOn: DAY })).toBe('consent-not-from-person');
    expect(referralRefusal({ receiver: 'ssp-plus', birthDate: ADULT_BIRTH, consent: OWN_CONSENT, decidedOn: DAY })).toBeNull();
    expect(referralRefusal({ receiver: 'ssp-plus', birthDate: CHILD_BIRTH, consent: { ...OWN_CONSENT, givenBy: 'guardian' }, decidedOn: DAY })).toBeNull();
  });

  it('refuses a consent dated after the decision, whoever receives', () => {
    const later = { ...OWN_CONSENT, givenOn: addDays(DAY, 1) };
    expect(referralRefusal({ receiver: 'ssp-plus', birthDate: ADULT_BIRTH, consent: later, decidedOn: DAY })).toBe('consent-after-decision');
    expect(referralRefusal({ receiver: 'ssp-u', birthDate: CHILD_BIRTH, consent: later, decidedOn: DAY })).toBe('consent-after-decision');
    expect(referralRefusal({ receiver: 'ssp-u', birthDate: CHILD_BIRTH, consent: { ...OWN_CONSENT, givenOn: DAY }, decidedOn: DAY })).toBeNull();
  });

  it('is answered once', () => {
    expect(answerRefusal('pending')).toBeNull();
    expect(answerRefusal('accepted')).toBe('already-answered');
    expect(answerRefusal('declined')).toBe('already-answered');
  });

  it('lets the receiving body answer, the Monday group and the coordination team read, and no one else near it', () => {
    expect(referralAccess(['ssp-u', 'netvaerk-langaa'], 'ssp-u')).toBe('answer');
    expect(referralAccess(['mandagsgruppen', 'ssp-u'], 'ssp-u')).toBe('answer');
    expect(referralAccess(['mandagsgruppen'], 'ssp-u')).toBe('read');
    expect(referralAccess(['koordinationsteam'], 'familieafdelingen')).toBe('read');
    expect(referralAccess(['ssp-plus'], 'ssp-u')).toBe('none');
    expect(referralAccess(['netvaerk-langaa'], 'ssp-plus')).toBe('none');
  });
});
