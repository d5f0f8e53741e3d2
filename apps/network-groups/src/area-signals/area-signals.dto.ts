import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { SUPPRESS_BELOW } from './small-counts';
import { IsCalendarDay, PageDto } from '@ssp/platform';

export const AREA_ID = /^[a-z0-9-]{1,64}$/;

export class AreaParams {
  @ApiProperty({ example: 'randers-nv', pattern: AREA_ID.source })
  @Matches(AREA_ID, { message: 'areaId must be an area id: lowercase letters, digits and hyphens' })
  areaId!: string;
}

export class SignalsQuery {
  @ApiPropertyOptional({ format: 'date', description: 'A day in the first week; twelve weeks up to `to` if left out' })
  @IsOptional()
  @IsCalendarDay()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'A day in the last week; today (Copenhagen) if left out. At most 104 weeks after `from`' })
  @IsOptional()
  @IsCalendarDay()
  to?: string;
}

export class WeeklyCountDto {
  @ApiProperty({ format: 'date', description: 'The Monday that starts the ISO week' }) weekStart!: string;
  @ApiProperty({ example: 'violence' }) offenceCategory!: string;
  @ApiProperty({ nullable: true, type: Number, description: `Distinct police incidents; null when suppressed (below ${SUPPRESS_BELOW})` }) count!: number | null;
  @ApiProperty() suppressed!: boolean;
}

export class AreaSignalsDto {
  @ApiProperty() areaId!: string;
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
  @ApiProperty() offenceCategory!: string;
  @ApiProperty({ format: 'date', description: 'The Monday that starts the ISO week' }) weekStart!: string;
  @ApiProperty({ minimum: 5, description: 'Distinct police incidents in the week when the alert was raised' }) count!: number;
  @ApiProperty({ format: 'date-time' }) raisedAt!: string;
}

export class AreaAlertPageDto extends PageDto {
  @ApiProperty({ type: [AreaAlertDto], description: 'Newest week first' }) items!: AreaAlertDto[];
}
