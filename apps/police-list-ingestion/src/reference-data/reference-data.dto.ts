import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';

const ID = /^[a-z][a-z0-9-]{0,39}$/;
const ID_MESSAGE = 'id must be lowercase letters, digits and hyphens, starting with a letter (at most 40)';

export class AreaDto {
  @ApiProperty({ example: 'randers-c', pattern: ID.source }) @Matches(ID, { message: ID_MESSAGE }) id!: string;
  @ApiProperty({ example: 'Randers C', maxLength: 100 }) @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiProperty({ type: [String], example: ['8900'] })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^\d{4}$/, { each: true, message: 'postalCodes must be four-digit postal codes' })
  postalCodes!: string[];
  @ApiPropertyOptional({ type: [String], description: 'Schools that place a young person in this area when the postal code does not' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  schools?: string[];
}

export class AreaTableDto {
  @ApiProperty({ type: [AreaDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AreaDto)
  areas!: AreaDto[];
}

export class OffenceCategoryDto {
  @ApiProperty({ example: 'theft', pattern: ID.source }) @Matches(ID, { message: ID_MESSAGE }) id!: string;
  @ApiProperty({ example: 'Tyveri', maxLength: 100 }) @IsString() @MinLength(1) @MaxLength(100) da!: string;
  @ApiProperty({ type: [String], description: 'Case-insensitive regular expressions tried against offence code and text; none for the catch-all `other`' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  patterns!: string[];
}

export class OffenceCategoryTableDto {
  @ApiProperty({ type: [OffenceCategoryDto], description: 'In order: the first category with a matching pattern wins' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => OffenceCategoryDto)
  categories!: OffenceCategoryDto[];
}

export class AreaTableChangedDto extends AreaTableDto {
  @ApiProperty({ description: 'Which rows the change applies to' }) appliesTo!: string;
}

export class OffenceCategoryTableChangedDto extends OffenceCategoryTableDto {
  @ApiProperty({ description: 'Which rows the change applies to' }) appliesTo!: string;
}
