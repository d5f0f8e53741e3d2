import { Inject, Injectable } from '@nestjs/common';
import type { IncidentDetails, IncidentRecordedV1, IncidentRecordedV2, PersonIdentityContent, PersonIdentityV1, PseudonymStrength } from '@ssp/contracts';
import { IdentityCipher, incidentRecordedV2Of, Pseudonymiser, SERVICE_CONFIG } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import type { PoliceListIngestionConfig } from '../police-list-ingestion.config';
import type { ValidPoliceListRow } from '../rows/validate-row';

/** A person's identity with the pseudonym it gives. */
export interface IdentityRecord {
  pseudonym: string;
  strength: PseudonymStrength;
  identity: PersonIdentityContent;
}

/** What the vault keeps of a police list's row. */
export function identityOfRow(row: ValidPoliceListRow): PersonIdentityContent {
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

  pseudonymOf(person: { cpr?: string; name: string; birthDate: string }): { pseudonym: string; strength: PseudonymStrength } {
    return this.pseudonymiser.ofPerson(person);
  }

  /** The incident as it may travel (ssp.incident.recorded.v2): its journal number as a keyed digest, and it and the offence text and place sealed under the identity key. */
  incidentForTopic(incident: IncidentRecordedV1, details: IncidentDetails): IncidentRecordedV2 {
    return incidentRecordedV2Of(incident, this.pseudonymiser, this.cipher, details);
  }

  /**
   * Stores these identities (the last of a person wins), replacing one held when it changed,
   * and returns the identity events for those that are new or changed.
   */
  async store(tx: EntityManager, records: readonly IdentityRecord[]): Promise<PersonIdentityV1[]> {
    return this.write(tx, records, 'replace-changed');
  }

  /**
   * Stores these identities where the vault holds none for the pseudonym, and returns the
   * identity events for those. A concern names a child by what the member knows; an identity
   * a police list gave (with the address and its protection) is not replaced by less.
   */
  async storeIfNew(tx: EntityManager, records: readonly IdentityRecord[]): Promise<PersonIdentityV1[]> {
    return this.write(tx, records, 'keep-held');
  }

  private async write(tx: EntityManager, records: readonly IdentityRecord[], held: 'replace-changed' | 'keep-held'): Promise<PersonIdentityV1[]> {
    const latest = new Map(records.map((record) => [record.pseudonym, record]));
    if (latest.size === 0) return [];
    const sealed = [...latest.values()].map(({ pseudonym, strength, identity }) => {
      const clear = JSON.stringify(identity);
      return { pseudonym, strength, digest: this.pseudonymiser.digest(clear), encrypted: this.cipher.encrypt(clear, pseudonym) };
    });
    const onConflict =
      held === 'keep-held'
        ? 'DO NOTHING'
        : `DO UPDATE
         SET pseudonym_strength = EXCLUDED.pseudonym_strength, key_id = EXCLUDED.key_id, iv = EXCLUDED.iv, ciphertext = EXCLUDED.ciphertext,
             auth_tag = EXCLUDED.auth_tag, identity_digest = EXCLUDED.identity_digest, updated_at = now()
         WHERE person_identity.identity_digest <> EXCLUDED.identity_digest`;
    const changed: { person_pseudonym: string }[] = await tx.query(
      `INSERT INTO person_identity (person_pseudonym, pseudonym_strength, key_id, iv, ciphertext, auth_tag, identity_digest)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT (person_pseudonym) ${onConflict}
       RETURNING person_pseudonym`,
      [
        sealed.map((record) => record.pseudonym),
        sealed.map((record) => record.strength),
        sealed.map((record) => record.encrypted.keyId),
        sealed.map((record) => record.encrypted.iv),
        sealed.map((record) => record.encrypted.ciphertext),
        sealed.map((record) => record.encrypted.authTag),
        sealed.map((record) => record.digest),
      ],
    );
    const written = new Set(changed.map((row) => row.person_pseudonym.trim()));
    return sealed.filter((record) => written.has(record.pseudonym)).map((record) => ({ personPseudonym: record.pseudonym, identity: record.encrypted }));
  }

  /** Removes a person's identity, if the vault holds one. */
  async erase(tx: EntityManager, pseudonym: string): Promise<void> {
    await tx.query('DELETE FROM person_identity WHERE person_pseudonym = $1', [pseudonym]);
  }
}
