import type { EntityManager } from 'typeorm';
import type { EncryptedValue } from '@ssp/contracts';
import type { KeyCheck } from '../privacy/key-check';

/** The SQL of `key_check` and of the identity vault's key ids (both identity holders have `person_identity`). */
export class KeyCheckRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The check values stored for these purposes and key ids. */
  async read(checks: readonly KeyCheck[]): Promise<KeyCheck[]> {
    return (await this.manager.query(
      `SELECT purpose, key_id AS "keyId", check_value AS "checkValue" FROM key_check
        WHERE (purpose, key_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [checks.map((check) => check.purpose), checks.map((check) => check.keyId)],
    )) as KeyCheck[];
  }

  /**
   * Records check values not stored yet; a value already there stays (ON CONFLICT DO
   * NOTHING), so that of two replicas starting at once the first wins and the caller,
   * reading again, compares with the winner's.
   */
  async record(checks: readonly KeyCheck[]): Promise<void> {
    if (checks.length === 0) return;
    await this.manager.query(
      `INSERT INTO key_check (purpose, key_id, check_value)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (purpose, key_id) DO NOTHING`,
      [checks.map((check) => check.purpose), checks.map((check) => check.keyId), checks.map((check) => check.checkValue)],
    );
  }

  /** Every key id an identity in this database is encrypted with (a small set; one pass over the vault). */
  async identityKeyIdsInUse(): Promise<string[]> {
    const rows = (await this.manager.query('SELECT DISTINCT key_id FROM person_identity')) as { key_id: string }[];
    return rows.map((row) => row.key_id);
  }

  /** A few identities encrypted with this key id, to try the key on data made before check values existed. */
  async sampleIdentities(keyId: string, limit: number): Promise<{ pseudonym: string; encrypted: EncryptedValue }[]> {
    const rows = (await this.manager.query('SELECT person_pseudonym, key_id, iv, ciphertext, auth_tag FROM person_identity WHERE key_id = $1 LIMIT $2', [keyId, limit])) as {
      person_pseudonym: string;
      key_id: string;
      iv: string;
      ciphertext: string;
      auth_tag: string;
    }[];
    return rows.map((row) => ({
      pseudonym: row.person_pseudonym.trim(),
      encrypted: { algorithm: 'A256GCM', keyId: row.key_id, iv: row.iv, ciphertext: row.ciphertext, authTag: row.auth_tag },
    }));
  }
}
