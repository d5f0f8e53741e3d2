import { IsBoolean, IsDateString, IsUUID, Matches } from 'class-validator';

/** A person of concern got a case, or a closed case was reopened by a new incident or by a decision of the Monday group. */
export class CaseOpenedV1 {
  @IsUUID()
  caseId!: string;

  @Matches(/^[0-9a-f]{64}$/)
  personPseudonym!: string;

  @IsBoolean()
  reopened!: boolean;

  @IsDateString({ strict: true })
  openedAt!: string;
}
