import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INITIATIVE_KINDS, type InitiativeKind } from '@ssp/contracts';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { AREA_ID } from '../area-signals/area-signals.dto';
import { INITIATIVE_STATUSES, type InitiativeStatus } from './initiative-status';
import { IsCalendarDay, NoCprNumber, PageDto, PageQuery } from '@ssp/platform';

const BODY_ID = /^[a-z0-9-]{1,64}$/;
const SOMETHING = /\S/;

export class CreateInitiativeDto {
  @ApiProperty({ enum: INITIATIVE_KINDS })
  @IsIn(INITIATIVE_KINDS, { message: `kind must be one of ${INITIATIVE_KINDS.join(', ')}` })
  kind!: InitiativeKind;

  @ApiProperty({ maxLength: 200, example: 'Kursus om digital dannelse for 7. klasser' })
  @IsString()
  @MaxLength(200)
  @Matches(SOMETHING, { message: 'title must not be empty' })
  @NoCprNumber()
  title!: string;

  @ApiPropertyOptional({ maxLength: 4000, description: 'What it is and for whom; never about named young people' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  @NoCprNumber()
  description?: string;

  @ApiProperty({ type: [String], maxItems: 100, example: ['netvaerk-randers-nv'], description: 'The SSP bodies it is for or run by, by id' })
  @IsArray({ message: 'bodyIds must be a list of body ids' })
  @ArrayMaxSize(100)
  @Matches(BODY_ID, { each: true, message: 'bodyIds must hold body ids: lowercase letters, digits and hyphens' })
  bodyIds!: string[];

  @ApiProperty({ type: [String], maxItems: 100, example: ['randers-nv'], description: 'The local areas it is for, by id' })
  @IsArray({ message: 'areaIds must be a list of area ids' })
  @ArrayMaxSize(100)
  @Matches(AREA_ID, { each: true, message: 'areaIds must hold area ids: lowercase letters, digits and hyphens' })
  areaIds!: string[];

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDay()
  startsOn?: string;

  @ApiPropertyOptional({ format: 'date', description: 'On or after startsOn' })
  @IsOptional()
  @IsCalendarDay()
  endsOn?: string;
}

export class ChangeInitiativeStatusDto {
  @ApiProperty({ enum: INITIATIVE_STATUSES, description: 'planned → launched → completed; planned or launched → cancelled' })
  @IsIn(INITIATIVE_STATUSES, { message: `status must be one of ${INITIATIVE_STATUSES.join(', ')}` })
  status!: InitiativeStatus;
}

export class InitiativeParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'initiativeId must be a UUID' })
  initiativeId!: string;
}

export class InitiativesQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'netvaerk-randers-nv', description: 'Only initiatives linked to this body' })
  @IsOptional()
  @Matches(BODY_ID, { message: 'bodyId must be a body id: lowercase letters, digits and hyphens' })
  bodyId?: string;

  @ApiPropertyOptional({ example: 'randers-nv', description: 'Only initiatives linked to this area' })
  @IsOptional()
  @Matches(AREA_ID, { message: 'areaId must be an area id: lowercase letters, digits and hyphens' })
  areaId?: string;

  @ApiPropertyOptional({ enum: INITIATIVE_STATUSES })
  @IsOptional()
  @IsIn(INITIATIVE_STATUSES, { message: `status must be one of ${INITIATIVE_STATUSES.join(', ')}` })
  status?: InitiativeStatus;

  @ApiPropertyOptional({ enum: INITIATIVE_KINDS })
  @IsOptional()
  @IsIn(INITIATIVE_KINDS, { message: `kind must be one of ${INITIATIVE_KINDS.join(', ')}` })
  kind?: InitiativeKind;
}

export class InitiativeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: INITIATIVE_KINDS }) kind!: InitiativeKind;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ enum: INITIATIVE_STATUSES }) status!: InitiativeStatus;
  @ApiProperty({ type: [String] }) bodyIds!: string[];
  @ApiProperty({ type: [String] }) areaIds!: string[];
  @ApiProperty({ format: 'date', nullable: true, type: String }) startsOn!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) endsOn!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) launchedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) cancelledAt!: string | null;
}

export class InitiativePageDto extends PageDto {
  @ApiProperty({ type: [InitiativeDto], description: 'Newest first' }) items!: InitiativeDto[];
}
