import { IsDateString, IsUUID, Matches } from 'class-validator';

/** An intervention was completed; its outcome is free text and stays in case coordination. */
export class InterventionCompletedV1 {
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
  completedAt!: string;
}
