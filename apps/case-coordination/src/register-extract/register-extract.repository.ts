import type { EntityManager } from 'typeorm';
import type { CaseState } from '../domain';
import { pseudonymsOf } from '../persons/merged-persons';

export interface ExtractPersonRow {
  erasedAt: Date | null;
  mergedPseudonyms: string[];
}

export interface ExtractCaseRow {
  caseId: string;
  state: CaseState;
  openedAt: Date;
  closedAt: Date | null;
}

/** The SQL of the register extract that no other feature reads: the person row and their cases. */
export class RegisterExtractRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The person, with the pseudonyms merged into them; undefined when unknown. */
  async personOf(pseudonym: string): Promise<ExtractPersonRow | undefined> {
    const [row] = (await this.manager.query(
      `SELECT p.erased_at AS "erasedAt", ARRAY(SELECT m.pseudonym::text FROM person m WHERE m.merged_into = p.pseudonym ORDER BY m.pseudonym) AS "mergedPseudonyms"
         FROM person p WHERE p.pseudonym = $1`,
      [pseudonym],
    )) as ExtractPersonRow[];
    return row;
  }

  /** The newest `limit` cases of the person and of those merged into them, newest first. */
  async casesOf(pseudonym: string, limit: number): Promise<ExtractCaseRow[]> {
    return (await this.manager.query(
      `SELECT id AS "caseId", state, opened_at AS "openedAt", closed_at AS "closedAt" FROM person_case
        WHERE person_pseudonym IN ${pseudonymsOf('$1')}
        ORDER BY opened_at DESC, id LIMIT $2`,
      [pseudonym, limit],
    )) as ExtractCaseRow[];
  }
}
