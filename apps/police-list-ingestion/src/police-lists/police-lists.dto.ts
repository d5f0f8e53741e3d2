import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { POLICE_LIST_SOURCES } from '@ssp/contracts';
import { PageQuery, refusedWith, type Refusals } from '@ssp/platform';

/** What a refused request about police lists says: a stable code for programs, Danish for the person. A file that cannot be read as a list is refused by FileRejectedError's own codes. */
export const POLICE_LIST_REFUSALS = {
  fileMissing: { code: 'police-list-file-missing', message: 'Vedhæft politilisten i feltet "file".' },
  listDate: { code: 'police-list-date-invalid', message: 'listDate skal være en dag, ÅÅÅÅ-MM-DD.' },
  source: { code: 'police-list-source-unknown', message: `source skal være en af: ${POLICE_LIST_SOURCES.join(', ')}.` },
  id: { code: 'police-list-id-invalid', message: 'id i adressen skal være et UUID.' },
  notFound: { code: 'police-list-not-found', message: 'Der findes ingen politiliste med dette id. Kontrollér id.' },
  errorsFormat: { code: 'police-list-errors-format-unknown', message: 'format skal være json eller csv.' },
} as const satisfies Refusals;

export class UploadPoliceListDto {
  @ApiPropertyOptional({ format: 'date', description: 'The day the list covers' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, refusedWith(POLICE_LIST_REFUSALS.listDate))
  @IsISO8601({ strict: true }, refusedWith(POLICE_LIST_REFUSALS.listDate))
  listDate?: string;

  @ApiPropertyOptional({ enum: POLICE_LIST_SOURCES, default: 'upload' })
  @IsOptional()
  @IsIn(POLICE_LIST_SOURCES, refusedWith(POLICE_LIST_REFUSALS.source))
  source?: (typeof POLICE_LIST_SOURCES)[number];
}

export class PoliceListParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', refusedWith(POLICE_LIST_REFUSALS.id)) id!: string;
}

export class ErrorsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json', description: 'csv: semicolon CSV that Danish Excel opens' })
  @IsOptional()
  @IsIn(['json', 'csv'], refusedWith(POLICE_LIST_REFUSALS.errorsFormat))
  format: 'json' | 'csv' = 'json';
}
