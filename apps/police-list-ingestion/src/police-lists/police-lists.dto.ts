import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { POLICE_LIST_SOURCES } from '@ssp/contracts';

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

export class PoliceListPageQuery {
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit: number = 50;
  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: 1_000_000 }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(1_000_000) offset: number = 0;
}

export class ErrorsQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json', description: 'csv: semicolon CSV that Danish Excel opens' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format: 'json' | 'csv' = 'json';
}
