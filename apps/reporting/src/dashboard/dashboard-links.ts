import type { PeriodKind } from '../rules/periods';
import type { Audience } from '../statistics/statistic-table';

/** What the page was asked for: one calendar year, months or quarters, perhaps one area. */
export interface DashboardFilter {
  year: number;
  period: PeriodKind;
  areaId: string | null;
}

/**
 * Where a dashboard lives, relative to `/dashboard/` (links are relative, so that the page
 * works behind a proxy that serves it under a prefix).
 */
export function dashboardPath(audience: Audience): string {
  switch (audience.kind) {
    case 'full':
      return 'fuld';
    case 'municipality':
      return 'kommune';
    case 'area':
      return `omraader/${encodeURIComponent(audience.areaId)}`;
  }
}

/** The relative way from a dashboard page back to `/dashboard/`. */
export function dashboardRoot(audience: Audience): string {
  return audience.kind === 'area' ? '../' : '';
}

export function filterQuery(filter: { year: number; period?: PeriodKind; areaId?: string | null }): string {
  const query = new URLSearchParams({ year: String(filter.year) });
  if (filter.period) query.set('period', filter.period);
  if (filter.areaId) query.set('areaId', filter.areaId);
  return query.toString();
}

/** The statistics API route behind a chart, for downloading its numbers (the same audience, so the same suppression). */
export function statisticsHref(audience: Audience, filter: DashboardFilter, statistic: string, groupBy: string | null, format: 'xlsx' | 'csv'): string {
  const up = `${dashboardRoot(audience)}../statistics/`;
  const query = new URLSearchParams({ period: filter.period });
  let route: string;
  if (audience.kind === 'full') {
    route = `full/${statistic}`;
    query.set('from', `${filter.year}-01`);
    query.set('to', `${filter.year}-12`);
    if (filter.areaId) query.set('areaId', filter.areaId);
  } else {
    route = audience.kind === 'municipality' ? `municipality/${statistic}` : `areas/${encodeURIComponent(audience.areaId)}/${statistic}`;
    query.set('year', String(filter.year));
  }
  if (groupBy) query.set('groupBy', groupBy);
  query.set('format', format);
  return `${up}${route}?${query.toString()}`;
}
