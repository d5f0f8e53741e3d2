import type { Dimension } from './dimensions';

export const STATISTIC_NAMES = [
  'overview',
  'incidents',
  'young-people',
  'repeat-rate',
  'cases',
  'decisions',
  'interventions',
  'time-to-decision',
  'meetings',
  'area-alerts',
  'initiatives',
] as const;
export type StatisticName = (typeof STATISTIC_NAMES)[number];

export interface StatisticDefinition {
  title: string;
  /** What `groupBy` may name; the first is the default where a breakdown is needed. */
  groupBy: readonly Dimension[];
  /** Counts young people or their cases: suppressed beyond the coordination team. */
  countsPersons: boolean;
  /** Can be narrowed to one area (meetings carry no area). */
  perArea: boolean;
}

export const STATISTICS: Record<StatisticName, StatisticDefinition> = {
  overview: { title: 'Overblik', groupBy: [], countsPersons: true, perArea: true },
  incidents: { title: 'Hændelser', groupBy: ['area', 'offenceCategory', 'ageBand', 'role'], countsPersons: true, perArea: true },
  'young-people': { title: 'Unge med hændelser (forskellige personer)', groupBy: ['area', 'offenceCategory', 'ageBand', 'role'], countsPersons: true, perArea: true },
  'repeat-rate': { title: 'Gentagelse: unge med to eller flere sager på 12 måneder', groupBy: ['area'], countsPersons: true, perArea: true },
  cases: { title: 'Personer markeret, gennemgået og afsluttet', groupBy: [], countsPersons: true, perArea: true },
  decisions: { title: 'Mandagsgruppens beslutninger efter type', groupBy: [], countsPersons: true, perArea: true },
  interventions: { title: 'Indsatser: aftalt, gennemført og overskredet', groupBy: [], countsPersons: true, perArea: true },
  'time-to-decision': { title: 'Dage fra hændelse til første beslutning', groupBy: [], countsPersons: true, perArea: true },
  meetings: { title: 'Afholdte møder', groupBy: [], countsPersons: false, perArea: false },
  'area-alerts': { title: 'Områdealarmer', groupBy: ['area', 'offenceCategory'], countsPersons: false, perArea: true },
  initiatives: { title: 'Igangsatte initiativer', groupBy: [], countsPersons: false, perArea: true },
};

/** The statistics one area's network group can ask for. */
export const AREA_STATISTIC_NAMES = STATISTIC_NAMES.filter((name) => STATISTICS[name].perArea);
