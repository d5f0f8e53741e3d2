import { IsDateString, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

/** The bodies the Monday group may refer a person to: SSP-U, SSP+ and the family department (network groups' registry ids). */
export const REFERRAL_RECEIVERS = ['ssp-u', 'ssp-plus', 'familieafdelingen'] as const;
export type ReferralReceiver = (typeof REFERRAL_RECEIVERS)[number];

/** The receivers' names in Danish, as the registry names the bodies. */
export const REFERRAL_RECEIVER_NAMES: Readonly<Record<ReferralReceiver, string>> = {
  'ssp-u': 'SSP-U (ungdomsuddannelserne)',
  'ssp-plus': 'SSP+ (over 18 år)',
  familieafdelingen: 'Familieafdelingen',
};

/** How a person's consent to a referral was given. */
export const CONSENT_FORMS = ['written', 'oral'] as const;
export type ConsentForm = (typeof CONSENT_FORMS)[number];

/** What the receiving body answers. */
export const REFERRAL_ANSWERS = ['accepted', 'declined'] as const;
export type ReferralAnswer = (typeof REFERRAL_ANSWERS)[number];

/**
 * The Monday group referred a person to a receiving body by a decision. Pseudonymous and without
 * free text: the reason stays in case coordination, where the receiving body reads it; the
 * consent is told only as its form.
 */
export class ReferralMadeV1 {
  @IsUUID()
  referralId!: string;

  @IsUUID()
  decisionId!: string;

  @IsUUID()
  caseId!: string;

  @Matches(/^[0-9a-f]{64}$/)
  personPseudonym!: string;

  @IsIn(REFERRAL_RECEIVERS)
  receiverBody!: ReferralReceiver;

  /** How the person consented, when a consent was recorded. */
  @IsOptional()
  @IsIn(CONSENT_FORMS)
  consentForm?: ConsentForm;

  @IsDateString({ strict: true })
  referredAt!: string;
}

/** The receiving body accepted or declined a referral. Its note stays in case coordination. */
export class ReferralAnsweredV1 {
  @IsUUID()
  referralId!: string;

  @IsUUID()
  caseId!: string;

  @Matches(/^[0-9a-f]{64}$/)
  personPseudonym!: string;

  @IsIn(REFERRAL_RECEIVERS)
  receiverBody!: ReferralReceiver;

  @IsIn(REFERRAL_ANSWERS)
  answer!: ReferralAnswer;

  @IsDateString({ strict: true })
  answeredAt!: string;
}
