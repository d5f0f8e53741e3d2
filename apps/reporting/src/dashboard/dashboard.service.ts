import { Injectable } from '@nestjs/common';
import type { Dimension } from '../statistics/dimensions';
import type { StatisticName } from '../statistics/statistic-catalogue';
import type { Audience, StatisticTable } from '../statistics/statistic-table';
import { StatisticsService, type StatisticQuery } from '../statistics/statistics.service';
import type { DashboardFilter } from './dashboard-links';
import type { DashboardTables } from './dashboard-page';

/**
 * The dashboard's tables, each asked of the statistics service for the page's audience, so
 * the page shows exactly what that audience's statistics and exports show, suppressed alike.
 * Every table has the same year and period kind: mixing months and quarters on one page
 * would let a reader subtract one table from another. Numbers the tables share are hidden
 * in all of them by the statistics service (linked breakdowns, the overview's totals).
 */
@Injectable()
export class DashboardService {
  constructor(private readonly statistics: StatisticsService) {}

  async tables(audience: Audience, filter: DashboardFilter): Promise<DashboardTables> {
    const oneArea = audience.kind === 'area' || filter.areaId !== null;
    const table = (statistic: StatisticName, groupBy: Dimension[] = []): Promise<StatisticTable> => this.statistics.table(statistic, audience, this.query(audience, filter, groupBy));
    const [overview, byCategory, byArea, interventions, meetings, alerts] = await Promise.all([
      table('overview'),
      table('incidents', ['offenceCategory']),
      oneArea ? null : table('incidents', ['area']),
      table('interventions'),
      oneArea ? null : table('meetings'),
      table('area-alerts', [oneArea ? 'offenceCategory' : 'area']),
    ]);
    return { overview, byCategory, byArea, interventions, meetings, alerts };
  }

  private query(audience: Audience, filter: DashboardFilter, groupBy: Dimension[]): StatisticQuery {
    if (audience.kind !== 'full') return { period: filter.period, year: filter.year, groupBy };
    return { period: filter.period, from: `${filter.year}-01`, to: `${filter.year}-12`, groupBy, areaId: filter.areaId ?? undefined };
  }
}
