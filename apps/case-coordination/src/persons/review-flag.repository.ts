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

/**
 * The day of the newest incident or concern the group has not yet seen, and the area of the
 * newest incident or concern, of the person in column `person`, as SQL expressions.
 */
const NEWEST_UNREVIEWED = (person: string) =>
  `coalesce(greatest(
     (SELECT max(own.day) FROM (${OWN_AND_MERGED('person_incident', person, 'max(i.incident_date) AS day', 'AND i.reviewed_at IS NULL')}) own),
     (SELECT max(own.day) FROM (${OWN_AND_MERGED('person_concern', person, 'max(i.raised_on) AS day', 'AND i.reviewed_at IS NULL')}) own)), '-infinity')`;
const NEWEST_AREA = (person: string) =>
  `(SELECT own.area_id FROM (${OWN_AND_MERGED('person_incident', person, 'i.incident_date AS day, i.recorded_at, i.area_id', '')}
                            UNION ALL ${OWN_AND_MERGED('person_concern', person, 'i.raised_on AS day, i.recorded_at, i.area_id', '')}) own
     ORDER BY own.day DESC, own.recorded_at DESC LIMIT 1)`;

export interface ReviewFlagRow {
  pseudonym: string;
  priority: number;
  reasons: readonly ReviewReason<string>[];
}

/**
 * The SQL of review flags: whether, how urgently and why a person is on the next Monday-group
 * agenda. A flag also keeps the day of the person's newest incident or concern the group has
 * not yet seen, the agenda's second ordering key (AgendaRepository.candidates): every change
 * to a flagged person's unreviewed incidents ends with `refreshNewestIncidents`, which also
 * keeps the area the agenda filters on. (A concern sets its person's flag, which reads both.)
 */
export class ReviewFlagRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Sets each person's flag, replacing one they had, with their newest unreviewed incident and area read again: one write per flag. */
  async upsert(flags: readonly ReviewFlagRow[], flaggedAt: Date): Promise<void> {
    if (flags.length === 0) return;
    const pseudonyms = flags.map(({ pseudonym }) => pseudonym);
    await this.manager.query(
      `INSERT INTO review_flag (person_pseudonym, priority, reasons, flagged_at, newest_incident_date, area_id)
       SELECT f.pseudonym, f.priority, f.reasons, $4, ${NEWEST_UNREVIEWED('f.pseudonym')}, ${NEWEST_AREA('f.pseudonym')}
         FROM unnest($1::bpchar[], $2::int[], $3::jsonb[]) AS f(pseudonym, priority, reasons)
       ON CONFLICT (person_pseudonym) DO UPDATE SET priority = EXCLUDED.priority, reasons = EXCLUDED.reasons, flagged_at = EXCLUDED.flagged_at,
         newest_incident_date = EXCLUDED.newest_incident_date, area_id = EXCLUDED.area_id`,
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
          SET newest_incident_date = ${NEWEST_UNREVIEWED('f.person_pseudonym')}, area_id = ${NEWEST_AREA('f.person_pseudonym')}
        WHERE f.person_pseudonym = ANY($1::bpchar[])`,
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
