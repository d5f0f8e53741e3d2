import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { BodyKind, BodyLevel } from './ssp-structure';
import { CALENDAR_DAY_DA, IsCalendarDay, PageDto, PageQuery, type Refusals, refusedWith } from '@ssp/platform';


/** What a refused request about the SSP bodies and their members says: a stable code for programs, Danish for the person. */
export const BODY_REFUSALS = {
  bodyId: { code: 'body-id-invalid', message: 'bodyId skal være et organs id: 1 til 64 små bogstaver, cifre og bindestreger, fx netvaerk-randers-nv.' },
  notFound: { code: 'body-not-found', message: 'SSP-organet findes ikke. Kontrollér bodyId.' },
  personName: { code: 'membership-person-name-invalid', message: 'personName skal være en tekst på 1 til 200 tegn.' },
  email: { code: 'membership-email-invalid', message: 'email skal være en e-mailadresse på højst 320 tegn.' },
  organisation: { code: 'membership-organisation-invalid', message: 'organisation skal være en tekst på 1 til 200 tegn.' },
  role: { code: 'membership-role-invalid', message: 'role skal være en tekst på 1 til 100 tegn, fx member.' },
  validFrom: { code: 'membership-valid-from-invalid', message: `validFrom skal være ${CALENDAR_DAY_DA}.` },
  validTo: { code: 'membership-valid-to-invalid', message: `validTo skal være ${CALENDAR_DAY_DA}, eller null.` },
  periodBackwards: { code: 'membership-period-backwards', message: 'validTo må ikke ligge før validFrom.' },
  membersOn: { code: 'members-on-invalid', message: `on skal være ${CALENDAR_DAY_DA}.` },
  newBodyId: { code: 'body-new-id-invalid', message: 'id skal være 3 til 64 små bogstaver, cifre og bindestreger og begynde med et bogstav, fx adhoc-sommerferie-2027.' },
  name: { code: 'body-name-invalid', message: 'name skal være gruppens navn: en tekst på 1 til 200 tegn.' },
  endsOn: { code: 'body-ends-on-invalid', message: `endsOn skal være gruppens sidste dag, ${CALENDAR_DAY_DA}.` },
  endsOnPast: { code: 'body-ends-on-past', message: 'endsOn ligger før i dag. En ad hoc-gruppe oprettes til en opgave, der ikke er slut endnu.' },
  bodyIdTaken: { code: 'body-id-taken', message: 'Der findes allerede et organ med dette id. Vælg et andet.' },
  membershipId: { code: 'membership-id-invalid', message: "membershipId skal være et medlemskabs id (et UUID)." },
  membershipNotFound: { code: 'membership-not-found', message: 'Medlemskabet findes ikke i dette organ. Kontrollér bodyId og membershipId.' },
  membershipAfterBodyEnd: { code: 'membership-after-body-end', message: 'validTo ligger efter gruppens sidste dag (endsOn). Et medlemskab af en ad hoc-gruppe slutter senest med gruppen.' },
  membershipChangeEmpty: { code: 'membership-change-empty', message: 'Angiv mindst ét af role, validFrom og validTo.' },
  membersOnOtherDay: { code: 'members-other-day-forbidden', message: 'Kun sekretariatet kan se medlemmerne på en anden dag end i dag. Udelad on for at se dagens medlemmer.' },
} as const satisfies Refusals;

export class BodyDto {
  @ApiProperty({ example: 'netvaerk-randers-nv' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: BodyKind }) kind!: BodyKind;
  @ApiProperty({ enum: BodyLevel }) level!: BodyLevel;
  @ApiProperty({ nullable: true, type: String, description: 'The local area of a network group' }) areaId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'The last day of an ad-hoc group; null for a standing body' }) endsOn!: string | null;
}

/** An ad-hoc group for a task, with its last day (the seeds: "ad hoc-grupper"); the standing bodies come with the suite. */
export class CreateBodyDto {
  @ApiProperty({ pattern: '^[a-z][a-z0-9-]{2,63}$', example: 'adhoc-sommerferie-2027' })
  @Matches(/^[a-z][a-z0-9-]{2,63}$/, refusedWith(BODY_REFUSALS.newBodyId))
  id!: string;

  @ApiProperty({ maxLength: 200, example: 'Ad hoc-gruppe om sommerferien 2027' })
  @IsString(refusedWith(BODY_REFUSALS.name))
  @Matches(/\S/, refusedWith(BODY_REFUSALS.name))
  @MaxLength(200, refusedWith(BODY_REFUSALS.name))
  name!: string;

  @ApiProperty({ format: 'date', description: "The group's last day; its memberships end then at the latest" })
  @IsCalendarDay(refusedWith(BODY_REFUSALS.endsOn))
  endsOn!: string;
}

/** What the secretariat changes of a membership: its role, its first day, or its last (null: open-ended). Ending one is setting `validTo`. */
export class ChangeMembershipDto {
  @ApiPropertyOptional({ maxLength: 100, example: 'chair' })
  @ValidateIf((change: ChangeMembershipDto) => change.role !== undefined)
  @IsString(refusedWith(BODY_REFUSALS.role))
  @IsNotEmpty(refusedWith(BODY_REFUSALS.role))
  @MaxLength(100, refusedWith(BODY_REFUSALS.role))
  role?: string;

  @ApiPropertyOptional({ format: 'date' })
  @ValidateIf((change: ChangeMembershipDto) => change.validFrom !== undefined)
  @IsCalendarDay(refusedWith(BODY_REFUSALS.validFrom))
  validFrom?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'The last day of the membership; null makes it open-ended again' })
  @IsOptional()
  @IsCalendarDay(refusedWith(BODY_REFUSALS.validTo))
  validTo?: string | null;
}

export class MembershipDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() bodyId!: string;
  @ApiProperty({ example: 'Netværksgruppe Randers NV' }) bodyName!: string;
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

export class MembershipParams extends BodyParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', refusedWith(BODY_REFUSALS.membershipId))
  membershipId!: string;
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
