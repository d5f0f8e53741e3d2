import { bodyOf, getWithToken, serviceUrl } from '../api/service-answer';
import type { StatisticsAudience } from './statistics-audience';
import type { StatisticsView } from './statistics-views';
import type { StatisticTable } from './statistics.types';

const SERVICE = 'reporting';

/**
 * Reporting's statistics API as the statistics pages use it, always with the signed-in
 * person's own token: reporting decides which audience's route the person may call (and, for
 * an area, whether it is theirs) and hides small counts before anything reaches the web app.
 */
export class StatisticsClient {
  constructor(private readonly baseUrl: string) {}

  /** One year's table of a view for an audience (JSON); this year, as reporting counts it, when `year` is left out. */
  async table(accessToken: string, audience: StatisticsAudience, view: StatisticsView, year?: number): Promise<StatisticTable> {
    const groupBy = view.groupBy ?? undefined;
    const url =
      audience.kind === 'full'
        ? serviceUrl(this.baseUrl, `/statistics/full/${view.statistic}`, { groupBy, from: year === undefined ? undefined : `${year}-01`, to: year === undefined ? undefined : `${year}-12` })
        : serviceUrl(this.baseUrl, audience.kind === 'municipality' ? `/statistics/municipality/${view.statistic}` : `/statistics/areas/${encodeURIComponent(audience.areaId)}/${view.statistic}`, {
            groupBy,
            year,
          });
    return bodyOf(await getWithToken<StatisticTable>(SERVICE, url, accessToken));
  }

  /** The view for each of the given years, asked at once (reporting keeps computed tables). */
  years(accessToken: string, audience: StatisticsAudience, view: StatisticsView, years: readonly number[]): Promise<StatisticTable[]> {
    return Promise.all(years.map((year) => this.table(accessToken, audience, view, year)));
  }
}
