import type { EntityManager } from 'typeorm';
import type { DuplicateReason, LikelyDuplicate } from './likely-duplicates';

/** A stored pair, the lesser pseudonym first. */
export interface LikelyDuplicateRow {
  first: string;
  second: string;
  reason: DuplicateReason;
}

/**
 * Serialises finding pairs across transactions (consumer batches, replicas, the start-up
 * indexer): a transaction that looks for a person's pairs must see every identity indexed before
 * it, or two persons of the same birth date indexed at the same moment would each miss the
 * other. Held until the transaction ends.
 */
export const PAIRING_LOCK = 0x5e_d0b1;

/** The SQL of likely duplicates (the likely_duplicate table). */
export class LikelyDuplicateRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Call within the transaction, before reading the candidates of any identity. */
  async lockForPairing(): Promise<void> {
    await this.manager.query('SELECT pg_advisory_xact_lock($1)', [PAIRING_LOCK]);
  }

  /** The person's pairs become exactly these (each must include the person). */
  async replacePairsOf(pseudonym: string, pairs: readonly LikelyDuplicate[]): Promise<void> {
    await this.manager.query('DELETE FROM likely_duplicate WHERE first_pseudonym = $1 OR second_pseudonym = $1', [pseudonym]);
    if (pairs.length === 0) return;
    await this.manager.query(
      `INSERT INTO likely_duplicate (first_pseudonym, second_pseudonym, reason)
       SELECT * FROM unnest($1::bpchar[], $2::bpchar[], $3::text[])
       ON CONFLICT (first_pseudonym, second_pseudonym) DO UPDATE SET reason = EXCLUDED.reason`,
      [pairs.map((pair) => pair.pseudonyms[0]), pairs.map((pair) => pair.pseudonyms[1]), pairs.map((pair) => pair.reason)],
    );
  }

  /**
   * The pairs after `after` in (first, second) order, at most `limit`, leaving out those with a
   * person erased or merged into another (their pairs are kept: a merge can be taken back).
   */
  async page(after: readonly [string, string] | undefined, limit: number): Promise<LikelyDuplicateRow[]> {
    const [first, second] = after ?? ['', ''];
    return (await this.manager.query(
      `SELECT d.first_pseudonym AS first, d.second_pseudonym AS second, d.reason
         FROM likely_duplicate d
         JOIN person a ON a.pseudonym = d.first_pseudonym AND a.erased_at IS NULL AND a.merged_into IS NULL
         JOIN person b ON b.pseudonym = d.second_pseudonym AND b.erased_at IS NULL AND b.merged_into IS NULL
        WHERE (d.first_pseudonym, d.second_pseudonym) > ($1::bpchar, $2::bpchar)
        ORDER BY d.first_pseudonym, d.second_pseudonym
        LIMIT $3`,
      [first, second, limit],
    )) as LikelyDuplicateRow[];
  }
}
