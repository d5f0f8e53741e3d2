import { IsDateString, IsIn, IsUUID, Matches } from 'class-validator';

/** The case-state events that close a case. */
export const CASE_CLOSE_REASONS = ['decision-no-action', 'all-interventions-completed', 'close'] as const;
export type CaseCloseReason = (typeof CASE_CLOSE_REASONS)[number];

/** A person's case was closed: the group decided no action, or every intervention was completed. */
export class CaseClosedV1 {
  @IsUUID()
  caseId!: string;

  @Matches(/^[0-9a-f]{64}$/)
  personPseudonym!: string;

  @IsIn(CASE_CLOSE_REASONS)
  reason!: CaseCloseReason;

  @IsDateString({ strict: true })
  closedAt!: string;
}
