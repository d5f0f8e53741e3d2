import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { MAX_SIGNAL_WEEKS } from './signal-weeks';
import { SUPPRESS_BELOW } from './small-counts';
import { CALENDAR_DAY_DA, IsCalendarDay, PageDto, type Refusals, refusedWith } from '@ssp/platform';

export const AREA_ID = /^[a-z0-9-]{1,64}$/;

/** What a refused request about an area's signals says: a stable code for programs, Danish for the person. */
export const AREA_SIGNAL_REFUSALS = {
  areaId: { code: 'area-id-invalid', message: 'areaId skal være et områdes id: 1 til 64 små bogstaver, cifre og bindestreger, fx randers-nv.' },
  areaNotFound: { code: 'area-not-found', message: 'Lokalområdet findes ikke. Kontrollér areaId.' },
  from: { code: 'signals-from-invalid', message: `from skal være ${CALENDAR_DAY_DA}.` },
  to: { code: 'signals-to-invalid', message: `to skal være ${CALENDAR_DAY_DA}.` },
  fromAfterTo: { code: 'signals-from-after-to', message: 'from må ikke ligge efter to.' },
  fromAfterToday: { code: 'signals-from-after-today', message: 'from må ikke ligge efter i dag, når to er udeladt.' },
  rangeTooLong: { code: 'signals-range-too-long', message: `from og to må højst spænde over ${MAX_SIGNAL_WEEKS} uger.` },
} as const satisfies Refusals;

export class AreaParams {
  @ApiProperty({ example: 'randers-nv', pattern: AREA_ID.source })
  @Matches(AREA_ID, refusedWith(AREA_SIGNAL_REFUSALS.areaId))
  areaId!: string;
}

export class SignalsQuery {
  @ApiPropertyOptional({ format: 'date', description: 'A day in the first week; twelve weeks up to `to` if left out' })
  @IsOptional()
  @IsCalendarDay(refusedWith(AREA_SIGNAL_REFUSALS.from))
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'A day in the last week; today (Copenhagen) if left out. At most 104 weeks after `from`' })
  @IsOptional()
  @IsCalendarDay(refusedWith(AREA_SIGNAL_REFUSALS.to))
  to?: string;
}

export class WeeklyCountDto {
  @ApiProperty({ format: 'date', description: 'The Monday that starts the ISO week' }) weekStart!: string;
  @ApiProperty({ example: 'violence' }) offenceCategory!: string;
  @ApiProperty({ example: 'Vold', description: "The category's Danish name as the reference data has it now" }) offenceCategoryText!: string;
  @ApiProperty({ nullable: true, type: Number, description: `Distinct police incidents; null when suppressed (below ${SUPPRESS_BELOW})` }) count!: number | null;
  @ApiProperty() suppressed!: boolean;
}

export class AreaSignalsDto {
  @ApiProperty() areaId!: string;
  @ApiProperty({ example: 'Randers NV', description: "The area's Danish name" }) areaName!: string;
  @ApiProperty({ format: 'date', description: 'The Monday of the first week covered' }) from!: string;
  @ApiProperty({ format: 'date', description: 'The Monday of the last week covered' }) to!: string;
  @ApiProperty({ example: SUPPRESS_BELOW, description: 'Counts below this are suppressed' }) suppressedBelow!: number;
  @ApiProperty({ type: [WeeklyCountDto], description: 'Weeks and categories with at least one incident; the others had none' }) counts!: WeeklyCountDto[];
}

/**
 * An area alert as network groups see it. Not the trailing mean the rule compared with: with
 * the weekly counts beside it, the mean would give away the counts below 5 that are suppressed.
 */
export class AreaAlertDto {
  @ApiProperty({ format: 'uuid' }) alertId!: string;
  @ApiProperty() areaId!: string;
  @ApiProperty({ example: 'Randers NV', description: "The area's Danish name" }) areaName!: string;
  @ApiProperty() offenceCategory!: string;
  @ApiProperty({ example: 'Vold', description: "The category's Danish name as the reference data has it now" }) offenceCategoryText!: string;
  @ApiProperty({ format: 'date', description: 'The Monday that starts the ISO week' }) weekStart!: string;
  @ApiProperty({ minimum: 5, description: 'Distinct police incidents in the week when the alert was raised' }) count!: number;
  @ApiProperty({ format: 'date-time' }) raisedAt!: string;
}

export class AreaAlertPageDto extends PageDto {
  @ApiProperty({ type: [AreaAlertDto], description: 'Newest week first' }) items!: AreaAlertDto[];
}
