import type { EntityManager } from 'typeorm';
import { pseudonymsOf } from '../persons/merged-persons';
import type { ReopenReason } from './reopen-rules';

export interface CaseReopeningRow {
  id: string;
  caseId: string;
  personPseudonym: string;
  reason: ReopenReason;
  note: string | null;
  reopenedBy: string;
  reopenedAt: Date;
}

/** The SQL of reopening a closed case: the case row back under review, and the reopening kept with its reason. */
export class CaseReopeningRepository {
  constructor(private readonly manager: EntityManager) {}

  async reopen(reopening: CaseReopeningRow): Promise<void> {
    await this.manager.query('UPDATE person_case SET state = $2, opened_at = $3, closed_at = NULL WHERE id = $1', [reopening.caseId, 'under-review', reopening.reopenedAt]);
    await this.manager.query(
      'INSERT INTO case_reopening (id, case_id, person_pseudonym, reason, note, reopened_by, reopened_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [reopening.id, reopening.caseId, reopening.personPseudonym, reopening.reason, reopening.note, reopening.reopenedBy, reopening.reopenedAt],
    );
  }

  /** The newest `limit` reopenings of the person's cases and of those merged into them, newest first (the register extract). */
  async newestOf(pseudonym: string, limit: number): Promise<CaseReopeningRow[]> {
    return (await this.manager.query(
      `SELECT id, case_id AS "caseId", person_pseudonym AS "personPseudonym", reason, note, reopened_by AS "reopenedBy", reopened_at AS "reopenedAt"
         FROM case_reopening WHERE person_pseudonym IN ${pseudonymsOf('$1')} ORDER BY reopened_at DESC, id LIMIT $2`,
      [pseudonym, limit],
    )) as CaseReopeningRow[];
  }

  /** The notes of the persons' reopenings go with them at erasure; the reasons (codes) stay for the counts. */
  async eraseNotesOf(pseudonyms: readonly string[]): Promise<void> {
    await this.manager.query('UPDATE case_reopening SET note = NULL WHERE person_pseudonym = ANY($1) AND note IS NOT NULL', [pseudonyms]);
  }
}
