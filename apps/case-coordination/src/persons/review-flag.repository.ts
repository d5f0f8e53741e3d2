import type { EntityManager } from 'typeorm';
import type { ReviewReason } from '../domain';

/**
 * The rows of `table` (incidents or concerns) of the person in column `person` and of those
 * merged into it, as two lookups by person (the tables' person indexes, person_merged_into)
 * whatever the planner thinks of the condition: one join would let a poor estimate of
 * `reviewed_at IS NULL` scan every incident.
 */
const OWN_AND_MERGED = (table: 'person_incident' | 'person_concern', person: string, columns: string, condition: string) =>
  `SELECT ${columns} FROM ${table} i WHERE i.person_pseudonym = ${person} ${condition}
   UNION ALL
   SELECT ${columns} FROM person m JOIN ${table} i ON i.person_pseudonym = m.pseudonym WHERE m.merged_into = ${person} ${condition}`;

/** The day of the newest incident the group has not yet seen of the person in column `person`, '-infinity' for none. */
const NEWEST_UNREVIEWED_INCIDENT = (person: string) =>
  `coalesce((SELECT max(own.day) FROM (${OWN_AND_MERGED('person_incident', person, 'max(i.incident_date) AS day', 'AND i.reviewed_at IS NULL')}) own), '-infinity')`;
/** The area of the person's newest incident. */
const NEWEST_INCIDENT_AREA = (person: string) =>
  `(SELECT own.area_id FROM (${OWN_AND_MERGED('person_incident', person, 'i.incident_date AS day, i.recorded_at, i.area_id', '')}) own ORDER BY own.day DESC, own.recorded_at DESC LIMIT 1)`;
/** The earliest deadline of the open interventions of the person in column `person` and of those merged into them (null for none). */
const EARLIEST_OPEN_DEADLINE = (person: string) =>
  `(SELECT min(own.deadline) FROM (
      SELECT i.deadline FROM intervention i WHERE i.person_pseudonym = ${person} AND i.status <> 'completed'
      UNION ALL
      SELECT i.deadline FROM person m JOIN intervention i ON i.person_pseudonym = m.pseudonym WHERE m.merged_into = ${person} AND i.status <> 'completed') own)`;
/** The day and the area of the newest concern the group has not yet seen of the person in column `person` (no row for none). */
const NEWEST_UNSEEN_CONCERN = (person: string) =>
  `SELECT own.day, own.area_id FROM (${OWN_AND_MERGED('person_concern', person, 'i.raised_on AS day, i.recorded_at, i.area_id', 'AND i.reviewed_at IS NULL')}) own
    ORDER BY own.day DESC, own.recorded_at DESC LIMIT 1`;

export interface ReviewFlagRow {
  pseudonym: string;
  priority: number;
  reasons: readonly ReviewReason<string>[];
}

/**
 * The SQL of review flags: whether, how urgently and why a person is on the next Monday-group
 * agenda. A flag also keeps the agenda's second ordering key (AgendaRepository.candidates):
 * the day of the person's newest incident or concern the group has not yet seen
 * (`newest_incident_date`), and the area the agenda filters on: the newest unseen concern's,
 * else the newest incident's.
 *
 * The incidents' part is read again by every write of the flag and by
 * `refreshNewestIncidents`, which ends every change to a flagged person's unreviewed
 * incidents. The concerns' part is kept on the flag (`newest_concern_day`,
 * `concern_area_id`) and read from the concerns only by `refreshConcerns`, on the rare paths
 * that change which concerns are unseen or whose they count as (a concern, a decision, a
 * merge, an unmerge): the incident consumer, the hot path, pays no lookup for concerns.
 *
 * A flag also keeps the earliest deadline of the person's open interventions
 * (`intervention_due`): the agenda escalates the flagged persons with an overdue one along the
 * index review_flag_intervention_due. Every write of the flag reads it again, and
 * `refreshInterventionDue` ends every change to which interventions are open or whose they
 * count as (one agreed, one completed, a merge, an unmerge).
 */
export class ReviewFlagRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Sets each person's flag, replacing one they had, with their newest unreviewed incident and
   * area read again and the concerns' part kept: one write per flag. A new flag has no unseen
   * concern (a concern's flag is set by its handler, which refreshes the concerns' part).
   */
  async upsert(flags: readonly ReviewFlagRow[], flaggedAt: Date): Promise<void> {
    if (flags.length === 0) return;
    const pseudonyms = flags.map(({ pseudonym }) => pseudonym);
    await this.manager.query(
      `INSERT INTO review_flag (person_pseudonym, priority, reasons, flagged_at, newest_incident_date, area_id, intervention_due)
       SELECT f.pseudonym, f.priority, f.reasons, $4, ${NEWEST_UNREVIEWED_INCIDENT('f.pseudonym')}, ${NEWEST_INCIDENT_AREA('f.pseudonym')}, ${EARLIEST_OPEN_DEADLINE('f.pseudonym')}
         FROM unnest($1::bpchar[], $2::int[], $3::jsonb[]) AS f(pseudonym, priority, reasons)
       ON CONFLICT (person_pseudonym) DO UPDATE SET priority = EXCLUDED.priority, reasons = EXCLUDED.reasons, flagged_at = EXCLUDED.flagged_at,
         newest_incident_date = greatest(EXCLUDED.newest_incident_date, review_flag.newest_concern_day),
         area_id = coalesce(review_flag.concern_area_id, EXCLUDED.area_id), intervention_due = EXCLUDED.intervention_due`,
      [pseudonyms, flags.map(({ priority }) => priority), flags.map(({ reasons }) => JSON.stringify(reasons)), flaggedAt],
    );
  }

  /**
   * The flags' newest unreviewed incident and the area of the newest incident (of the person
   * and those merged into them), after incidents of these persons came or were reviewed, or a
   * merge changed whose they count as; persons without a flag are passed over.
   */
  async refreshNewestIncidents(pseudonyms: readonly string[]): Promise<void> {
    if (pseudonyms.length === 0) return;
    await this.manager.query(
      // The flags by their primary key: a join to the batch's persons made the planner hash every flag, each batch.
      `UPDATE review_flag f
          SET newest_incident_date = greatest(${NEWEST_UNREVIEWED_INCIDENT('f.person_pseudonym')}, f.newest_concern_day),
              area_id = coalesce(f.concern_area_id, ${NEWEST_INCIDENT_AREA('f.person_pseudonym')})
        WHERE f.person_pseudonym = ANY($1::bpchar[])`,
      [pseudonyms],
    );
  }

  /**
   * The flags' concerns' part read from the concerns (of the person and those merged into
   * them), and the order and area with it, after a concern came, the group saw the concerns,
   * or a merge changed whose they count as; persons without a flag are passed over.
   */
  async refreshConcerns(pseudonyms: readonly string[]): Promise<void> {
    if (pseudonyms.length === 0) return;
    await this.manager.query(
      `UPDATE review_flag f
          SET newest_concern_day = c.day, concern_area_id = c.area_id,
              newest_incident_date = greatest(${NEWEST_UNREVIEWED_INCIDENT('f.person_pseudonym')}, c.day),
              area_id = coalesce(c.area_id, ${NEWEST_INCIDENT_AREA('f.person_pseudonym')})
         FROM (SELECT p.pseudonym, newest.day, newest.area_id
                 FROM unnest($1::bpchar[]) AS p(pseudonym)
                 LEFT JOIN LATERAL (${NEWEST_UNSEEN_CONCERN('p.pseudonym')}) newest ON true) c
        WHERE f.person_pseudonym = c.pseudonym`,
      [pseudonyms],
    );
  }

  /**
   * The earliest deadline of an open intervention (of the person and those merged into them)
   * on the flag of each person the given ones count as (themselves, or the person they are
   * merged into), after an intervention was agreed or completed, or a merge changed whose they
   * count as; persons without a flag are passed over.
   */
  async refreshInterventionDue(pseudonyms: readonly string[]): Promise<void> {
    if (pseudonyms.length === 0) return;
    await this.manager.query(
      `UPDATE review_flag f SET intervention_due = ${EARLIEST_OPEN_DEADLINE('f.person_pseudonym')}
        WHERE f.person_pseudonym IN (SELECT coalesce(p.merged_into, p.pseudonym) FROM person p WHERE p.pseudonym = ANY($1::bpchar[]))`,
      [pseudonyms],
    );
  }

  /** The flag reasons of those of the persons who have a flag, locked until the transaction ends. */
  async reasonsOf(pseudonyms: readonly string[]): Promise<Map<string, ReviewReason<string>[]>> {
    if (pseudonyms.length === 0) return new Map();
    const rows = (await this.manager.query('SELECT person_pseudonym, reasons FROM review_flag WHERE person_pseudonym = ANY($1::bpchar[]) ORDER BY person_pseudonym FOR UPDATE', [pseudonyms])) as {
      person_pseudonym: string;
      reasons: ReviewReason<string>[];
    }[];
    return new Map(rows.map((row) => [row.person_pseudonym, row.reasons]));
  }

  /** The person's flag reasons, locked until the transaction ends; empty when not flagged. */
  async reasonsForUpdate(pseudonym: string): Promise<readonly ReviewReason<string>[]> {
    return (await this.flagForUpdate(pseudonym))?.reasons ?? [];
  }

  /** The person's flag, locked until the transaction ends; undefined when not flagged. */
  async flagForUpdate(pseudonym: string): Promise<Omit<ReviewFlagRow, 'pseudonym'> | undefined> {
    const [flag] = (await this.manager.query('SELECT priority, reasons FROM review_flag WHERE person_pseudonym = $1 FOR UPDATE', [pseudonym])) as Omit<ReviewFlagRow, 'pseudonym'>[];
    return flag;
  }

  async remove(pseudonym: string): Promise<void> {
    await this.manager.query('DELETE FROM review_flag WHERE person_pseudonym = $1', [pseudonym]);
  }
}
