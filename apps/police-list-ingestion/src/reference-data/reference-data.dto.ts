import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { refusedWith, type Refusals } from '@ssp/platform';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';

const ID = /^[a-z][a-z0-9-]{0,39}$/;
const AN_ID = 'id: små bogstaver, cifre og bindestreger, begyndende med et bogstav, højst 40 tegn';

/** What a refused area or offence-category table says: a stable code for programs, Danish for the person. */
export const REFERENCE_DATA_REFUSALS = {
  areas: { code: 'area-table-invalid', message: 'areas skal være en liste med 1 til 200 områder.' },
  areaId: { code: 'area-id-invalid', message: `Hvert område i areas skal have ${AN_ID}, fx randers-c.` },
  areaName: { code: 'area-name-invalid', message: 'Hvert område i areas skal have name, en tekst på 1 til 100 tegn.' },
  postalCodes: { code: 'area-postal-codes-invalid', message: 'postalCodes skal være en liste med højst 50 postnumre på fire cifre, fx 8900.' },
  schools: { code: 'area-schools-invalid', message: 'schools skal være en liste med højst 200 skolenavne på højst 200 tegn hver.' },
  areaDuplicated: { code: 'area-duplicated', message: 'Hvert område må stå én gang i areas; områderne i duplicated står der flere gange.' },
  areaAmbiguous: { code: 'area-key-ambiguous', message: 'Et postnummer eller en skole (key) hører til to områder (areaIds); det må høre til ét.' },
  categories: { code: 'offence-category-table-invalid', message: 'categories skal være en liste med 1 til 200 kategorier.' },
  categoryId: { code: 'offence-category-id-invalid', message: `Hver kategori i categories skal have ${AN_ID}, fx theft.` },
  categoryName: { code: 'offence-category-name-invalid', message: 'Hver kategori i categories skal have da, det danske navn, en tekst på 1 til 100 tegn.' },
  patterns: { code: 'offence-category-patterns-invalid', message: 'patterns skal være en liste med højst 50 mønstre (regulære udtryk) på 1 til 200 tegn hver.' },
  categoryDuplicated: { code: 'offence-category-duplicated', message: 'Hver kategori må stå én gang i categories; kategorierne i duplicated står der flere gange.' },
  patternUnusable: { code: 'offence-pattern-unusable', message: 'Kategorien categoryId har et mønster (pattern), der ikke kan bruges som regulært udtryk. Ret mønstret.' },
} as const satisfies Refusals;

export class AreaDto {
  @ApiProperty({ example: 'randers-c', pattern: ID.source }) @Matches(ID, refusedWith(REFERENCE_DATA_REFUSALS.areaId)) id!: string;

  @ApiProperty({ example: 'Randers C', maxLength: 100 })
  @IsString(refusedWith(REFERENCE_DATA_REFUSALS.areaName))
  @MinLength(1, refusedWith(REFERENCE_DATA_REFUSALS.areaName))
  @MaxLength(100, refusedWith(REFERENCE_DATA_REFUSALS.areaName))
  name!: string;

  @ApiProperty({ type: [String], example: ['8900'] })
  @IsArray(refusedWith(REFERENCE_DATA_REFUSALS.postalCodes))
  @ArrayMaxSize(50, refusedWith(REFERENCE_DATA_REFUSALS.postalCodes))
  @Matches(/^\d{4}$/, { each: true, ...refusedWith(REFERENCE_DATA_REFUSALS.postalCodes) })
  postalCodes!: string[];

  @ApiPropertyOptional({ type: [String], description: 'Schools that place a young person in this area when the postal code does not' })
  @IsOptional()
  @IsArray(refusedWith(REFERENCE_DATA_REFUSALS.schools))
  @ArrayMaxSize(200, refusedWith(REFERENCE_DATA_REFUSALS.schools))
  @IsString({ each: true, ...refusedWith(REFERENCE_DATA_REFUSALS.schools) })
  @MaxLength(200, { each: true, ...refusedWith(REFERENCE_DATA_REFUSALS.schools) })
  schools?: string[];
}

export class AreaTableDto {
  @ApiProperty({ type: [AreaDto] })
  @IsArray(refusedWith(REFERENCE_DATA_REFUSALS.areas))
  @ArrayMinSize(1, refusedWith(REFERENCE_DATA_REFUSALS.areas))
  @ArrayMaxSize(200, refusedWith(REFERENCE_DATA_REFUSALS.areas))
  @ValidateNested({ each: true, ...refusedWith(REFERENCE_DATA_REFUSALS.areas) })
  @Type(() => AreaDto)
  areas!: AreaDto[];
}

export class OffenceCategoryDto {
  @ApiProperty({ example: 'theft', pattern: ID.source }) @Matches(ID, refusedWith(REFERENCE_DATA_REFUSALS.categoryId)) id!: string;

  @ApiProperty({ example: 'Tyveri', maxLength: 100 })
  @IsString(refusedWith(REFERENCE_DATA_REFUSALS.categoryName))
  @MinLength(1, refusedWith(REFERENCE_DATA_REFUSALS.categoryName))
  @MaxLength(100, refusedWith(REFERENCE_DATA_REFUSALS.categoryName))
  da!: string;

  @ApiProperty({ type: [String], description: 'Case-insensitive regular expressions tried against offence code and text; none for the catch-all `other`' })
  @IsArray(refusedWith(REFERENCE_DATA_REFUSALS.patterns))
  @ArrayMaxSize(50, refusedWith(REFERENCE_DATA_REFUSALS.patterns))
  @IsString({ each: true, ...refusedWith(REFERENCE_DATA_REFUSALS.patterns) })
  @MinLength(1, { each: true, ...refusedWith(REFERENCE_DATA_REFUSALS.patterns) })
  @MaxLength(200, { each: true, ...refusedWith(REFERENCE_DATA_REFUSALS.patterns) })
  patterns!: string[];
}

export class OffenceCategoryTableDto {
  @ApiProperty({ type: [OffenceCategoryDto], description: 'In order: the first category with a matching pattern wins' })
  @IsArray(refusedWith(REFERENCE_DATA_REFUSALS.categories))
  @ArrayMinSize(1, refusedWith(REFERENCE_DATA_REFUSALS.categories))
  @ArrayMaxSize(200, refusedWith(REFERENCE_DATA_REFUSALS.categories))
  @ValidateNested({ each: true, ...refusedWith(REFERENCE_DATA_REFUSALS.categories) })
  @Type(() => OffenceCategoryDto)
  categories!: OffenceCategoryDto[];
}

export class AreaTableChangedDto extends AreaTableDto {
  @ApiProperty({ description: 'Which rows the change applies to' }) appliesTo!: string;
}

export class OffenceCategoryTableChangedDto extends OffenceCategoryTableDto {
  @ApiProperty({ description: 'Which rows the change applies to' }) appliesTo!: string;
}
