import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { BodyKind, BodyLevel } from './ssp-structure';
import { IsCalendarDay, PageDto, PageQuery, refusedWith, type Refusals } from '@ssp/platform';

const A_DAY = 'en dag, ÅÅÅÅ-MM-DD, i 2000-2099';

/** What a refused request about the SSP bodies and their members says: a stable code for programs, Danish for the person. */
export const BODY_REFUSALS = {
  bodyId: { code: 'body-id-invalid', message: 'bodyId skal være et organs id: 1 til 64 små bogstaver, cifre og bindestreger, fx netvaerk-randers-nv.' },
  notFound: { code: 'body-not-found', message: 'SSP-organet findes ikke. Kontrollér bodyId.' },
  personName: { code: 'membership-person-name-invalid', message: 'personName skal være en tekst på 1 til 200 tegn.' },
  email: { code: 'membership-email-invalid', message: 'email skal være en e-mailadresse på højst 320 tegn.' },
  organisation: { code: 'membership-organisation-invalid', message: 'organisation skal være en tekst på 1 til 200 tegn.' },
  role: { code: 'membership-role-invalid', message: 'role skal være en tekst på 1 til 100 tegn, fx member.' },
  validFrom: { code: 'membership-valid-from-invalid', message: `validFrom skal være ${A_DAY}.` },
  validTo: { code: 'membership-valid-to-invalid', message: `validTo skal være ${A_DAY}, eller null.` },
  periodBackwards: { code: 'membership-period-backwards', message: 'validTo må ikke ligge før validFrom.' },
  membersOn: { code: 'members-on-invalid', message: `on skal være ${A_DAY}.` },
  membersOnOtherDay: { code: 'members-other-day-forbidden', message: 'Kun sekretariatet kan se medlemmerne på en anden dag end i dag. Udelad on for at se dagens medlemmer.' },
} as const satisfies Refusals;

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
  @ApiProperty({ maxLength: 200 })
  @IsString(refusedWith(BODY_REFUSALS.personName))
  @IsNotEmpty(refusedWith(BODY_REFUSALS.personName))
  @MaxLength(200, refusedWith(BODY_REFUSALS.personName))
  personName!: string;

  @ApiProperty({ maxLength: 320 })
  @IsEmail({}, refusedWith(BODY_REFUSALS.email))
  @MaxLength(320, refusedWith(BODY_REFUSALS.email))
  email!: string;

  @ApiProperty({ maxLength: 200 })
  @IsString(refusedWith(BODY_REFUSALS.organisation))
  @IsNotEmpty(refusedWith(BODY_REFUSALS.organisation))
  @MaxLength(200, refusedWith(BODY_REFUSALS.organisation))
  organisation!: string;

  @ApiProperty({ maxLength: 100, example: 'member' })
  @IsString(refusedWith(BODY_REFUSALS.role))
  @IsNotEmpty(refusedWith(BODY_REFUSALS.role))
  @MaxLength(100, refusedWith(BODY_REFUSALS.role))
  role!: string;

  @ApiProperty({ format: 'date' }) @IsCalendarDay(refusedWith(BODY_REFUSALS.validFrom)) validFrom!: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsCalendarDay(refusedWith(BODY_REFUSALS.validTo))
  validTo?: string | null;
}

export class BodyParams {
  @ApiProperty({ example: 'netvaerk-randers-nv', pattern: '^[a-z0-9-]{1,64}$' })
  @Matches(/^[a-z0-9-]{1,64}$/, refusedWith(BODY_REFUSALS.bodyId))
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
  @IsCalendarDay(refusedWith(BODY_REFUSALS.membersOn))
  on?: string;
}
