import { createHash, randomBytes } from 'node:crypto';

/**
 * A calendar feed's secret: calendar clients cannot send a bearer token, so the URL itself is
 * the credential. 256 random bits cannot be guessed; only the SHA-256 is stored, so a copy of
 * the database does not open anyone's feed.
 */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

export function isFeedToken(value: string): boolean {
  return TOKEN.test(value);
}

export function feedTokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
