import { randomBytes } from 'node:crypto';
import { IdentityCipher } from './identity-cipher';

const key = () => randomBytes(32).toString('base64');

describe('IdentityCipher', () => {
  it('round-trips, and decrypts with an old key after rotation', () => {
    const oldKey = key();
    const before = IdentityCipher.fromConfig(`k1:${oldKey}`, 'k1');
    const encrypted = before.encrypt('{"cpr":"0102031234"}', 'p1');
    expect(encrypted.ciphertext).not.toContain('0102031234');
    const after = IdentityCipher.fromConfig(`k1:${oldKey},k2:${key()}`, 'k2');
    expect(after.decrypt(encrypted, 'p1')).toBe('{"cpr":"0102031234"}');
    expect(after.encrypt('x', 'p1').keyId).toBe('k2');
  });

  it('refuses ciphertext moved to another pseudonym or changed', () => {
    const cipher = IdentityCipher.fromConfig(`k1:${key()}`, 'k1');
    const encrypted = cipher.encrypt('identity', 'p1');
    expect(() => cipher.decrypt(encrypted, 'p2')).toThrow();
    const flipped = Buffer.from(encrypted.ciphertext, 'base64');
    flipped[0] ^= 1;
    expect(() => cipher.decrypt({ ...encrypted, ciphertext: flipped.toString('base64') }, 'p1')).toThrow();
  });

  it('refuses an active key id that is not configured', () => {
    expect(() => IdentityCipher.fromConfig(`k1:${key()}`, 'k9')).toThrow(/k9 is not among/);
  });
});
