import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { KeyCheckRepository } from '../database/key-check.repository';
import type { PersonIdentityContent } from '@ssp/contracts';
import { IdentityCipher } from './identity-cipher';
import { firstMismatch, keyCheckOf, mismatchError, missingIdentityKey, type ConfiguredKey, type KeyCheck } from './key-check';
import { Pseudonymiser } from './pseudonymiser';

/** Identities tried with a key that has no check value yet; one that decrypts is enough. */
const SAMPLE_SIZE = 3;

/**
 * Refuses (throws KeyMismatchError) keys that do not fit this database, before the service
 * consumes or serves anything; records the check values of keys seen for the first time.
 *
 * - A key whose check value differs from the stored one for its purpose and key id.
 * - A key with no check value yet whose own `fitsData` says it did not make the data (case
 *   coordination's search index key: the terms of a few indexed identities).
 * - An identity key with no check value yet (first start after check values came in, or a
 *   new key id) that decrypts none of a few identities already under its id: a database
 *   made before check values existed is checked too.
 * - A pseudonym key with no check value yet, in a service that also holds the identities
 *   (ingestion), that does not give a few stored identities the pseudonyms they are stored
 *   under: new incidents would get other pseudonyms for the same people.
 * - A key id identities are encrypted with that configuration no longer lists: every one of
 *   those identities would be unreadable (k8s/README.md: old key ids stay listed).
 */
export async function verifyKeys(manager: EntityManager, keys: readonly ConfiguredKey[]): Promise<KeyCheck[]> {
  if (keys.length === 0) return [];
  const repository = new KeyCheckRepository(manager);
  const checks = keys.map(keyCheckOf);
  const stored = await repository.read(checks);
  const mismatch = firstMismatch(checks, stored);
  if (mismatch) throw mismatch;

  const storedIds = new Set(stored.map((check) => `${check.purpose}|${check.keyId}`));
  const fresh = keys.filter((key) => !storedIds.has(`${key.purpose}|${key.keyId}`));
  for (const key of fresh.filter((candidate) => candidate.purpose === 'IDENTITY_KEYS')) {
    const sample = await repository.sampleIdentities(key.keyId, SAMPLE_SIZE);
    const cipher = IdentityCipher.fromConfig(`${key.keyId}:${key.key.toString('base64')}`, key.keyId);
    if (sample.length > 0 && !sample.some(({ pseudonym, encrypted }) => decrypts(cipher, encrypted, pseudonym))) throw mismatchError(key.purpose, key.keyId);
  }

  for (const key of fresh) {
    if (key.fitsData && !(await key.fitsData(manager))) throw mismatchError(key.purpose, key.keyId);
  }

  const freshPseudonymKey = fresh.find((key) => key.purpose === 'PSEUDONYM_KEY');
  if (freshPseudonymKey && !(await makesStoredPseudonyms(repository, freshPseudonymKey, keys))) throw mismatchError(freshPseudonymKey.purpose, freshPseudonymKey.keyId);

  if (keys.some((key) => key.purpose === 'IDENTITY_KEYS')) {
    const missing = missingIdentityKey(keys, await repository.identityKeyIdsInUse());
    if (missing) throw missing;
  }

  const freshChecks = fresh.map(keyCheckOf);
  await repository.record(freshChecks);
  // Another replica may have recorded other material under the same id in between.
  const raced = firstMismatch(checks, await repository.read(checks));
  if (raced) throw raced;
  if (freshChecks.length > 0) new Logger('KeyCheck').log({ message: 'key check values recorded', keys: freshChecks.map((check) => `${check.purpose}:${check.keyId}`) });
  return freshChecks;
}

/**
 * Whether the pseudonym key gives the identities it can read the pseudonyms they are stored
 * under: true when one of a few does, or when there is nothing to compare with (no identity
 * keys, or no identity stored under one of them).
 */
async function makesStoredPseudonyms(repository: KeyCheckRepository, pseudonymKey: ConfiguredKey, keys: readonly ConfiguredKey[]): Promise<boolean> {
  const pseudonymiser = new Pseudonymiser(pseudonymKey.key);
  let compared = false;
  for (const identityKey of keys.filter((key) => key.purpose === 'IDENTITY_KEYS')) {
    const cipher = IdentityCipher.fromConfig(`${identityKey.keyId}:${identityKey.key.toString('base64')}`, identityKey.keyId);
    for (const { pseudonym, encrypted } of await repository.sampleIdentities(identityKey.keyId, SAMPLE_SIZE)) {
      const identity = opened(cipher, encrypted, pseudonym);
      if (!identity) continue;
      if (pseudonymiser.ofPerson(identity).pseudonym === pseudonym) return true;
      compared = true;
    }
  }
  return !compared;
}

function opened(cipher: IdentityCipher, encrypted: Parameters<IdentityCipher['decrypt']>[0], pseudonym: string): PersonIdentityContent | undefined {
  try {
    return JSON.parse(cipher.decrypt(encrypted, pseudonym)) as PersonIdentityContent;
  } catch {
    return undefined;
  }
}

function decrypts(cipher: IdentityCipher, encrypted: Parameters<IdentityCipher['decrypt']>[0], pseudonym: string): boolean {
  try {
    cipher.decrypt(encrypted, pseudonym);
    return true;
  } catch {
    return false;
  }
}
