import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { BodyKind, BodyLevel } from './ssp-structure';
import { IsCalendarDay, PageDto, PageQuery } from '@ssp/platform';


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
  @ApiProperty({ format: 'date' }) @IsCalendarDay() validFrom!: string;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsCalendarDay()
  validTo?: string | null;
}

export class BodyParams {
  @ApiProperty({ example: 'netvaerk-randers-nv', pattern: '^[a-z0-9-]{1,64}$' })
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'bodyId must be a body id: lowercase letters, digits and hyphens' })
  bodyId!: string;
}

export class BodyPageDto extends PageDto {
  @ApiProperty({ type: [BodyDto], description: 'By level, then id' }) items!: BodyDto[];
}

export class MembershipPageDto extends PageDto {
  @ApiProperty({ type: [MembershipDto], description: "By the member's name, then the membership's first day" }) items!: MembershipDto[];
}

export class MembersQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'date', description: 'Members on this day; today if left out' })
  @IsOptional()
  @IsCalendarDay()
  on?: string;
}
