import { createHmac, randomBytes } from 'node:crypto';
import { firstMismatch, identityKeysOf, keyCheckOf, keyCheckValue, missingIdentityKey, pseudonymKeyOf, searchIndexKeyOf } from './key-check';

const base64Key = () => randomBytes(32).toString('base64');

describe('key check values', () => {
  it('are the same for the same key and id, and differ for other material, another id or another purpose', () => {
    const key = randomBytes(32);
    const value = keyCheckValue('IDENTITY_KEYS', 'k1', key);
    expect(value).toMatch(/^[0-9a-f]{32}$/);
    expect(keyCheckValue('IDENTITY_KEYS', 'k1', Buffer.from(key))).toBe(value);
    expect(keyCheckValue('IDENTITY_KEYS', 'k1', randomBytes(32))).not.toBe(value);
    expect(keyCheckValue('IDENTITY_KEYS', 'k2', key)).not.toBe(value);
    expect(keyCheckValue('PSEUDONYM_KEY', 'k1', key)).not.toBe(value);
  });

  it('never contain the key, and are not a pseudonym or digest the pseudonymiser could make', () => {
    const key = randomBytes(32);
    const value = keyCheckOf(pseudonymKeyOf(key.toString('base64'))).checkValue;
    expect(value).not.toContain(key.toString('hex').slice(0, 8));
    // The pseudonymiser's inputs all start with cpr:, name-birth: or digest:; the label does not.
    const hmac = (text: string) => createHmac('sha256', key).update(text).digest('hex');
    expect(hmac('ssp key check v1|PSEUDONYM_KEY|default').slice(0, 32)).toBe(value);
    expect(value).not.toBe(hmac('cpr:').slice(0, 32));
  });

  it('parses IDENTITY_KEYS into one key per id', () => {
    const [a, b] = [base64Key(), base64Key()];
    expect(identityKeysOf(`k1:${a},k2:${b}`).map(({ purpose, keyId, key }) => [purpose, keyId, key.toString('base64')])).toEqual([
      ['IDENTITY_KEYS', 'k1', a],
      ['IDENTITY_KEYS', 'k2', b],
    ]);
  });
});

describe('firstMismatch', () => {
  const k1 = keyCheckOf(identityKeysOf(`k1:${base64Key()}`)[0]);
  const pseudonym = keyCheckOf(pseudonymKeyOf(base64Key()));

  it('passes stored values that match, and keys with nothing stored yet', () => {
    expect(firstMismatch([k1, pseudonym], [k1])).toBeNull();
    expect(firstMismatch([k1], [])).toBeNull();
  });

  it('names the identity key id whose material differs', () => {
    const error = firstMismatch([pseudonym, k1], [pseudonym, { ...k1, checkValue: keyCheckValue('IDENTITY_KEYS', 'k1', randomBytes(32)) }]);
    expect(error?.code).toBe('key-mismatch');
    expect(error?.message).toBe("IDENTITY_KEYS: the key with id k1 is not the key this database's identities were encrypted with");
  });

  it('names the pseudonym key', () => {
    const error = firstMismatch([pseudonym], [keyCheckOf(pseudonymKeyOf(base64Key()))]);
    expect(error?.purpose).toBe('PSEUDONYM_KEY');
    expect(error?.message).toBe("PSEUDONYM_KEY is not the key this database's pseudonyms were made with");
  });

  it('names the search index key, whose check value is its own even for the same material as the pseudonym key', () => {
    const material = base64Key();
    const search = keyCheckOf(searchIndexKeyOf(material));
    expect(search.checkValue).not.toBe(keyCheckOf(pseudonymKeyOf(material)).checkValue);
    const error = firstMismatch([k1, search], [k1, keyCheckOf(searchIndexKeyOf(base64Key()))]);
    expect([error?.purpose, error?.message]).toEqual(['SEARCH_INDEX_KEY', "SEARCH_INDEX_KEY is not the key this database's search index was made with"]);
  });
});

describe('missingIdentityKey', () => {
  const configured = identityKeysOf(`k2:${base64Key()},k3:${base64Key()}`);

  it('passes when every key id in the data is listed (and when the data has none)', () => {
    expect(missingIdentityKey(configured, ['k2', 'k3'])).toBeNull();
    expect(missingIdentityKey(configured, [])).toBeNull();
  });

  it('refuses a key id the data uses but configuration dropped', () => {
    const error = missingIdentityKey(configured, ['k1', 'k2']);
    expect(error?.code).toBe('key-missing');
    expect(error?.keyId).toBe('k1');
    expect(error?.message).toMatch(/^IDENTITY_KEYS: the key with id k1 is not listed, but identities in this database are encrypted with it/);
  });
});
