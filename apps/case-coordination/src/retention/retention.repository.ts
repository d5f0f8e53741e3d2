import type { EntityManager } from 'typeorm';

/** What retention decides a person's erasure by, as the daily erasure reads it. */
export interface RetentionStanding {
  lastIncidentDate: string;
  erasedAt: Date | null;
  openInterventions: number;
}

/** The SQL of reading one person's standing with retention. */
export class RetentionRepository {
  constructor(private readonly manager: EntityManager) {}

  async standingOf(pseudonym: string): Promise<RetentionStanding | undefined> {
    const [row] = (await this.manager.query(
      `SELECT to_char(p.last_incident_date, 'YYYY-MM-DD') AS "lastIncidentDate", p.erased_at AS "erasedAt",
              (SELECT count(*)::int FROM intervention i WHERE i.person_pseudonym = p.pseudonym AND i.status <> 'completed') AS "openInterventions"
         FROM person p WHERE p.pseudonym = $1`,
      [pseudonym],
    )) as RetentionStanding[];
    return row;
  }
}
