import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CASE_STATES, INTERVENTION_STATUSES, type InterventionStatus } from '../domain';
import { BODY_ID } from '../meetings/decisions.dto';

const SOMETHING = /\S/;

export class CreateInterventionDto {
  @ApiProperty({ maxLength: 200, example: 'Samtale med den unge og forældrene' })
  @IsString()
  @MaxLength(200)
  @Matches(SOMETHING, { message: 'title must not be empty' })
  title!: string;

  @ApiProperty({ pattern: BODY_ID.source, example: 'familieafdelingen', description: 'The body that owns the intervention, by id' })
  @Matches(BODY_ID, { message: 'ownerBody must be a body id: lowercase letters, digits and hyphens' })
  ownerBody!: string;

  @ApiProperty({ maxLength: 200, description: 'The responsible person' })
  @IsString()
  @MaxLength(200)
  @Matches(SOMETHING, { message: 'responsible must not be empty' })
  responsible!: string;

  @ApiProperty({ format: 'date', description: 'Today (Copenhagen) or later' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'deadline must be a day, YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  deadline!: string;
}

export const STATUS_UPDATES = ['in-progress', 'completed'] as const;

export class UpdateInterventionDto {
  @ApiProperty({ enum: STATUS_UPDATES })
  @IsIn(STATUS_UPDATES)
  status!: (typeof STATUS_UPDATES)[number];

  @ApiPropertyOptional({ maxLength: 4000, description: 'What came of it; erased with the person, never published' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  outcome?: string;
}

export class InterventionParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class InterventionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() personPseudonym!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() ownerBody!: string;
  @ApiProperty() responsible!: string;
  @ApiProperty({ format: 'date' }) deadline!: string;
  @ApiProperty({ enum: INTERVENTION_STATUSES }) status!: InterventionStatus;
  @ApiProperty({ nullable: true, type: String }) outcome!: string | null;
  @ApiProperty() assignedAt!: string;
  @ApiProperty({ nullable: true, type: String }) startedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ enum: CASE_STATES, description: "The case's state after the change" }) caseState!: string;
}
