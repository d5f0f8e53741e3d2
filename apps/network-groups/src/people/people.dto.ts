import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { PageDto } from '@ssp/platform';
import { MembershipDto } from '../bodies/bodies.dto';

export class PersonSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
}

export class PersonPageDto extends PageDto {
  @ApiProperty({ type: [PersonSummaryDto], description: 'By name, in any case' }) items!: PersonSummaryDto[];
}

export class PersonDto extends PersonSummaryDto {
  @ApiProperty({ description: 'Whether a sign-in (the token subject) is linked to the person' }) signInLinked!: boolean;
  @ApiPropertyOptional({ description: 'The linked sign-in subject; only for the secretariat and the person themself' }) subject?: string;
  @ApiProperty({ type: [MembershipDto], description: 'Past and current memberships the caller may see: all for the secretariat and oneself, the shared bodies for a colleague' })
  memberships!: MembershipDto[];
}

export class PersonParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'personId must be a UUID' })
  personId!: string;
}

/** OIDC subjects are printable ASCII without spaces, at most 255 characters. */
const SUBJECT = /^[\x21-\x7e]{1,255}$/;

export class UpdatePersonDto {
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 255, description: "The sign-in to link (the token's `sub`); null unlinks" })
  @ValidateIf((request: UpdatePersonDto) => request.subject !== null && request.subject !== undefined)
  @IsString()
  @Matches(SUBJECT, { message: 'subject must be 1 to 255 printable characters without spaces' })
  subject?: string | null;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 320 })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string;
}
