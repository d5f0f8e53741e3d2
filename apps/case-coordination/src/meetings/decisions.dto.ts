import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DECISION_KINDS, type DecisionKind } from '@ssp/contracts';
import { PageDto, type Refusals, refusedWith } from '@ssp/platform';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { CASE_STATES } from '../domain';
import { PersonPageQuery, PersonParams } from '../persons/persons.controller';
import { REFERRAL_STATUSES, type ReferralStatus } from '../referrals/referral-rules';
import { ConsentDto, REFERRAL_REASON_MAX_LENGTH, REFERRAL_REFUSALS } from '../referrals/referrals.dto';
import { ASSESSMENT_CONCLUSIONS, type AssessmentConclusion, type AssessmentStatus } from './decision-rules';

/** Ids of bodies (SSP bodies, departments): lowercase letters, digits and hyphens, never free text. */
export const BODY_ID = /^[a-z0-9-]{1,64}$/;

export const DECISION_NOTE_MAX_LENGTH = 2000;

/** What a refused decision says. */
export const DECISION_REFUSALS = {
  kind: { code: 'decision-kind-unknown', message: `kind skal være en af: ${DECISION_KINDS.join(', ')}.` },
  referralBody: {
    code: 'decision-referral-body-invalid',
    message: "referralBody skal være id'et på det organ, personen henvises til: små bogstaver, tal og bindestreger, højst 64 tegn (fx ungdomsskolen). En henvisning (kind referral) skal have et.",
  },
  referralBodyNotAllowed: { code: 'decision-referral-body-not-allowed', message: 'referralBody hører kun til en henvisning (kind referral). Udelad referralBody, eller vælg referral.' },
  referralDetailsNotAllowed: {
    code: 'decision-referral-details-not-allowed',
    message: 'referralReason og consent hører kun til en henvisning (kind referral). Udelad dem, eller vælg referral.',
  },
  note: { code: 'decision-note-invalid', message: `note skal være en tekst på højst ${DECISION_NOTE_MAX_LENGTH} tegn, hvis den er med.` },
  decisionId: { code: 'decision-id-invalid', message: 'Beslutningens id i adressen skal være et UUID, som det står på beslutningen.' },
  notFound: { code: 'decision-not-found', message: 'Personen har ingen beslutning med det id. Kontrollér personens pseudonym og beslutningens id.' },
  conclusion: { code: 'assessment-conclusion-unknown', message: `conclusion skal være en af: ${ASSESSMENT_CONCLUSIONS.join(', ')}.` },
  assessmentNotAsked: { code: 'assessment-not-asked', message: 'Beslutningen er ikke en underretning til familieafdelingen, så der er ingen 24-timers vurdering at registrere.' },
  clockStatus: { code: 'assessments-status-invalid', message: 'status skal være en af: pending, overdue, answered.' },
  assessmentAnswered: { code: 'assessment-already-recorded', message: 'Familieafdelingens vurdering af underretningen er allerede registreret. Den kan ikke ændres.' },
} as const satisfies Refusals;

export class CreateDecisionDto {
  @ApiProperty({ enum: DECISION_KINDS })
  @IsIn(DECISION_KINDS, refusedWith(DECISION_REFUSALS.kind))
  kind!: DecisionKind;

  @ApiPropertyOptional({
    pattern: BODY_ID.source,
    example: 'ssp-u',
    description: 'The body the person is referred to: ssp-u, ssp-plus or familieafdelingen (`referral-receiver-not-allowed` otherwise); required for a referral, refused otherwise',
  })
  @ValidateIf((decision: CreateDecisionDto) => decision.kind === 'referral' || decision.referralBody !== undefined)
  @Matches(BODY_ID, refusedWith(DECISION_REFUSALS.referralBody))
  referralBody?: string;

  @ApiPropertyOptional({ maxLength: REFERRAL_REASON_MAX_LENGTH, description: 'Why the person is referred, for the receiving body; required for a referral, refused otherwise; erased with the person, never published' })
  @ValidateIf((decision: CreateDecisionDto) => decision.kind === 'referral' || decision.referralReason !== undefined)
  @IsString(refusedWith(REFERRAL_REFUSALS.reason))
  @Matches(/\S/, refusedWith(REFERRAL_REFUSALS.reason))
  @MaxLength(REFERRAL_REASON_MAX_LENGTH, refusedWith(REFERRAL_REFUSALS.reason))
  referralReason?: string;

  @ApiPropertyOptional({ type: ConsentDto, description: "The person's consent to the referral: required for SSP+ from 18 (and where the birth date is unknown), recorded for any receiver when given" })
  @IsOptional()
  @ValidateNested(refusedWith(REFERRAL_REFUSALS.consent))
  @Type(() => ConsentDto)
  consent?: ConsentDto;

  @ApiPropertyOptional({ maxLength: DECISION_NOTE_MAX_LENGTH, description: 'Free text for the minutes; erased with the person, never published' })
  @IsOptional()
  @IsString(refusedWith(DECISION_REFUSALS.note))
  @MaxLength(DECISION_NOTE_MAX_LENGTH, refusedWith(DECISION_REFUSALS.note))
  note?: string;
}

export class AssessmentDto {
  @ApiProperty({ description: '24 hours after the notification' }) dueAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'When the family department recorded its assessment' }) answeredAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The sign-in subject of who recorded it' }) answeredBy!: string | null;
  @ApiProperty({ enum: ASSESSMENT_CONCLUSIONS, nullable: true, description: 'Stable code of the conclusion; null while unanswered (and on answers from before conclusions were recorded)' })
  conclusion!: AssessmentConclusion | null;
  @ApiProperty({ nullable: true, type: String, description: 'The conclusion in Danish, for people' }) conclusionText!: string | null;
  @ApiProperty({ enum: ['pending', 'answered', 'overdue'] }) status!: AssessmentStatus;
  @ApiProperty({ example: 'løber', description: 'The status in Danish, for people' }) statusText!: string;
}

/** The family department's assessment of a notification within 24 hours. */
export class RecordAssessmentDto {
  @ApiProperty({ enum: ASSESSMENT_CONCLUSIONS })
  @IsIn(ASSESSMENT_CONCLUSIONS, refusedWith(DECISION_REFUSALS.conclusion))
  conclusion!: AssessmentConclusion;
}

export class DecisionParams extends PersonParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, refusedWith(DECISION_REFUSALS.decisionId))
  decisionId!: string;
}

/** The referral a decision of kind `referral` made, as it stands. */
export class DecisionReferralDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REFERRAL_STATUSES, description: "The receiving body's answer: pending until it accepts or declines" }) status!: ReferralStatus;
  @ApiProperty({ example: 'venter på svar', description: 'The status in Danish, for people' }) statusText!: string;
}

export class DecisionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() personPseudonym!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: DECISION_KINDS }) kind!: DecisionKind;
  @ApiProperty({ example: 'Bekymringssamtale', description: 'The kind in Danish, for people' }) kindText!: string;
  @ApiProperty({ nullable: true, type: String, description: "The receiving body's id (kind referral)" }) referralBody!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'SSP-U (ungdomsuddannelserne)', description: 'The receiving body in Danish' }) referralBodyName!: string | null;
  @ApiProperty({ nullable: true, type: DecisionReferralDto, description: 'The referral the decision made (kind referral), with its status' }) referral!: DecisionReferralDto | null;
  @ApiProperty({ nullable: true, type: String, description: 'Null once the person is erased' }) note!: string | null;
  @ApiProperty({ enum: CASE_STATES, description: "The case's state after the decision" }) caseState!: string;
  @ApiProperty({ example: 'indsats aftalt', description: 'The same in Danish, for people' }) caseStateText!: string;
  @ApiProperty() decidedBy!: string;
  @ApiProperty() decidedAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) meetingDate!: string | null;
  @ApiProperty({ nullable: true, type: AssessmentDto, description: "The family department's 24-hour assessment, after a notification" })
  familyDepartmentAssessment!: AssessmentDto | null;
}

export class DecisionPageDto extends PageDto {
  @ApiProperty({ type: [DecisionDto], description: 'Oldest first' }) items!: DecisionDto[];
}

/** A notification's 24-hour clock in the family department's list: whose, since when, due when, answered or not. */
export class NotificationClockDto extends AssessmentDto {
  @ApiProperty({ format: 'uuid' }) decisionId!: string;
  @ApiProperty() personPseudonym!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ description: 'When the Monday group decided to notify' }) decidedAt!: string;
  @ApiProperty({ example: 'familieafdelingen', description: 'The body that must answer: the family department' }) answerBy!: string;
  @ApiProperty({ example: 'Familieafdelingen', description: 'The same in Danish, for people' }) answerByName!: string;
}

export class AssessmentClockPageDto extends PageDto {
  @ApiProperty({ type: [NotificationClockDto], description: 'By when the clock runs out, then id' }) items!: NotificationClockDto[];
}

export class AssessmentClocksQuery extends PersonPageQuery {
  @ApiPropertyOptional({ enum: ['pending', 'overdue', 'answered'], description: 'Left out: every unanswered one (pending and overdue)' })
  @IsOptional()
  @IsIn(['pending', 'overdue', 'answered'], refusedWith(DECISION_REFUSALS.clockStatus))
  status?: AssessmentStatus;
}
