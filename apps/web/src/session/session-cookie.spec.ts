import { cookieNames, cookieOptions, hashOf, randomToken, readCookie, sameToken } from './session-cookie';

describe('session cookies', () => {
  it('are httpOnly and SameSite=Lax, Secure and __Host- only over https', () => {
    expect(cookieOptions(false)).toEqual({ httpOnly: true, secure: false, sameSite: 'lax', path: '/' });
    expect(cookieOptions(true, 60_000)).toEqual({ httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 60_000 });
    expect(cookieNames(true)).toEqual({ session: '__Host-ssp_session', signIn: '__Host-ssp_sign_in' });
    expect(cookieNames(false)).toEqual({ session: 'ssp_session', signIn: 'ssp_sign_in' });
  });

  it('are read by name from the Cookie header', () => {
    expect(readCookie('a=1; ssp_session=abc-_9; b=2', 'ssp_session')).toBe('abc-_9');
    expect(readCookie('a=1; xssp_session=abc', 'ssp_session')).toBeUndefined();
    expect(readCookie(undefined, 'ssp_session')).toBeUndefined();
    expect(readCookie('ssp_session=old; ssp_session=new', 'ssp_session')).toBe('new');
  });

  it('carry fresh random values, kept in the database only as their hash', () => {
    const token = randomToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(token);
    expect(hashOf(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashOf(token)).not.toContain(token);
  });

  it('compare form tokens in constant time, refusing anything else', () => {
    const token = randomToken();
    expect(sameToken(token, token)).toBe(true);
    expect(sameToken(randomToken(), token)).toBe(false);
    expect(sameToken(token.slice(1), token)).toBe(false);
    expect(sameToken(undefined, token)).toBe(false);
    expect(sameToken([token], token)).toBe(false);
  });
});
