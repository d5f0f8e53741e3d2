import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { PageDto, refusedWith, type Refusals } from '@ssp/platform';
import { MembershipDto } from '../bodies/bodies.dto';

/** What a refused request about the registry's people says: a stable code for programs, Danish for the person. */
export const PEOPLE_REFUSALS = {
  personId: { code: 'person-id-invalid', message: 'personId i adressen skal være et UUID.' },
  notFound: { code: 'registry-person-not-found', message: 'Personen findes ikke i registret. Kontrollér personId.' },
  notLinked: { code: 'sign-in-not-linked', message: 'Ingen person i registret er knyttet til dit login endnu. Bed sekretariatet om at knytte det.' },
  subject: { code: 'person-subject-invalid', message: 'subject skal være 1 til 255 synlige tegn uden mellemrum, eller null for at fjerne koblingen til login.' },
  name: { code: 'person-name-invalid', message: 'name skal være en tekst på 1 til 200 tegn.' },
  email: { code: 'person-email-invalid', message: 'email skal være en e-mailadresse på højst 320 tegn.' },
  nothingToChange: { code: 'person-change-empty', message: 'Angiv mindst én af subject, name og email.' },
  subjectTaken: { code: 'person-subject-taken', message: 'subject er allerede knyttet til en anden person i registret.' },
  emailTaken: { code: 'person-email-taken', message: 'email tilhører allerede en anden person i registret.' },
} as const satisfies Refusals;

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
  @IsUUID('all', refusedWith(PEOPLE_REFUSALS.personId))
  personId!: string;
}

/** OIDC subjects are printable ASCII without spaces, at most 255 characters. */
const SUBJECT = /^[\x21-\x7e]{1,255}$/;

export class UpdatePersonDto {
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 255, description: "The sign-in to link (the token's `sub`); null unlinks" })
  @ValidateIf((request: UpdatePersonDto) => request.subject !== null && request.subject !== undefined)
  @IsString(refusedWith(PEOPLE_REFUSALS.subject))
  @Matches(SUBJECT, refusedWith(PEOPLE_REFUSALS.subject))
  subject?: string | null;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString(refusedWith(PEOPLE_REFUSALS.name))
  @IsNotEmpty(refusedWith(PEOPLE_REFUSALS.name))
  @MaxLength(200, refusedWith(PEOPLE_REFUSALS.name))
  name?: string;

  @ApiPropertyOptional({ maxLength: 320 })
  @IsOptional()
  @IsEmail({}, refusedWith(PEOPLE_REFUSALS.email))
  @MaxLength(320, refusedWith(PEOPLE_REFUSALS.email))
  email?: string;
}
