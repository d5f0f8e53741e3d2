/**
 * Every table of the read model, each written from the topics only. The rebuild fills fresh
 * copies of exactly these and swaps them in; the content hash covers exactly these. A new
 * read-model table is added here and in a migration (a test checks the two agree).
 */
export const READ_MODEL_TABLES = [
  'police_list_summary',
  'incident',
  'incident_count',
  'incident_count_by_dimension',
  'case_opening',
  'case_closing',
  'decision',
  'intervention_assigned',
  'intervention_completed',
  'intervention_overdue',
  'person_erasure',
  'meeting_scheduled',
  'meeting_held',
  'initiative',
  'area_alert',
] as const;

export type ReadModelTable = (typeof READ_MODEL_TABLES)[number];

/**
 * The tables of counts kept beside the facts they are counted from, written by the live
 * consumer as it goes and by a rebuild once at the end of its replay (`ReadModelTarget.defersAggregates`).
 */
export const AGGREGATE_TABLES: readonly ReadModelTable[] = ['incident_count', 'incident_count_by_dimension'];

/** The tables of facts, written event by event. */
export const FACT_TABLES: readonly ReadModelTable[] = READ_MODEL_TABLES.filter((table) => !AGGREGATE_TABLES.includes(table));
