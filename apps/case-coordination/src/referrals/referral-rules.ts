import { REFERRAL_RECEIVER_NAMES, REFERRAL_RECEIVERS, type ConsentForm, type ReferralReceiver } from '@ssp/contracts';
import { PERSON_DATA_GROUPS } from '@ssp/platform';

/** From this age SSP+ receives a person only with their recorded consent. */
export const ADULT_AGE = 18;

/** Who consented to a referral: the person, or (for a child) a guardian. */
export const CONSENT_GIVERS = ['person', 'guardian'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

export const REFERRAL_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** A referral's status in Danish, for people. */
export const REFERRAL_STATUS_LABELS: Readonly<Record<ReferralStatus, string>> = {
  pending: 'venter på svar',
  accepted: 'taget imod',
  declined: 'afvist',
};

export const CONSENT_GIVER_LABELS: Readonly<Record<ConsentGiver, string>> = {
  person: 'personen selv',
  guardian: 'forælder eller værge',
};

export const CONSENT_FORM_LABELS: Readonly<Record<ConsentForm, string>> = {
  written: 'skriftligt',
  oral: 'mundtligt',
};

/** A body a person was referred to, by its Danish name; a body from before the receivers were fixed is named by its id. */
export function referralBodyName(body: string): string {
  return isReferralReceiver(body) ? REFERRAL_RECEIVER_NAMES[body] : body;
}

export interface Consent {
  givenBy: ConsentGiver;
  /** YYYY-MM-DD */
  givenOn: string;
}

export function isReferralReceiver(body: string): body is ReferralReceiver {
  return (REFERRAL_RECEIVERS as readonly string[]).includes(body);
}

/** Whole years from `birthDate` to `day` (both YYYY-MM-DD); born 29 February, one is a year older on 1 March. */
export function ageOn(birthDate: string, day: string): number {
  const [birthYear, birthMonthDay] = [Number(birthDate.slice(0, 4)), birthDate.slice(5)];
  const [year, monthDay] = [Number(day.slice(0, 4)), day.slice(5)];
  return year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
}

/**
 * SSP+ takes a person of 18 or more only with their own consent. Where case coordination holds
 * no birth date (no identity, or one that cannot be read), the person may be an adult, so the
 * consent is needed too.
 */
export function consentRequired(receiver: ReferralReceiver, birthDate: string | null, decidedOn: string): boolean {
  return receiver === 'ssp-plus' && (birthDate === null || ageOn(birthDate, decidedOn) >= ADULT_AGE);
}

export type ReferralRefusal = 'receiver-not-allowed' | 'consent-required' | 'consent-not-from-person' | 'consent-after-decision';

/**
 * Why a referral to `receiver` cannot be made on `decidedOn`, or null when it can: the receiver
 * must be SSP-U, SSP+ or the family department; where a consent is required it must be there and
 * the person's own; a consent cannot be dated after the decision.
 */
export function referralRefusal(referral: { receiver: string; birthDate: string | null; consent: Consent | null; decidedOn: string }): ReferralRefusal | null {
  if (!isReferralReceiver(referral.receiver)) return 'receiver-not-allowed';
  if (referral.consent !== null && referral.consent.givenOn > referral.decidedOn) return 'consent-after-decision';
  if (!consentRequired(referral.receiver, referral.birthDate, referral.decidedOn)) return null;
  if (referral.consent === null) return 'consent-required';
  return referral.consent.givenBy === 'person' ? null : 'consent-not-from-person';
}

/** A referral is answered once: accepted or declined, never changed. */
export function answerRefusal(status: ReferralStatus): 'already-answered' | null {
  return status === 'pending' ? null : 'already-answered';
}

/** The Monday group and the coordination team read every referral (they make them and follow them up); they answer none unless they sit in the receiving body. */
export function readsEveryReferral(bodies: readonly string[]): boolean {
  return bodies.some((body) => PERSON_DATA_GROUPS.includes(body));
}

/** The receiving bodies the caller sits in. */
export function receivingBodiesOf(bodies: readonly string[]): ReferralReceiver[] {
  return bodies.filter(isReferralReceiver);
}

export type ReferralAccess = 'answer' | 'read' | 'none';

/** What a caller sitting in `bodies` may do with a referral to `receiver`: its members answer, the Monday group and the coordination team read. */
export function referralAccess(bodies: readonly string[], receiver: ReferralReceiver): ReferralAccess {
  if (bodies.includes(receiver)) return 'answer';
  return readsEveryReferral(bodies) ? 'read' : 'none';
}
