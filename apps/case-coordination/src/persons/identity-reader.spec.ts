import { randomBytes } from 'node:crypto';
import { IdentityCipher } from '@ssp/platform';
import { decryptIdentities, type IdentityRow } from './identity-reader.service';

const cipher = IdentityCipher.fromConfig(`k1:${randomBytes(32).toString('base64')}`, 'k1');

function rowOf(pseudonym: string, identity: object, using = cipher): IdentityRow {
  const encrypted = using.encrypt(JSON.stringify(identity), pseudonym);
  return { person_pseudonym: pseudonym, key_id: encrypted.keyId, iv: encrypted.iv, ciphertext: encrypted.ciphertext, auth_tag: encrypted.authTag };
}

describe('decryptIdentities', () => {
  it('sets one undecryptable identity aside and returns the others', () => {
    const damaged = rowOf('p2', { name: 'B' });
    const flipped = Buffer.from(damaged.ciphertext, 'base64');
    flipped[0] ^= 1;
    const otherKey = IdentityCipher.fromConfig(`k1:${randomBytes(32).toString('base64')}`, 'k1');
    const read = decryptIdentities(cipher, [
      rowOf('p1', { name: 'A', birthDate: '2010-01-01', protectedAddress: false }),
      { ...damaged, ciphertext: flipped.toString('base64') },
      rowOf('p3', { name: 'C' }, otherKey),
      { ...rowOf('p4', { name: 'D' }), key_id: 'k9' },
    ]);
    expect([...read.identities.keys()]).toEqual(['p1']);
    expect(read.identities.get('p1')?.name).toBe('A');
    expect(Object.fromEntries(read.unreadable)).toEqual({ p2: { keyId: 'k1' }, p3: { keyId: 'k1' }, p4: { keyId: 'k9' } });
  });

  it('leaves out a protected address', () => {
    const read = decryptIdentities(cipher, [rowOf('p1', { name: 'A', address: 'Vej 1', protectedAddress: true })]);
    expect(read.identities.get('p1')).toEqual({ name: 'A', protectedAddress: true });
  });
});
