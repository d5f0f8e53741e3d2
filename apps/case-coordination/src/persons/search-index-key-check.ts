import type { IdentityCipher } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { decryptIdentities } from './identity-reader.service';
import { PersonSearchRepository } from './person-search.repository';
import { blindTerms, identityTerms } from './search-terms';

/** Indexed identities whose terms are made again to check the key; one that fits is enough. */
const SAMPLE_SIZE = 3;

/**
 * Whether SEARCH_INDEX_KEY made the index that is there: true when one of a few indexed
 * identities that can be read has every term the key makes of it, or when none can be
 * compared. Start-up asks it of a key with no check value yet (its key_check row deleted, or
 * a database from before check values), so that a wrong key is refused before its check value
 * is recorded and before searches quietly find nobody.
 */
export async function searchIndexMadeWith(manager: EntityManager, key: Buffer, cipher: IdentityCipher): Promise<boolean> {
  const repository = new PersonSearchRepository(manager);
  const { identities } = decryptIdentities(cipher, await repository.sampleIndexedIdentities(SAMPLE_SIZE));
  if (identities.size === 0) return true;
  for (const [pseudonym, identity] of identities) {
    if (await repository.hasTerms(pseudonym, blindTerms(key, identityTerms(identity)))) return true;
  }
  return false;
}
