import { IsDateString, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/**
 * An intervention was agreed for a person of concern: who owns it (a body id, and the sign-in
 * subject of the registry person responsible) and its deadline. Published again, with the same
 * intervention id, when the responsible person changes: consumers that count assignments keep
 * the first. The title stays in case coordination.
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

  /**
   * The sign-in subject of the registry person responsible (a municipal employee, never the
   * child), whom network groups notify. Absent on interventions agreed before owners were
   * registry people, whose responsible was free text.
   */
  @IsOptional()
  @IsString()
  @MaxLength(256)
  ownerSubject?: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  deadline!: string;

  @IsDateString({ strict: true })
  assignedAt!: string;
}
