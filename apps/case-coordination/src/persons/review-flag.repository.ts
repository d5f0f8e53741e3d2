import type { EntityManager } from 'typeorm';
import type { ReviewReason } from '../domain';

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
   * The flags' newest unreviewed incident and the area of the newest incident, after incidents
   * of these persons came or were reviewed; persons without a flag are passed over.
   */
  async refreshNewestIncidents(pseudonyms: readonly string[]): Promise<void> {
    if (pseudonyms.length === 0) return;
    await this.manager.query(
      `UPDATE review_flag f
          SET newest_incident_date = coalesce((SELECT max(i.incident_date) FROM person_incident i WHERE i.person_pseudonym = f.person_pseudonym AND i.reviewed_at IS NULL), '-infinity'),
              area_id = (SELECT i.area_id FROM person_incident i WHERE i.person_pseudonym = f.person_pseudonym ORDER BY i.incident_date DESC, i.recorded_at DESC LIMIT 1)
        WHERE f.person_pseudonym = ANY($1::bpchar[])`,
      [pseudonyms],
    );
  }

  /** The person's flag reasons, locked until the transaction ends; empty when not flagged. */
  async reasonsForUpdate(pseudonym: string): Promise<ReviewReason<string>[]> {
    const [flag] = (await this.manager.query('SELECT reasons FROM review_flag WHERE person_pseudonym = $1 FOR UPDATE', [pseudonym])) as { reasons: ReviewReason<string>[] }[];
    return flag?.reasons ?? [];
  }

  async remove(pseudonym: string): Promise<void> {
    await this.manager.query('DELETE FROM review_flag WHERE person_pseudonym = $1', [pseudonym]);
  }
}
