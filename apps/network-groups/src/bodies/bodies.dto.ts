import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { BodyKind, BodyLevel } from './ssp-structure';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export class BodyDto {
  @ApiProperty({ example: 'netvaerk-randers-nv' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: BodyKind }) kind!: BodyKind;
  @ApiProperty({ enum: BodyLevel }) level!: BodyLevel;
  @ApiProperty({ nullable: true, type: String, description: 'The local area of a network group' }) areaId!: string | null;
}

export class MembershipDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() bodyId!: string;
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() personName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ description: 'The home organisation the member links back to ("bagland")' }) organisation!: string;
  @ApiProperty({ example: 'member' }) role!: string;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) validTo!: string | null;
}

export class AddMembershipDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @IsNotEmpty() @MaxLength(200) personName!: string;
  @ApiProperty({ maxLength: 320 }) @IsEmail() @MaxLength(320) email!: string;
  @ApiProperty({ maxLength: 200 }) @IsString() @IsNotEmpty() @MaxLength(200) organisation!: string;
  @ApiProperty({ maxLength: 100, example: 'member' }) @IsString() @IsNotEmpty() @MaxLength(100) role!: string;
  @ApiProperty({ format: 'date' }) @Matches(ISO_DAY, { message: 'validFrom must be a day, YYYY-MM-DD' }) @IsISO8601({ strict: true }) validFrom!: string;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @Matches(ISO_DAY, { message: 'validTo must be a day, YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  validTo?: string | null;
}

export class BodyParams {
  @ApiProperty({ example: 'netvaerk-randers-nv', pattern: '^[a-z0-9-]{1,64}$' })
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'bodyId must be a body id: lowercase letters, digits and hyphens' })
  bodyId!: string;
}

export class MembersQuery {
  @ApiPropertyOptional({ format: 'date', description: 'Members on this day; today if left out' })
  @IsOptional()
  @Matches(ISO_DAY, { message: 'on must be a day, YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  on?: string;
}
