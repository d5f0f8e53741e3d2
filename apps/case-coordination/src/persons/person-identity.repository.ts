import type { EntityManager } from 'typeorm';
import { LikelyDuplicateRepository } from '../duplicates/likely-duplicate.repository';
import type { IdentityRow } from './identity-reader.service';

/** The SQL of the encrypted identities as the identity topic fills them. */
export class PersonIdentityRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Keeps the identity as it came, encrypted; a newer one for the same person replaces it. */
  async upsert(row: IdentityRow): Promise<void> {
    await this.manager.query(
      `INSERT INTO person_identity (person_pseudonym, key_id, iv, ciphertext, auth_tag) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (person_pseudonym) DO UPDATE SET key_id = EXCLUDED.key_id, iv = EXCLUDED.iv, ciphertext = EXCLUDED.ciphertext, auth_tag = EXCLUDED.auth_tag, received_at = now()`,
      [row.person_pseudonym, row.key_id, row.iv, row.ciphertext, row.auth_tag],
    );
  }

  /** The identity goes, and its search terms and likely duplicates with it (ON DELETE CASCADE). */
  async delete(pseudonym: string): Promise<void> {
    // No indexer may be pairing another person with this one meanwhile (likely_duplicate refers to it).
    await new LikelyDuplicateRepository(this.manager).lockForPairing();
    await this.manager.query('DELETE FROM person_identity WHERE person_pseudonym = $1', [pseudonym]);
  }
}
