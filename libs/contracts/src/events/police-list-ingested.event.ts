import { IsDateString, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

export const POLICE_LIST_SOURCES = ['upload', 'demo'] as const;

/** A police SSP list was read; the counts account for every row of the file. */
export class PoliceListIngestedV1 {
  @IsUUID()
  listId!: string;

  /** SHA-256 of the file's bytes, hex; the same file again is the same list. */
  @Matches(/^[0-9a-f]{64}$/)
  contentSha256!: string;

  @IsIn(POLICE_LIST_SOURCES)
  source!: (typeof POLICE_LIST_SOURCES)[number];

  /** The date the police list covers, when the uploader gave one (YYYY-MM-DD). */
  @IsOptional()
  @IsDateString({ strict: true })
  listDate?: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  fileName!: string;

  @IsInt()
  @Min(0)
  rows!: number;

  @IsInt()
  @Min(0)
  accepted!: number;

  @IsInt()
  @Min(0)
  rejected!: number;

  @IsInt()
  @Min(0)
  duplicates!: number;

  @IsDateString({ strict: true })
  ingestedAt!: string;
}
