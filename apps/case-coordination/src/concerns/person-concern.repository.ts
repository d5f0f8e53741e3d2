import type { ConcernSource, LegalBasis } from '@ssp/contracts';
import type { EntityManager } from 'typeorm';
import { pseudonymsOf } from '../persons/merged-persons';

export interface NewConcern {
  concernId: string;
  personPseudonym: string;
  source: ConcernSource;
  legalBasis: LegalBasis;
  raisedOn: string;
  ageAtConcern: number;
  areaId: string;
  worry: string;
  raisedBy: string;
}

export interface PersonConcernRow {
  concernId: string;
  source: ConcernSource;
  legalBasis: LegalBasis;
  raisedOn: string;
  areaId: string;
  /** Null once erased. */
  worry: string | null;
  raisedBy: string | null;
  reviewed: boolean;
}

/** The SQL of the concerns members raised about persons. */
export class PersonConcernRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Stores the concern; false when it was stored before (the event came again). */
  async insert(concern: NewConcern, recordedAt: Date): Promise<boolean> {
    const inserted = (await this.manager.query(
      `INSERT INTO person_concern (concern_id, person_pseudonym, source, legal_basis, raised_on, age_at_concern, area_id, worry, raised_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (concern_id) DO NOTHING RETURNING concern_id`,
      [concern.concernId, concern.personPseudonym, concern.source, concern.legalBasis, concern.raisedOn, concern.ageAtConcern, concern.areaId, concern.worry, concern.raisedBy, recordedAt],
    )) as unknown[];
    return inserted.length > 0;
  }

  /** The newest `limit` concerns about the person and those merged into it, and how many there are in all. */
  async newestOf(pseudonym: string, limit: number): Promise<{ rows: PersonConcernRow[]; total: number }> {
    const rows = (await this.manager.query(
      `SELECT concern_id AS "concernId", source, legal_basis AS "legalBasis", to_char(raised_on, 'YYYY-MM-DD') AS "raisedOn", area_id AS "areaId",
              worry, raised_by AS "raisedBy", reviewed_at IS NOT NULL AS reviewed, count(*) OVER ()::int AS total
         FROM person_concern
        WHERE person_pseudonym IN ${pseudonymsOf('$1')}
        ORDER BY raised_on DESC, recorded_at DESC, concern_id
        LIMIT $2`,
      [pseudonym, limit],
    )) as (PersonConcernRow & { total: number })[];
    return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
  }

  /** Erasure: the worry and who raised it go; source, legal basis, day and area stay for the counts. */
  async eraseTextsOf(pseudonyms: readonly string[], erasedAt: Date): Promise<void> {
    await this.manager.query('UPDATE person_concern SET worry = NULL, raised_by = NULL, erased_at = $2 WHERE person_pseudonym = ANY($1) AND erased_at IS NULL', [pseudonyms, erasedAt]);
  }
}
