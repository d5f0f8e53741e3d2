import { createHmac } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** The configuration variable a key comes from; also the `purpose` column of `key_check`. */
export type KeyPurpose = 'PSEUDONYM_KEY' | 'IDENTITY_KEYS' | 'SEARCH_INDEX_KEY';

/** One key a service is configured with. The pseudonym key has no id of its own: it never rotates. */
export interface ConfiguredKey {
  purpose: KeyPurpose;
  keyId: string;
  key: Buffer;
  /**
   * For a key with no check value yet: whether it fits what the database already holds that it
   * made (true when there is nothing to compare with). A key that does not fit is refused
   * before its check value is recorded.
   */
  fitsData?: (manager: EntityManager) => Promise<boolean>;
}

/** What `key_check` holds for one key: never the key, only its check value. */
export interface KeyCheck {
  purpose: KeyPurpose;
  keyId: string;
  checkValue: string;
}

/** The key id stored for the pseudonym key and the search index key, which have none in configuration. */
export const PSEUDONYM_KEY_ID = 'default';

/**
 * A keyed MAC of a fixed label: HMAC-SHA-256(key, "ssp key check v1|purpose|keyId"),
 * the first 128 bits in hex. Equal keys give equal values, and the value says nothing
 * about the key.
 *
 * Why not the classic key check value (encrypt a zero block)? For an AES-GCM key that
 * block is GCM's hash subkey H, and whoever knows H can forge ciphertexts. Why this label?
 * The pseudonymiser HMACs only `cpr:…`, `name-birth:…`, `journal:…` and `digest:…`, so the check value
 * of the pseudonym key is never a pseudonym or digest of anything, and publishing it
 * would not help anyone reverse a pseudonym.
 */
export function keyCheckValue(purpose: KeyPurpose, keyId: string, key: Buffer): string {
  return createHmac('sha256', key).update(`ssp key check v1|${purpose}|${keyId}`, 'utf8').digest('hex').slice(0, 32);
}

export function keyCheckOf({ purpose, keyId, key }: ConfiguredKey): KeyCheck {
  return { purpose, keyId, checkValue: keyCheckValue(purpose, keyId, key) };
}

/** `keyId:base64,keyId:base64` as in IDENTITY_KEYS (the config class has checked the shape). */
export function identityKeysOf(keyList: string): ConfiguredKey[] {
  return keyList.split(',').map((pair) => {
    const [keyId, base64] = pair.split(':');
    return { purpose: 'IDENTITY_KEYS', keyId, key: Buffer.from(base64, 'base64') };
  });
}

export function pseudonymKeyOf(base64: string): ConfiguredKey {
  return { purpose: 'PSEUDONYM_KEY', keyId: PSEUDONYM_KEY_ID, key: Buffer.from(base64, 'base64') };
}

/** The key of case coordination's blind search index; like the pseudonym key it never rotates (a new key means indexing again). */
export function searchIndexKeyOf(base64: string): ConfiguredKey {
  return { purpose: 'SEARCH_INDEX_KEY', keyId: PSEUDONYM_KEY_ID, key: Buffer.from(base64, 'base64') };
}

/** Why a service may not start with its keys; `code` is stable, the message names the key. */
export class KeyMismatchError extends Error {
  constructor(
    readonly code: 'key-mismatch' | 'key-missing',
    readonly purpose: KeyPurpose,
    readonly keyId: string,
    message: string,
  ) {
    super(message);
    this.name = 'KeyMismatchError';
  }
}

/** The first configured key whose check value differs from the one stored for its purpose and key id, as an error. */
export function firstMismatch(configured: readonly KeyCheck[], stored: readonly KeyCheck[]): KeyMismatchError | null {
  const storedValues = new Map(stored.map((check) => [`${check.purpose}|${check.keyId}`, check.checkValue]));
  for (const check of configured) {
    const storedValue = storedValues.get(`${check.purpose}|${check.keyId}`);
    if (storedValue !== undefined && storedValue !== check.checkValue) return mismatchError(check.purpose, check.keyId);
  }
  return null;
}

export function mismatchError(purpose: KeyPurpose, keyId: string): KeyMismatchError {
  const messages: Record<KeyPurpose, string> = {
    PSEUDONYM_KEY: "PSEUDONYM_KEY is not the key this database's pseudonyms were made with",
    IDENTITY_KEYS: `IDENTITY_KEYS: the key with id ${keyId} is not the key this database's identities were encrypted with`,
    SEARCH_INDEX_KEY: "SEARCH_INDEX_KEY is not the key this database's search index was made with",
  };
  const message = messages[purpose];
  return new KeyMismatchError('key-mismatch', purpose, keyId, message);
}

/** Key ids that identities in the data are encrypted with but that configuration no longer lists. */
export function missingIdentityKey(configured: readonly ConfiguredKey[], keyIdsInData: readonly string[]): KeyMismatchError | null {
  const listed = new Set(configured.filter((key) => key.purpose === 'IDENTITY_KEYS').map((key) => key.keyId));
  const missing = keyIdsInData.find((keyId) => !listed.has(keyId));
  return missing === undefined
    ? null
    : new KeyMismatchError(
        'key-missing',
        'IDENTITY_KEYS',
        missing,
        `IDENTITY_KEYS: the key with id ${missing} is not listed, but identities in this database are encrypted with it (keep old key ids listed until none remain)`,
      );
}
