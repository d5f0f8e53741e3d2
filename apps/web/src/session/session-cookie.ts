import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh unguessable value: 32 random bytes, base64url (43 characters). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a cookie's value. */
export function hashOf(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/**
 * The cookies' names. Over https the `__Host-` prefix makes the browser refuse them unless
 * they are Secure, for this host only and for the whole site.
 */
export function cookieNames(https: boolean): { session: string; signIn: string } {
  const prefix = https ? '__Host-' : '';
  return { session: `${prefix}ssp_session`, signIn: `${prefix}ssp_sign_in` };
}

export interface CookieOptions {
  httpOnly: true;
  secure: boolean;
  sameSite: 'lax';
  path: '/';
  maxAge?: number;
}

/**
 * httpOnly (no script reads them), Secure over https, SameSite=Lax: sent when a person follows
 * a link or the provider's redirect back, not with another site's form posts or fetches.
 */
export function cookieOptions(https: boolean, maxAgeMs?: number): CookieOptions {
  return { httpOnly: true, secure: https, sameSite: 'lax', path: '/', ...(maxAgeMs === undefined ? {} : { maxAge: maxAgeMs }) };
}

/** One cookie's value from a Cookie header; the last wins when a name repeats. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  let found: string | undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    found = part.slice(separator + 1).trim();
  }
  return found;
}
