import { Injectable } from '@nestjs/common';
import { Topics, type EventEnvelope, type PersonIdentityV1 } from '@ssp/contracts';
import { HandlesEvent, type EventHandler } from '@ssp/platform';
import type { EntityManager } from 'typeorm';

/**
 * The encrypted identity behind a pseudonym, kept encrypted as it came; it is decrypted only
 * for an authorised, logged read. A tombstone (erasure upstream) deletes it.
 */
@Injectable()
@HandlesEvent(Topics.personIdentity)
export class PersonIdentityHandler implements EventHandler<PersonIdentityV1> {
  async handle(event: EventEnvelope<PersonIdentityV1>, tx: EntityManager): Promise<void> {
    const { personPseudonym, identity } = event.payload;
    await tx.query(
      `INSERT INTO person_identity (person_pseudonym, key_id, iv, ciphertext, auth_tag) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (person_pseudonym) DO UPDATE SET key_id = EXCLUDED.key_id, iv = EXCLUDED.iv, ciphertext = EXCLUDED.ciphertext, auth_tag = EXCLUDED.auth_tag, received_at = now()`,
      [personPseudonym, identity.keyId, identity.iv, identity.ciphertext, identity.authTag],
    );
  }

  async handleTombstone(personPseudonym: string, tx: EntityManager): Promise<void> {
    await tx.query('DELETE FROM person_identity WHERE person_pseudonym = $1', [personPseudonym]);
  }
}
