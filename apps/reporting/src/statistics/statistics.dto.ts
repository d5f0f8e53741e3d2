import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '../exports/export-format';
import { refusedWith, type Refusals } from '@ssp/platform';
import { PERIOD_KINDS, WINDOW_REFUSALS, type PeriodKind } from '../rules/periods';
import { DIMENSIONS, type Dimension } from './dimensions';
import { AREA_STATISTIC_NAMES, STATISTIC_NAMES, type StatisticName } from './statistic-catalogue';

const AREA_ID = /^[a-z][a-z0-9-]{0,63}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** What a refused request for statistics says: a stable code for programs, Danish for the person. */
export const STATISTIC_REFUSALS = {
  statistic: { code: 'statistic-unknown', message: `statistic skal være en af: ${STATISTIC_NAMES.join(', ')}.` },
  areaStatistic: { code: 'area-statistic-unknown', message: `statistic skal være en af: ${AREA_STATISTIC_NAMES.join(', ')} (møder tælles ikke pr. område).` },
  areaId: { code: 'statistics-area-id-invalid', message: 'areaId skal være et lokalområdes id: små bogstaver, cifre og bindestreger, begyndende med et bogstav, fx randers-nv.' },
  period: { code: 'statistics-period-unknown', message: `period skal være en af: ${PERIOD_KINDS.join(', ')}.` },
  groupBy: { code: 'statistics-group-by-unknown', message: `groupBy skal være en kommasepareret liste af: ${DIMENSIONS.join(', ')}.` },
  format: { code: 'statistics-format-unknown', message: `format skal være en af: ${EXPORT_FORMATS.join(', ')}.` },
  year: { code: 'statistics-year-invalid', message: 'year skal være et helt tal fra 2000 til 2100.' },
  noBreakdown: { code: 'statistic-has-no-breakdown', message: 'Statistikken kan ikke opdeles; udelad groupBy.' },
  breakdownUnknown: { code: 'statistic-breakdown-not-offered', message: 'groupBy nævner en opdeling, som statistikken ikke har; se allowed for dem, den har.' },
  suppressedBreakdowns: { code: 'suppressed-breakdown-too-many', message: 'groupBy må højst nævne én opdeling, når små tal skjules.' },
  areaByArea: { code: 'area-breakdown-by-area', message: 'Et områdes statistik kan ikke opdeles efter område; fjern area fra groupBy.' },
  notPerArea: { code: 'statistic-not-per-area', message: 'Statistikken tælles ikke pr. område; vælg en anden statistik, eller udelad areaId.' },
} as const satisfies Refusals;

const splitList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : value);

export class StatisticParams {
  @ApiProperty({ enum: STATISTIC_NAMES })
  @IsIn(STATISTIC_NAMES, refusedWith(STATISTIC_REFUSALS.statistic))
  statistic!: StatisticName;
}

export class AreaStatisticParams {
  @ApiProperty({ pattern: AREA_ID.source, example: 'randers-nv', description: 'A local area (lokalområde) id' })
  @Matches(AREA_ID, refusedWith(STATISTIC_REFUSALS.areaId))
  areaId!: string;

  @ApiProperty({ enum: AREA_STATISTIC_NAMES })
  @IsIn(AREA_STATISTIC_NAMES, refusedWith(STATISTIC_REFUSALS.areaStatistic))
  statistic!: StatisticName;
}

/** What every audience can choose: period, breakdown and format. */
class StatisticQueryBase {
  @ApiPropertyOptional({
    enum: PERIOD_KINDS,
    description: "Months by default. Suppressed counts of young people come in one kind per audience: the municipality's by month, an area's by quarter",
  })
  @IsOptional()
  @IsIn(PERIOD_KINDS, refusedWith(STATISTIC_REFUSALS.period))
  period?: PeriodKind;

  @ApiPropertyOptional({
    type: String,
    example: 'area,role',
    description: `Comma-separated breakdown of the rows: ${DIMENSIONS.join(', ')} (which ones depends on the statistic; suppressed audiences at most one)`,
  })
  @IsOptional()
  @Transform(splitList)
  @IsArray(refusedWith(STATISTIC_REFUSALS.groupBy))
  @ArrayMaxSize(DIMENSIONS.length, refusedWith(STATISTIC_REFUSALS.groupBy))
  @IsIn(DIMENSIONS, { each: true, ...refusedWith(STATISTIC_REFUSALS.groupBy) })
  groupBy: Dimension[] = [];

  @ApiPropertyOptional({ enum: EXPORT_FORMATS, description: 'Overrides the Accept header: JSON, CSV as Danish Excel opens it, or XLSX' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS, refusedWith(STATISTIC_REFUSALS.format))
  format?: ExportFormat;
}

/** The coordination team: any window of whole months (at most ten years), any area, any breakdown. */
export class FullStatisticQuery extends StatisticQueryBase {
  @ApiPropertyOptional({ pattern: MONTH.source, example: '2026-01', description: 'First month; January of this year when left out' })
  @IsOptional()
  @Matches(MONTH, refusedWith(WINDOW_REFUSALS.from))
  from?: string;

  @ApiPropertyOptional({ pattern: MONTH.source, example: '2026-12', description: 'Last month (included); December of this year when left out' })
  @IsOptional()
  @Matches(MONTH, refusedWith(WINDOW_REFUSALS.to))
  to?: string;

  @ApiPropertyOptional({ pattern: AREA_ID.source, description: 'Only this local area' })
  @IsOptional()
  @Matches(AREA_ID, refusedWith(STATISTIC_REFUSALS.areaId))
  areaId?: string;
}

/** The Lokalråd and the network groups: one calendar year at a time. */
export class SuppressedStatisticQuery extends StatisticQueryBase {
  @ApiPropertyOptional({ minimum: 2000, maximum: 2100, example: 2026, description: 'The calendar year; this year when left out' })
  @IsOptional()
  @Type(() => Number)
  @IsInt(refusedWith(STATISTIC_REFUSALS.year))
  @Min(2000, refusedWith(STATISTIC_REFUSALS.year))
  @Max(2100, refusedWith(STATISTIC_REFUSALS.year))
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
