import { IsDateString, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/**
 * An open intervention's deadline is near: case coordination's daily job reminds its owner
 * INTERVENTION_DUE_SOON_DAYS Copenhagen days before the deadline, once per intervention.
 * Pseudonymous: no title, no names; the owner by sign-in subject, whom network groups notify.
 */
export class InterventionDueSoonV1 {
  @IsUUID()
  interventionId!: string;

  @IsUUID()
  caseId!: string;

  @Matches(/^[0-9a-f]{64}$/)
  personPseudonym!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  ownerBody!: string;

  /** The sign-in subject of the registry person responsible (a municipal employee). */
  @IsString()
  @MaxLength(256)
  ownerSubject!: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  deadline!: string;

  @IsDateString({ strict: true })
  remindedAt!: string;
}
