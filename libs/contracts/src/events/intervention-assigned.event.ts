import { IsDateString, IsUUID, Matches } from 'class-validator';

/**
 * An intervention was agreed for a person of concern: who owns it (a body id) and its deadline.
 * The title and the responsible person are free text and stay in case coordination.
 */
export class InterventionAssignedV1 {
  @IsUUID()
  interventionId!: string;

  @IsUUID()
  caseId!: string;

  @Matches(/^[0-9a-f]{64}$/)
  personPseudonym!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  ownerBody!: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  deadline!: string;

  @IsDateString({ strict: true })
  assignedAt!: string;
}
