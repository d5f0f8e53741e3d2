import type { EncryptedValue } from '@ssp/contracts';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Keys by id; one of them encrypts, all of them decrypt (rotation keeps old ones listed). */
export class IdentityCipher {
  private constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    private readonly activeKeyId: string,
  ) {}

  /** `keyId:base64,keyId:base64` as in IDENTITY_KEYS. */
  static fromConfig(keyList: string, activeKeyId: string): IdentityCipher {
    const keys = new Map(
      keyList.split(',').map((pair) => {
        const [id, base64] = pair.split(':');
        const key = Buffer.from(base64, 'base64');
        if (key.length !== 32) throw new Error(`identity key ${id} is not 32 bytes`);
        return [id, key] as const;
      }),
    );
    if (!keys.has(activeKeyId)) throw new Error(`IDENTITY_ACTIVE_KEY_ID ${activeKeyId} is not among IDENTITY_KEYS`);
    return new IdentityCipher(keys, activeKeyId);
  }

  /** AES-256-GCM with a fresh 96-bit IV; the pseudonym is bound in as associated data. */
  encrypt(plaintext: string, pseudonym: string): EncryptedValue {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.activeKeyId)!, iv);
    cipher.setAAD(Buffer.from(pseudonym));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return {
      algorithm: 'A256GCM',
      keyId: this.activeKeyId,
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      authTag: cipher.getAuthTag().toString('base64'),
    };
  }

  decrypt(value: EncryptedValue, pseudonym: string): string {
    const key = this.keys.get(value.keyId);
    if (!key) throw new Error(`identity key ${value.keyId} is not configured`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(value.iv, 'base64'));
    decipher.setAAD(Buffer.from(pseudonym));
    decipher.setAuthTag(Buffer.from(value.authTag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(value.ciphertext, 'base64')), decipher.final()]).toString('utf8');
  }
}
