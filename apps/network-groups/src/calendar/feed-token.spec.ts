import { feedTokenHash, isFeedToken, newFeedToken } from './feed-token';

describe('calendar feed tokens', () => {
  it('are 256 random bits, URL-safe, different every time', () => {
    const tokens = Array.from({ length: 50 }, newFeedToken);
    expect(new Set(tokens).size).toBe(50);
    expect(tokens.every(isFeedToken)).toBe(true);
    expect(Buffer.from(tokens[0], 'base64url')).toHaveLength(32);
  });

  it('are stored as a hash that is stable and differs per token', () => {
    const [a, b] = [newFeedToken(), newFeedToken()];
    expect(feedTokenHash(a).equals(feedTokenHash(a))).toBe(true);
    expect(feedTokenHash(a).equals(feedTokenHash(b))).toBe(false);
    expect(feedTokenHash(a)).toHaveLength(32);
  });

  it.each(['', 'short', `${'a'.repeat(42)}=`, `${'a'.repeat(44)}`, `${'a'.repeat(42)}/`])('refuses %j as a token', (value) => {
    expect(isFeedToken(value)).toBe(false);
  });
});
