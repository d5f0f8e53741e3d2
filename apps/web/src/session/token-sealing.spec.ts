import { randomBytes } from 'node:crypto';
import { TokenSealer } from './token-sealing';

const key = () => randomBytes(32).toString('base64');

describe('sealing the tokens a session holds', () => {
  const sealer = new TokenSealer(key());
  const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkZW1vLWthcmVuLWtqYWVyIn0.c2lnbmF0dXJl';

  it('opens what it sealed, and never shows the token in the sealed text', () => {
    const sealed = sealer.seal(token);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(token.slice(0, 20));
    expect(sealer.open(sealed)).toBe(token);
    expect(sealer.seal(token)).not.toBe(sealed);
  });

  it('opens nothing sealed with another key, altered, or not sealed at all', () => {
    const sealed = sealer.seal(token);
    expect(new TokenSealer(key()).open(sealed)).toBeNull();
    const [version, iv, body] = sealed.split('.');
    const flipped = `${body[0] === 'A' ? 'B' : 'A'}${body.slice(1)}`;
    expect(sealer.open(`${version}.${iv}.${flipped}`)).toBeNull();
    expect(sealer.open(token)).toBeNull();
    expect(sealer.open('v1..')).toBeNull();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new TokenSealer(randomBytes(16).toString('base64'))).toThrow('SESSION_KEY must be 32 bytes, base64');
  });
});
