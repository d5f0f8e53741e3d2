import { IsBoolean, IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** The ids of areas and offence categories, as the ingestion's reference tables take them. */
const REFERENCE_ID = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * A local area (lokalområde) as the ingestion's area table has it now: its id, Danish name and
 * place in the table's order. Compacted by area id. An area taken out of the table stays on the
 * topic as withdrawn, so its earlier incidents keep their label. Postal codes and schools, which
 * only place a row in an area, stay in the ingestion.
 */
export class AreaV1 {
  @Matches(REFERENCE_ID)
  areaId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @IsInt()
  @Min(0)
  @Max(1000)
  position!: number;

  @IsBoolean()
  withdrawn!: boolean;
}

/** An offence category as the ingestion's table has it now: id, Danish name, place in order; withdrawn as for areas. */
export class OffenceCategoryV1 {
  @Matches(REFERENCE_ID)
  categoryId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @IsInt()
  @Min(0)
  @Max(1000)
  position!: number;

  @IsBoolean()
  withdrawn!: boolean;
}
