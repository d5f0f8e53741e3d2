import { Inject, Injectable } from '@nestjs/common';
import type { IncidentRecordedV1, IncidentRecordedV2, PersonIdentityContent, PersonIdentityV1, PseudonymStrength } from '@ssp/contracts';
import { IdentityCipher, incidentRecordedV2Of, Pseudonymiser, SERVICE_CONFIG } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import type { PoliceListIngestionConfig } from '../police-list-ingestion.config';
import type { ValidPoliceListRow } from '../rows/validate-row';

export interface IdentifiedRow {
  row: ValidPoliceListRow;
  pseudonym: string;
  strength: PseudonymStrength;
}

function identityOf(row: ValidPoliceListRow): PersonIdentityContent {
  return {
    ...(row.cpr ? { cpr: row.cpr } : {}),
    name: row.name,
    birthDate: row.birthDate,
    ...(row.address ? { address: row.address } : {}),
    ...(row.postalCode ? { postalCode: row.postalCode } : {}),
    ...(row.school ? { school: row.school } : {}),
    protectedAddress: row.protectedAddress,
  };
}

/**
 * The identity vault: the one place a person's CPR, name and address are kept, encrypted
 * with AES-256-GCM under a key id (for rotation), and compared by keyed digest so an
 * unchanged identity is neither rewritten nor republished.
 */
@Injectable()
export class IdentityVault {
  private readonly cipher: IdentityCipher;
  private readonly pseudonymiser: Pseudonymiser;

  constructor(@Inject(SERVICE_CONFIG) config: PoliceListIngestionConfig) {
    this.cipher = IdentityCipher.fromConfig(config.IDENTITY_KEYS, config.IDENTITY_ACTIVE_KEY_ID);
    this.pseudonymiser = new Pseudonymiser(Buffer.from(config.PSEUDONYM_KEY, 'base64'));
  }

  pseudonymOf(row: ValidPoliceListRow): { pseudonym: string; strength: PseudonymStrength } {
    return this.pseudonymiser.ofPerson(row);
  }

  /** The incident as it may travel (ssp.incident.recorded.v2): its journal number as a keyed digest, and sealed under the identity key. */
  incidentForTopic(incident: IncidentRecordedV1): IncidentRecordedV2 {
    return incidentRecordedV2Of(incident, this.pseudonymiser, this.cipher);
  }

  /**
   * Stores the identities of these rows (the last row of a person wins) and returns the
   * identity events for those that are new or changed.
   */
  async store(tx: EntityManager, rows: IdentifiedRow[]): Promise<PersonIdentityV1[]> {
    const latest = new Map(rows.map((identified) => [identified.pseudonym, identified]));
    if (latest.size === 0) return [];
    const records = [...latest.values()].map(({ row, pseudonym, strength }) => {
      const clear = JSON.stringify(identityOf(row));
      return { pseudonym, strength, digest: this.pseudonymiser.digest(clear), encrypted: this.cipher.encrypt(clear, pseudonym) };
    });
    const changed: { person_pseudonym: string }[] = await tx.query(
      `INSERT INTO person_identity (person_pseudonym, pseudonym_strength, key_id, iv, ciphertext, auth_tag, identity_digest)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT (person_pseudonym) DO UPDATE
         SET pseudonym_strength = EXCLUDED.pseudonym_strength, key_id = EXCLUDED.key_id, iv = EXCLUDED.iv, ciphertext = EXCLUDED.ciphertext,
             auth_tag = EXCLUDED.auth_tag, identity_digest = EXCLUDED.identity_digest, updated_at = now()
         WHERE person_identity.identity_digest <> EXCLUDED.identity_digest
       RETURNING person_pseudonym`,
      [
        records.map((record) => record.pseudonym),
        records.map((record) => record.strength),
        records.map((record) => record.encrypted.keyId),
        records.map((record) => record.encrypted.iv),
        records.map((record) => record.encrypted.ciphertext),
        records.map((record) => record.encrypted.authTag),
        records.map((record) => record.digest),
      ],
    );
    const written = new Set(changed.map((row) => row.person_pseudonym.trim()));
    return records.filter((record) => written.has(record.pseudonym)).map((record) => ({ personPseudonym: record.pseudonym, identity: record.encrypted }));
  }

  /** Removes a person's identity, if the vault holds one. */
  async erase(tx: EntityManager, pseudonym: string): Promise<void> {
    await tx.query('DELETE FROM person_identity WHERE person_pseudonym = $1', [pseudonym]);
  }
}
