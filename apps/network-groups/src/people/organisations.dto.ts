import { ApiProperty } from '@nestjs/swagger';
import { PageDto } from '@ssp/platform';
import { IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ORGANISATION_KINDS, type OrganisationKind } from './organisation.entity';

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
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS, { message: `kind must be one of ${ORGANISATION_KINDS.join(', ')}` })
  kind!: OrganisationKind;

  @ApiProperty({ description: 'A self-governing institution (selvejende institution)' })
  @IsBoolean({ message: 'selfGoverning must be true or false' })
  selfGoverning!: boolean;
}
