import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { POLICE_LIST_SOURCES } from '@ssp/contracts';
import { PageQuery } from '@ssp/platform';

export class UploadPoliceListDto {
  @ApiPropertyOptional({ format: 'date', description: 'The day the list covers' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'listDate must be a day, YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  listDate?: string;

  @ApiPropertyOptional({ enum: POLICE_LIST_SOURCES, default: 'upload' })
  @IsOptional()
  @IsIn(POLICE_LIST_SOURCES)
  source?: (typeof POLICE_LIST_SOURCES)[number];
}

export class PoliceListParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
}

export class ErrorsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json', description: 'csv: semicolon CSV that Danish Excel opens' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format: 'json' | 'csv' = 'json';
}
