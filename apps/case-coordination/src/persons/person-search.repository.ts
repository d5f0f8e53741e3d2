import { queryPrepared, type Principal } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import type { AccessPurpose } from '../access-log/access-log.service';
import type { IdentityRow } from './identity-reader.service';
import type { SearchKind } from './search-terms';

/** A person whose terms hold every term of a search. */
export interface SearchHitRow {
  pseudonym: string;
  pseudonymStrength: string;
  mergedInto: string | null;
  caseState: string | null;
}

/** The SQL of person search: the blind index (person_search_term) and the record of searches (person_search_log). */
export class PersonSearchRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The person's terms become exactly these (none when the identity cannot be read). */
  async replaceTerms(pseudonym: string, terms: readonly Buffer[]): Promise<void> {
    await this.manager.query('DELETE FROM person_search_term WHERE person_pseudonym = $1', [pseudonym]);
    await this.addTerms(terms.map((term) => ({ pseudonym, term })));
  }

  async addTerms(rows: readonly { pseudonym: string; term: Buffer }[]): Promise<void> {
    if (rows.length === 0) return;
    await this.manager.query(
      'INSERT INTO person_search_term (person_pseudonym, term) SELECT * FROM unnest($1::bpchar[], $2::bytea[]) ON CONFLICT DO NOTHING',
      [rows.map((row) => row.pseudonym), rows.map((row) => row.term)],
    );
  }

  /** Whether an identity has no terms: one held from before person search, or one that could not be read. */
  async anyUnindexedIdentity(): Promise<boolean> {
    const [row] = (await this.manager.query(
      'SELECT EXISTS (SELECT 1 FROM person_identity i WHERE NOT EXISTS (SELECT 1 FROM person_search_term t WHERE t.person_pseudonym = i.person_pseudonym)) AS any',
    )) as { any: boolean }[];
    return row.any;
  }

  /**
   * The next identities after `after` (pseudonym order) that have no terms, locked so that an
   * identity event for the same person waits (and then writes its own terms) and another
   * replica indexing at the same time takes other rows. Call within a transaction.
   */
  async lockUnindexedIdentities(after: string, limit: number): Promise<IdentityRow[]> {
    return (await this.manager.query(
      `SELECT i.person_pseudonym, i.key_id, i.iv, i.ciphertext, i.auth_tag
         FROM person_identity i
        WHERE i.person_pseudonym > $1
          AND NOT EXISTS (SELECT 1 FROM person_search_term t WHERE t.person_pseudonym = i.person_pseudonym)
        ORDER BY i.person_pseudonym
        LIMIT $2
        FOR UPDATE OF i SKIP LOCKED`,
      [after, limit],
    )) as IdentityRow[];
  }

  /**
   * The identities of the persons (other than `except`) that have `term`, in pseudonym order, at
   * most `limit`: for duplicates, those sharing a birth date.
   */
  async identitiesWithTerm(term: Buffer, except: string, limit: number): Promise<IdentityRow[]> {
    return (await this.manager.query(
      `SELECT i.person_pseudonym, i.key_id, i.iv, i.ciphertext, i.auth_tag
         FROM person_search_term t
         JOIN person_identity i ON i.person_pseudonym = t.person_pseudonym
        WHERE t.term = $1 AND t.person_pseudonym <> $2
        ORDER BY t.person_pseudonym
        LIMIT $3`,
      [term, except, limit],
    )) as IdentityRow[];
  }

  /** A few identities that have terms, to see whether the configured key made them. */
  async sampleIndexedIdentities(limit: number): Promise<IdentityRow[]> {
    return (await this.manager.query(
      `SELECT i.person_pseudonym, i.key_id, i.iv, i.ciphertext, i.auth_tag
         FROM person_identity i
        WHERE EXISTS (SELECT 1 FROM person_search_term t WHERE t.person_pseudonym = i.person_pseudonym)
        LIMIT $1`,
      [limit],
    )) as IdentityRow[];
  }

  /** Whether every one of `terms` (distinct) is among the person's. */
  async hasTerms(pseudonym: string, terms: readonly Buffer[]): Promise<boolean> {
    const [{ count }] = (await this.manager.query('SELECT count(*)::int AS count FROM person_search_term WHERE person_pseudonym = $1 AND term = ANY($2::bytea[])', [pseudonym, terms])) as { count: number }[];
    return count === terms.length;
  }

  /**
   * Persons (not erased) whose terms include every one of `terms` (distinct), in pseudonym
   * order, at most `limit`; with the open case and the person merged into, as the person page shows them.
   */
  async matching(terms: readonly Buffer[], limit: number): Promise<SearchHitRow[]> {
    return queryPrepared<SearchHitRow>(
      this.manager,
      `WITH hit AS (
         SELECT person_pseudonym FROM person_search_term WHERE term = ANY($1::bytea[])
          GROUP BY person_pseudonym HAVING count(*) = $2
       )
       SELECT p.pseudonym, p.pseudonym_strength AS "pseudonymStrength", p.merged_into AS "mergedInto", c.state AS "caseState"
         FROM hit
         JOIN person p ON p.pseudonym = hit.person_pseudonym AND p.erased_at IS NULL
         LEFT JOIN person_case c ON c.person_pseudonym = p.pseudonym AND c.state <> 'closed'
        ORDER BY p.pseudonym
        LIMIT $3`,
      [terms, terms.length, limit],
    );
  }

  /** That a search happened: who, why, what kind and how many hits; never what was searched for. */
  async recordSearch(principal: Principal, search: { kind: SearchKind; purpose: AccessPurpose; hits: number; capped: boolean }): Promise<void> {
    await queryPrepared(this.manager, 'INSERT INTO person_search_log (actor, actor_roles, kind, purpose, hits, capped) VALUES ($1, $2, $3, $4, $5, $6)', [
      principal.subject,
      principal.roles,
      search.kind,
      search.purpose,
      search.hits,
      search.capped,
    ]);
  }
}
