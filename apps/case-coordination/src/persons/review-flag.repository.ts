import type { EntityManager } from 'typeorm';
import type { ReviewReason } from '../domain';

/**
 * The incidents of person `p.pseudonym` and of those merged into it, as two lookups by
 * person (person_incident_person, person_merged_into) whatever the planner thinks of the
 * condition: one join would let a poor estimate of `reviewed_at IS NULL` scan every incident.
 */
const OWN_AND_MERGED_INCIDENTS = (columns: string, condition: string) =>
  `SELECT ${columns} FROM person_incident i WHERE i.person_pseudonym = p.pseudonym ${condition}
   UNION ALL
   SELECT ${columns} FROM person m JOIN person_incident i ON i.person_pseudonym = m.pseudonym WHERE m.merged_into = p.pseudonym ${condition}`;

export interface ReviewFlagRow {
  pseudonym: string;
  priority: number;
  reasons: readonly ReviewReason<string>[];
}

/**
 * The SQL of review flags: whether, how urgently and why a person is on the next Monday-group
 * agenda. A flag also keeps the date of the person's newest incident the group has not yet
 * seen, the agenda's second ordering key (AgendaRepository.candidates): every change to a
 * flagged person's unreviewed incidents ends with `refreshNewestIncidents`, which also keeps
 * the area the agenda filters on.
 */
export class ReviewFlagRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Sets each person's flag, replacing one they had; their newest unreviewed incident is read again. */
  async upsert(flags: readonly ReviewFlagRow[], flaggedAt: Date): Promise<void> {
    if (flags.length === 0) return;
    const pseudonyms = flags.map(({ pseudonym }) => pseudonym);
    await this.manager.query(
      `INSERT INTO review_flag (person_pseudonym, priority, reasons, flagged_at)
       SELECT pseudonym, priority, reasons, $4 FROM unnest($1::bpchar[], $2::int[], $3::jsonb[]) AS f(pseudonym, priority, reasons)
       ON CONFLICT (person_pseudonym) DO UPDATE SET priority = EXCLUDED.priority, reasons = EXCLUDED.reasons, flagged_at = EXCLUDED.flagged_at`,
      [pseudonyms, flags.map(({ priority }) => priority), flags.map(({ reasons }) => JSON.stringify(reasons)), flaggedAt],
    );
    await this.refreshNewestIncidents(pseudonyms);
  }

  /**
   * The flags' newest unreviewed incident and the area of the newest incident (of the person
   * and those merged into them), after incidents of these persons came or were reviewed, or a
   * merge changed whose they count as; persons without a flag are passed over.
   */
  async refreshNewestIncidents(pseudonyms: readonly string[]): Promise<void> {
    if (pseudonyms.length === 0) return;
    await this.manager.query(
      `UPDATE review_flag f SET newest_incident_date = coalesce(newest.unreviewed, '-infinity'), area_id = newest.area_id
         FROM (SELECT p.pseudonym,
                      (SELECT max(own.date) FROM (${OWN_AND_MERGED_INCIDENTS('max(i.incident_date) AS date', 'AND i.reviewed_at IS NULL')}) own) AS unreviewed,
                      (SELECT own.area_id FROM (${OWN_AND_MERGED_INCIDENTS('i.incident_date, i.recorded_at, i.area_id', '')}) own ORDER BY own.incident_date DESC, own.recorded_at DESC LIMIT 1) AS area_id
                 FROM unnest($1::bpchar[]) AS p(pseudonym)) newest
        WHERE f.person_pseudonym = newest.pseudonym`,
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
