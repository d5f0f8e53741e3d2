import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_FORMS, REFERRAL_ANSWERS, REFERRAL_RECEIVERS, type ConsentForm, type ReferralAnswer, type ReferralReceiver } from '@ssp/contracts';
import { IsCalendarDay, PageDto, PageQuery, type Refusals, refusedWith } from '@ssp/platform';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ADULT_AGE, CONSENT_GIVERS, REFERRAL_STATUSES, type ConsentGiver, type ReferralStatus } from './referral-rules';

export const REFERRAL_REASON_MAX_LENGTH = 2000;
export const REFERRAL_ANSWER_NOTE_MAX_LENGTH = 2000;

const RECEIVERS_IN_DANISH = 'ssp-u (SSP-U), ssp-plus (SSP+) eller familieafdelingen (Familieafdelingen)';

/** What a refused referral, or a refused read or answer of one, says. */
export const REFERRAL_REFUSALS = {
  receiverNotAllowed: {
    code: 'referral-receiver-not-allowed',
    message: `En henvisning kan kun gå til ${RECEIVERS_IN_DANISH}. Vælg et af dem som referralBody.`,
  },
  reason: {
    code: 'referral-reason-invalid',
    message: `referralReason skal være en tekst på højst ${REFERRAL_REASON_MAX_LENGTH} tegn om, hvorfor personen henvises. En henvisning skal have en; den vises for det modtagende organ og slettes med personen.`,
  },
  consent: { code: 'referral-consent-invalid', message: 'consent skal være et objekt med givenBy (person eller guardian), givenOn (dato, ÅÅÅÅ-MM-DD) og form (written eller oral).' },
  consentGivenBy: { code: 'referral-consent-given-by-invalid', message: 'consent.givenBy skal være person (personen selv) eller guardian (forælder eller værge).' },
  consentGivenOn: { code: 'referral-consent-given-on-invalid', message: 'consent.givenOn skal være den dag, samtykket blev givet, som ÅÅÅÅ-MM-DD.' },
  consentForm: { code: 'referral-consent-form-invalid', message: 'consent.form skal være written (skriftligt) eller oral (mundtligt).' },
  consentRequired: {
    code: 'referral-consent-required',
    message: `En henvisning til SSP+ af en person på ${ADULT_AGE} år eller derover kræver personens eget samtykke. Registrér samtykket (consent: hvem, hvornår, hvordan). Kendes personens fødselsdato ikke, kræves samtykket også.`,
  },
  consentNotFromPerson: {
    code: 'referral-consent-not-from-person',
    message: `Personen er ${ADULT_AGE} år eller derover (eller alderen kendes ikke), så samtykket til en henvisning til SSP+ skal komme fra personen selv (consent.givenBy: person), ikke fra forældre eller værge.`,
  },
  consentAfterDecision: { code: 'referral-consent-after-decision', message: 'Samtykket kan ikke være givet senere end beslutningens dag. Kontrollér consent.givenOn.' },
  referralId: { code: 'referral-id-invalid', message: 'Henvisningens id i adressen skal være et UUID, som det står på henvisningen.' },
  notFound: { code: 'referral-not-found', message: 'Der er ingen henvisning med det id til et organ, du sidder i. Kontrollér henvisningens id.' },
  noReceivingBody: {
    code: 'referral-no-receiving-body',
    message: 'Henvisninger er for medlemmer af det modtagende organ (SSP-U, SSP+ eller Familieafdelingen) og for Mandagsgruppen og SSP-koordinationsteamet. Du sidder ikke i nogen af dem.',
  },
  notReceiver: { code: 'referral-answer-not-receiver', message: 'Kun medlemmer af det organ, personen er henvist til, kan tage imod eller afvise henvisningen.' },
  answer: { code: 'referral-answer-invalid', message: 'answer skal være accepted (taget imod) eller declined (afvist).' },
  answerNote: { code: 'referral-answer-note-invalid', message: `note skal være en tekst på højst ${REFERRAL_ANSWER_NOTE_MAX_LENGTH} tegn, hvis den er med.` },
  alreadyAnswered: { code: 'referral-already-answered', message: 'Henvisningen er allerede besvaret. Svaret kan ikke ændres.' },
  status: { code: 'referrals-status-invalid', message: `status skal være en af: ${REFERRAL_STATUSES.join(', ')}.` },
} as const satisfies Refusals;

/** A consent to a referral as the Monday group records it: who gave it, when and how. Who recorded it is the decision's maker. */
export class ConsentDto {
  @ApiProperty({ enum: CONSENT_GIVERS, description: 'person: the person themself (required from 18 for SSP+); guardian: a parent or guardian' })
  @IsIn(CONSENT_GIVERS, refusedWith(REFERRAL_REFUSALS.consentGivenBy))
  givenBy!: ConsentGiver;

  @ApiProperty({ format: 'date', description: 'The day the consent was given; not after the decision' })
  @IsCalendarDay(refusedWith(REFERRAL_REFUSALS.consentGivenOn))
  givenOn!: string;

  @ApiProperty({ enum: CONSENT_FORMS })
  @IsIn(CONSENT_FORMS, refusedWith(REFERRAL_REFUSALS.consentForm))
  form!: ConsentForm;
}

export class RecordedConsentDto extends ConsentDto {
  @ApiProperty({ example: 'forælder eller værge', description: 'Who consented, in Danish, for people' }) givenByText!: string;
  @ApiProperty({ example: 'skriftligt', description: 'How, in Danish, for people' }) formText!: string;
  @ApiProperty({ description: 'The sign-in subject of who recorded the consent (who made the decision)' }) recordedBy!: string;
}

export class ReferralParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, refusedWith(REFERRAL_REFUSALS.referralId))
  referralId!: string;
}

export class AnswerReferralDto {
  @ApiProperty({ enum: REFERRAL_ANSWERS })
  @IsIn(REFERRAL_ANSWERS, refusedWith(REFERRAL_REFUSALS.answer))
  answer!: ReferralAnswer;

  @ApiPropertyOptional({ maxLength: REFERRAL_ANSWER_NOTE_MAX_LENGTH, description: 'For the Monday group; erased with the person, never published' })
  @IsOptional()
  @IsString(refusedWith(REFERRAL_REFUSALS.answerNote))
  @MaxLength(REFERRAL_ANSWER_NOTE_MAX_LENGTH, refusedWith(REFERRAL_REFUSALS.answerNote))
  note?: string;
}

export class ReferralsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, description: 'Left out: every status' })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES, refusedWith(REFERRAL_REFUSALS.status))
  status?: ReferralStatus;
}

/** A referral as its status stands, without the person's identity or the free text: the lists. */
export class ReferralSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() personPseudonym!: string;
  @ApiProperty({ enum: REFERRAL_RECEIVERS }) receiverBody!: ReferralReceiver;
  @ApiProperty({ example: 'SSP-U (ungdomsuddannelserne)', description: 'The receiving body in Danish' }) receiverName!: string;
  @ApiProperty({ enum: REFERRAL_STATUSES }) status!: ReferralStatus;
  @ApiProperty({ example: 'venter på svar', description: 'The status in Danish, for people' }) statusText!: string;
  @ApiProperty({ description: 'The sign-in subject of who made the decision' }) referredBy!: string;
  @ApiProperty() referredAt!: string;
  @ApiProperty({ nullable: true, type: String }) answeredBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) answeredAt!: string | null;
}

export class ReferredPersonDto {
  @ApiProperty() pseudonym!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null when case coordination holds no readable identity (or the person is erased)' }) name!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) birthDate!: string | null;
}

/** What the receiving body needs of a referral, and no more: no incidents, notes or other decisions. */
export class ReferralDto extends ReferralSummaryDto {
  @ApiProperty({ type: ReferredPersonDto }) person!: ReferredPersonDto;
  @ApiProperty({ nullable: true, type: String, description: 'Why the Monday group refers the person; null once the person is erased' }) reason!: string | null;
  @ApiProperty({ nullable: true, type: RecordedConsentDto }) consent!: RecordedConsentDto | null;
  @ApiProperty({ nullable: true, type: String, description: "The receiving body's note to the Monday group; null once erased" }) answerNote!: string | null;
}

export class ReferralSummaryPageDto extends PageDto {
  @ApiProperty({ type: [ReferralSummaryDto], description: 'Oldest first' }) items!: ReferralSummaryDto[];
}

/** A person's referrals as the Monday group follows them: with the reason and the answer's note, not the identity. */
export class PersonReferralDto extends ReferralSummaryDto {
  @ApiProperty({ format: 'uuid' }) decisionId!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ nullable: true, type: RecordedConsentDto }) consent!: RecordedConsentDto | null;
  @ApiProperty({ nullable: true, type: String }) answerNote!: string | null;
}

export class PersonReferralPageDto extends PageDto {
  @ApiProperty({ type: [PersonReferralDto], description: 'Oldest first' }) items!: PersonReferralDto[];
}
