import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { KeyCheckRepository } from '../database/key-check.repository';
import { IdentityCipher } from './identity-cipher';
import { firstMismatch, keyCheckOf, mismatchError, missingIdentityKey, type ConfiguredKey, type KeyCheck } from './key-check';

/** Identities tried with a key that has no check value yet; one that decrypts is enough. */
const SAMPLE_SIZE = 3;

/**
 * Refuses (throws KeyMismatchError) keys that do not fit this database, before the service
 * consumes or serves anything; records the check values of keys seen for the first time.
 *
 * - A key whose check value differs from the stored one for its purpose and key id.
 * - An identity key with no check value yet (first start after check values came in, or a
 *   new key id) that decrypts none of a few identities already under its id: a database
 *   made before check values existed is checked too.
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

function decrypts(cipher: IdentityCipher, encrypted: Parameters<IdentityCipher['decrypt']>[0], pseudonym: string): boolean {
  try {
    cipher.decrypt(encrypted, pseudonym);
    return true;
  } catch {
    return false;
  }
}
