import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '../exports/export-format';
import { PERIOD_KINDS, type PeriodKind } from '../rules/periods';
import { DIMENSIONS, type Dimension } from './dimensions';
import { AREA_STATISTIC_NAMES, STATISTIC_NAMES, type StatisticName } from './statistic-catalogue';

const AREA_ID = /^[a-z][a-z0-9-]{0,63}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const splitList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : value);

export class StatisticParams {
  @ApiProperty({ enum: STATISTIC_NAMES })
  @IsIn(STATISTIC_NAMES, { message: `statistic must be one of ${STATISTIC_NAMES.join(', ')}` })
  statistic!: StatisticName;
}

export class AreaStatisticParams {
  @ApiProperty({ pattern: AREA_ID.source, example: 'randers-nv', description: 'A local area (lokalområde) id' })
  @Matches(AREA_ID, { message: 'areaId must be an area id: lowercase letters, digits and hyphens' })
  areaId!: string;

  @ApiProperty({ enum: AREA_STATISTIC_NAMES })
  @IsIn(AREA_STATISTIC_NAMES, { message: `statistic must be one of ${AREA_STATISTIC_NAMES.join(', ')} (meetings are not counted per area)` })
  statistic!: StatisticName;
}

/** What every audience can choose: period, breakdown and format. */
class StatisticQueryBase {
  @ApiPropertyOptional({
    enum: PERIOD_KINDS,
    description: "Months by default. Suppressed counts of young people come in one kind per audience: the municipality's by month, an area's by quarter",
  })
  @IsOptional()
  @IsIn(PERIOD_KINDS, { message: 'period must be month or quarter' })
  period?: PeriodKind;

  @ApiPropertyOptional({
    type: String,
    example: 'area,role',
    description: `Comma-separated breakdown of the rows: ${DIMENSIONS.join(', ')} (which ones depends on the statistic; suppressed audiences at most one)`,
  })
  @IsOptional()
  @Transform(splitList)
  @IsArray()
  @ArrayMaxSize(DIMENSIONS.length)
  @IsIn(DIMENSIONS, { each: true, message: `groupBy must name ${DIMENSIONS.join(', ')}` })
  groupBy: Dimension[] = [];

  @ApiPropertyOptional({ enum: EXPORT_FORMATS, description: 'Overrides the Accept header: JSON, CSV as Danish Excel opens it, or XLSX' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS, { message: 'format must be json, csv or xlsx' })
  format?: ExportFormat;
}

/** The coordination team: any window of whole months (at most ten years), any area, any breakdown. */
export class FullStatisticQuery extends StatisticQueryBase {
  @ApiPropertyOptional({ pattern: MONTH.source, example: '2026-01', description: 'First month; January of this year when left out' })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month, YYYY-MM' })
  from?: string;

  @ApiPropertyOptional({ pattern: MONTH.source, example: '2026-12', description: 'Last month (included); December of this year when left out' })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month, YYYY-MM' })
  to?: string;

  @ApiPropertyOptional({ pattern: AREA_ID.source, description: 'Only this local area' })
  @IsOptional()
  @Matches(AREA_ID, { message: 'areaId must be an area id: lowercase letters, digits and hyphens' })
  areaId?: string;
}

/** The Lokalråd and the network groups: one calendar year at a time. */
export class SuppressedStatisticQuery extends StatisticQueryBase {
  @ApiPropertyOptional({ minimum: 2000, maximum: 2100, example: 2026, description: 'The calendar year; this year when left out' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number' })
  @Min(2000, { message: 'year must be 2000 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year?: number;
}

class KeyColumnDto {
  @ApiProperty({ example: 'area' }) id!: string;
  @ApiProperty({ example: 'Område' }) heading!: string;
}

class StatisticRowDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { area: 'randers-c' } }) keys!: Record<string, string>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { area: 'Randers C' } }) labels!: Record<string, string>;
  @ApiProperty({ enum: ['count', 'days', 'percent'] }) unit!: string;
  @ApiProperty({ type: [Number], nullable: true, description: 'One per column; null where suppressed or empty' }) values!: (number | null)[];
  @ApiProperty({ type: [Boolean] }) suppressed!: boolean[];
  @ApiProperty({ type: Number, nullable: true }) total!: number | null;
  @ApiProperty() totalSuppressed!: boolean;
}

class SuppressionDto {
  @ApiProperty() threshold!: number;
  @ApiProperty({ description: 'How many values (cells and totals) are hidden' }) hiddenValues!: number;
}

export class StatisticTableDto {
  @ApiProperty({ enum: STATISTIC_NAMES }) statistic!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['full', 'municipality', 'area'] }) audience!: string;
  @ApiProperty({ type: String, nullable: true }) areaId!: string | null;
  @ApiProperty({ enum: PERIOD_KINDS }) period!: string;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: [KeyColumnDto] }) keyColumns!: KeyColumnDto[];
  @ApiProperty({ type: [String], example: ['2026-01', '2026-02'] }) columns!: string[];
  @ApiProperty({ type: [StatisticRowDto] }) rows!: StatisticRowDto[];
  @ApiProperty({ type: [Number], nullable: true }) columnTotals!: (number | null)[] | null;
  @ApiProperty({ type: [Boolean], nullable: true }) columnTotalsSuppressed!: boolean[] | null;
  @ApiProperty({ type: Number, nullable: true }) grandTotal!: number | null;
  @ApiProperty() grandTotalSuppressed!: boolean;
  @ApiProperty({ type: SuppressionDto, nullable: true }) suppression!: SuppressionDto | null;
}
