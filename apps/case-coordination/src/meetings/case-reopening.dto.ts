import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CASE_STATES, type CaseState } from '../domain';
import { REOPEN_REASON_CODES, type ReopenReason } from './reopen-rules';
import { refusedWith, type Refusals } from '@ssp/platform';

export const NOTE_MAX_LENGTH = 1_000;

/** What a refused reopening says: a stable code for programs, Danish for the person. */
export const REOPEN_REFUSALS = {
  reason: { code: 'reopen-reason-unknown', message: `reason skal være en af: ${REOPEN_REASON_CODES.join(', ')}.` },
  note: { code: 'reopen-note-invalid', message: `note skal være en tekst på 1 til ${NOTE_MAX_LENGTH} tegn, hvis den er med.` },
} as const satisfies Refusals;

export class ReopenCaseDto {
  @ApiProperty({ enum: REOPEN_REASON_CODES, description: 'Why the group reopens the case' })
  @IsIn(REOPEN_REASON_CODES, refusedWith(REOPEN_REFUSALS.reason))
  reason!: ReopenReason;

  @ApiPropertyOptional({ maxLength: NOTE_MAX_LENGTH, description: 'What the group wrote; stays in case coordination, on no topic, and goes with the person at erasure' })
  @IsOptional()
  @IsString(refusedWith(REOPEN_REFUSALS.note))
  @MinLength(1, refusedWith(REOPEN_REFUSALS.note))
  @MaxLength(NOTE_MAX_LENGTH, refusedWith(REOPEN_REFUSALS.note))
  note?: string;
}

export class CaseReopeningDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() personPseudonym!: string;
  @ApiProperty({ enum: CASE_STATES, example: 'under-review', description: 'Stable code: the case is back under review, the person on the next agenda' }) caseState!: CaseState;
  @ApiProperty({ example: 'til behandling' }) caseStateText!: string;
  @ApiProperty({ enum: REOPEN_REASON_CODES }) reason!: ReopenReason;
  @ApiProperty({ example: 'bekymringen består', description: 'The reason in Danish, for people' }) reasonText!: string;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() reopenedBy!: string;
  @ApiProperty({ format: 'date-time' }) reopenedAt!: string;
}
