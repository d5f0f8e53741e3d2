import { Injectable } from '@nestjs/common';
import { Topics, type EventEnvelope, type PersonIdentityV1 } from '@ssp/contracts';
import { HandlesEvent, type EventHandler } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { PersonIdentityRepository } from './person-identity.repository';
import { PersonSearchIndex } from './person-search-index.service';

/**
 * The encrypted identity behind a pseudonym, kept encrypted as it came; it is decrypted only
 * for an authorised, logged read, and in memory to hash its search terms (the blind index).
 * A tombstone (erasure upstream) deletes it, and its terms with it.
 */
@Injectable()
@HandlesEvent(Topics.personIdentity)
export class PersonIdentityHandler implements EventHandler<PersonIdentityV1> {
  constructor(private readonly searchIndex: PersonSearchIndex) {}

  async handle(event: EventEnvelope<PersonIdentityV1>, tx: EntityManager): Promise<void> {
    const { personPseudonym, identity } = event.payload;
    const row = { person_pseudonym: personPseudonym, key_id: identity.keyId, iv: identity.iv, ciphertext: identity.ciphertext, auth_tag: identity.authTag };
    await new PersonIdentityRepository(tx).upsert(row);
    await this.searchIndex.indexIdentity(tx, row);
  }

  async handleTombstone(personPseudonym: string, tx: EntityManager): Promise<void> {
    await new PersonIdentityRepository(tx).delete(personPseudonym);
  }
}
