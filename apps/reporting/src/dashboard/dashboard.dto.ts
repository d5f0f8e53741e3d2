import { ApiPropertyOptional, IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { refusedWith, type Refusals } from '@ssp/platform';
import { PERIOD_KINDS, type PeriodKind } from '../rules/periods';
import { Transform } from 'class-transformer';
import { AreaStatisticParams, FullStatisticQuery, STATISTIC_REFUSALS, SuppressedStatisticQuery } from '../statistics/statistics.dto';

/*
 * The dashboard's filters are the statistics API's own fields (same names, same checks and
 * messages), so a filter the page offers is always one the statistics accept.
 */

/** What a refused dashboard says beyond the statistics' own refusals: a stable code for programs, Danish for the person. */
export const DASHBOARD_REFUSALS = {
  nothingToShow: { code: 'dashboard-nothing-to-show', message: 'Der er ingen statistik at vise: rollen giver ikke adgang til statistik, eller du hører ikke til et lokalområde.' },
} as const satisfies Refusals;

/** Year and months or quarters: what every dashboard can choose. */
export class DashboardQuery extends PickType(SuppressedStatisticQuery, ['year'] as const) {
  // Not the statistics' own field: its default is always months, the dashboard's depends on the page.
  @ApiPropertyOptional({ enum: PERIOD_KINDS, description: "Months or quarters; months by default, quarters on an area's page" })
  @IsOptional()
  @IsIn(PERIOD_KINDS, refusedWith(STATISTIC_REFUSALS.period))
  period?: PeriodKind;
}

/** The coordination team may narrow to one area; the form's "whole municipality" sends an empty value. */
export class FullDashboardQuery extends IntersectionType(DashboardQuery, PickType(FullStatisticQuery, ['areaId'] as const)) {
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  override areaId?: string;
}

export class DashboardAreaParams extends PickType(AreaStatisticParams, ['areaId'] as const) {}

/** On an area's page the area filter names another of the caller's areas; the page redirects there (and that page checks membership). */
export class AreaDashboardQuery extends IntersectionType(DashboardQuery, PartialType(PickType(AreaStatisticParams, ['areaId'] as const))) {}
