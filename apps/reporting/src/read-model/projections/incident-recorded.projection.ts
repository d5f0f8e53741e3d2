import { Topics, type EventEnvelope, type IncidentRecordedV2 } from '@ssp/contracts';
import { HandlesEvent } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { ageBandOf } from '../../rules/age-bands';
import { danishDayOf } from '../../rules/event-day';
import { insertFrom, withStagedRows, type ColumnSpec } from '../insert-rows';
import { Projection } from '../projection';

const INCIDENT_COLUMNS: readonly ColumnSpec<IncidentRecordedV2>[] = [
  { name: 'incident_id', type: 'uuid', value: (incident) => incident.incidentId },
  { name: 'list_id', type: 'uuid', value: (incident) => incident.listId },
  { name: 'person_pseudonym', type: 'bpchar', value: (incident) => incident.personPseudonym },
  // Which police case the incident belongs to, as the event's keyed digest: repeat counts need "the same case" only.
  { name: 'journal_key', type: 'bpchar', value: (incident) => incident.journalDigest },
  { name: 'role', type: 'text', value: (incident) => incident.role },
  { name: 'incident_date', type: 'date', value: (incident) => danishDayOf(incident.incidentDate) },
  { name: 'offence_category', type: 'text', value: (incident) => incident.offenceCategory },
  { name: 'age_band', type: 'text', value: (incident) => ageBandOf(incident.ageAtIncident) },
  { name: 'area_id', type: 'text', value: (incident) => incident.areaId },
];

/**
 * A young person's part in an incident, by pseudonym, once per incident id; and the
 * pre-aggregated counts (per month, area, category, age band and role; and per month, area
 * and one dimension), raised only for incidents new to the table, in the same statement.
 * Age is kept as its band only; school, sex and the journal number are not kept.
 */
@HandlesEvent(Topics.incidentRecorded)
export class IncidentRecordedProjection extends Projection<IncidentRecordedV2> {
  protected async project(events: readonly EventEnvelope<IncidentRecordedV2>[], tx: EntityManager): Promise<void> {
    const incidents = events.map((event) => event.payload);
    await withStagedRows(tx, INCIDENT_COLUMNS, incidents, async (staged) => {
      const insert = insertFrom(this.table('incident'), INCIDENT_COLUMNS, staged, 'ON CONFLICT (incident_id) DO NOTHING');
      if (this.target.defersAggregates) await tx.query(insert);
      else await tx.query(`WITH inserted AS (${insert} RETURNING incident_date, area_id, offence_category, age_band, role), ${this.countsOf('inserted', 'add')}`);
    });
  }

  /**
   * All incidents in one statement, unfiltered: PostgreSQL counts them in a hash table (with
   * a filter it cannot estimate it sorts by the five columns instead, at twice the cost).
   */
  override async recomputeAggregates(tx: EntityManager): Promise<void> {
    await tx.query(`WITH ${this.countsOf(this.table('incident'), 'fill')}`);
  }

  /**
   * The pre-aggregated counts of the incidents in `source`, a table or common table
   * expression with incident_date, area_id, offence_category, age_band and role: the full
   * cells first, and the counts by one dimension summed from those cells. `add` raises
   * existing counts, sorted so that concurrent consumers lock the count rows in one order;
   * `fill` writes rows no other statement writes, into tables without keys (a rebuild adds
   * them afterwards).
   */
  private countsOf(source: string, mode: 'add' | 'fill'): string {
    const sorted = (columns: string) => (mode === 'add' ? `ORDER BY ${columns}` : '');
    const added = (conflict: string, alias: string) => (mode === 'add' ? `ON CONFLICT ${conflict} DO UPDATE SET incidents = ${alias}.incidents + EXCLUDED.incidents` : '');
    return `cells AS (
         SELECT date_trunc('month', incident_date::timestamp)::date AS month, area_id, offence_category, age_band, role, count(*)::int AS incidents
         FROM ${source} GROUP BY 1, 2, 3, 4, 5),
       cube AS (
         INSERT INTO ${this.table('incident_count')} AS c (month, area_id, offence_category, age_band, role, incidents)
         SELECT month, area_id, offence_category, age_band, role, incidents FROM cells ${sorted('1, 2, 3, 4, 5')}
         ${added('(month, area_id, offence_category, age_band, role)', 'c')})
       INSERT INTO ${this.table('incident_count_by_dimension')} AS d (dimension, month, area_id, value, incidents)
       SELECT dimension, month, area_id, value, sum(incidents)::int
       FROM cells, LATERAL (VALUES ('offenceCategory', offence_category), ('ageBand', age_band), ('role', role)) AS v(dimension, value)
       GROUP BY 1, 2, 3, 4 ${sorted('1, 2, 3, 4')}
       ${added('(dimension, month, area_id, value)', 'd')}`;
  }
}
