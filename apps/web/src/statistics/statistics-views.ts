import type { StatisticsAudience } from './statistics-audience';
import type { StatisticName } from './statistics.types';

/** One of the prepared views a person chooses on the page: a statistic of reporting and its breakdown. */
export interface StatisticsView {
  /** In the address (`?tal=`): Danish, stable. */
  id: string;
  statistic: StatisticName;
  groupBy: string | null;
  text: string;
  /** Shown only for these audiences (an area's tables are not by area, and meetings are not counted per area). */
  for: readonly StatisticsAudience['kind'][];
}

const ALL: readonly StatisticsAudience['kind'][] = ['full', 'municipality', 'area'];
const NOT_AREA: readonly StatisticsAudience['kind'][] = ['full', 'municipality'];

export const STATISTICS_VIEWS: readonly StatisticsView[] = [
  { id: 'haendelser-kategori', statistic: 'incidents', groupBy: 'offenceCategory', text: 'Hændelser efter kategori', for: ALL },
  { id: 'haendelser-omraade', statistic: 'incidents', groupBy: 'area', text: 'Hændelser efter lokalområde', for: NOT_AREA },
  { id: 'unge-alder', statistic: 'young-people', groupBy: 'ageBand', text: 'Unge med hændelser efter alder', for: ALL },
  { id: 'indsatser', statistic: 'interventions', groupBy: null, text: 'Indsatser: aftalt, gennemført og overskredet', for: ALL },
  { id: 'beslutninger', statistic: 'decisions', groupBy: null, text: 'Beslutninger efter slags', for: ALL },
  { id: 'moeder', statistic: 'meetings', groupBy: null, text: 'Afholdte møder pr. organ', for: NOT_AREA },
];

/** The views an audience's page offers, in order; the first is shown until another is chosen. */
export function viewsFor(audience: StatisticsAudience['kind']): StatisticsView[] {
  return STATISTICS_VIEWS.filter((view) => view.for.includes(audience));
}
