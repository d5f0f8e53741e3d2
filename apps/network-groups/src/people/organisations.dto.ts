import { ApiProperty } from '@nestjs/swagger';
import { PageDto, refusedWith, type Refusals } from '@ssp/platform';
import { IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ORGANISATION_KINDS, type OrganisationKind } from './organisation.entity';

/** What a refused request about organisations says: a stable code for programs, Danish for the person. */
export const ORGANISATION_REFUSALS = {
  name: { code: 'organisation-name-invalid', message: 'name skal være en tekst på 1 til 200 tegn.' },
  kind: { code: 'organisation-kind-unknown', message: `kind skal være en af: ${ORGANISATION_KINDS.join(', ')}.` },
  selfGoverning: { code: 'organisation-self-governing-invalid', message: 'selfGoverning skal være true eller false.' },
  nameTaken: { code: 'organisation-name-taken', message: 'Der findes allerede en organisation med det navn (store og små bogstaver regnes for ens).' },
} as const satisfies Refusals;

export class OrganisationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Vestervangskolen' }) name!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind!: OrganisationKind;
  @ApiProperty({ description: 'A self-governing institution (selvejende institution), not part of the municipality' }) selfGoverning!: boolean;
}

export class OrganisationPageDto extends PageDto {
  @ApiProperty({ type: [OrganisationDto], description: 'By name, in any case' }) items!: OrganisationDto[];
}

export class CreateOrganisationDto {
  @ApiProperty({ maxLength: 200, example: 'Ungdomshuset Tirsdalen' })
  @IsString(refusedWith(ORGANISATION_REFUSALS.name))
  @IsNotEmpty(refusedWith(ORGANISATION_REFUSALS.name))
  @MaxLength(200, refusedWith(ORGANISATION_REFUSALS.name))
  name!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS, refusedWith(ORGANISATION_REFUSALS.kind))
  kind!: OrganisationKind;

  @ApiProperty({ description: 'A self-governing institution (selvejende institution)' })
  @IsBoolean(refusedWith(ORGANISATION_REFUSALS.selfGoverning))
  selfGoverning!: boolean;
}
