import { IsDateString, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

/** What the Monday group can decide about a person of concern. */
export const DECISION_KINDS = ['no-action', 'concern-conversation', 'notify-family-department', 'referral', 'follow-up-next-meeting'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** The case states as case coordination names them (its state machine). */
export const CASE_STATE_NAMES = ['open', 'under-review', 'action-agreed', 'in-progress', 'closed'] as const;

/**
 * The Monday group (or the coordination team) reviewed a person and decided. Pseudonymous and
 * without free text: the decision's note stays in case coordination; a referral names the body
 * by its id.
 */
export class PersonReviewedV1 {
  @IsUUID()
  decisionId!: string;

  @IsUUID()
  caseId!: string;

  @Matches(/^[0-9a-f]{64}$/)
  personPseudonym!: string;

  @IsIn(DECISION_KINDS)
  decision!: DecisionKind;

  /** The id of the body the person is referred to; only for a referral. */
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/)
  referralBody?: string;

  /** The case's state after the decision. */
  @IsIn(CASE_STATE_NAMES)
  caseState!: (typeof CASE_STATE_NAMES)[number];

  @IsDateString({ strict: true })
  decidedAt!: string;

  /** The Monday-group meeting the decision was made at, when it was made on a meeting day. */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  meetingDate?: string;
}
