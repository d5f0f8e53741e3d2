import { IsDateString, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export const OPEN_INTERVENTION_STATUSES = ['agreed', 'in-progress'] as const;

/**
 * An intervention's deadline passed without it being completed. Published once per
 * intervention by case coordination's daily overdue job; the intervention also escalates to
 * the next Monday-group agenda.
 */
export class InterventionOverdueV1 {
  @IsUUID()
  interventionId!: string;

  @IsUUID()
  caseId!: string;

  @Matches(/^[0-9a-f]{64}$/)
  personPseudonym!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  ownerBody!: string;

  /** The sign-in subject of the registry person responsible, whom network groups tell; absent for interventions from before owners were registry people. */
  @IsOptional()
  @IsString()
  @MaxLength(256)
  ownerSubject?: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  deadline!: string;

  /** Its status when the deadline was found passed. */
  @IsIn(OPEN_INTERVENTION_STATUSES)
  status!: (typeof OPEN_INTERVENTION_STATUSES)[number];

  @IsDateString({ strict: true })
  reportedAt!: string;
}
