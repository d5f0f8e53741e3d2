import { safeReturnPath, sessionEnd, sessionPolicy } from './session-rules';

const POLICY = sessionPolicy(30, 8);
const at = (time: string) => new Date(`2026-11-23T${time}Z`);
const signedInAt9 = (lastSeen: string, tokenUntil = '23:00:00') => ({ signedInAt: at('09:00:00'), lastSeenAt: at(lastSeen), accessTokenExpiresAt: at(tokenUntil) });

describe('session expiry', () => {
  it('holds while the person keeps using it within 30 minutes and 8 hours', () => {
    expect(sessionEnd(signedInAt9('09:00:00'), at('09:29:59'), POLICY)).toBeNull();
    expect(sessionEnd(signedInAt9('16:40:00'), at('16:59:59'), POLICY)).toBeNull();
  });

  it('ends after 30 minutes unused, at the minute itself', () => {
    expect(sessionEnd(signedInAt9('09:10:00'), at('09:40:00'), POLICY)).toBe('idle');
    expect(sessionEnd(signedInAt9('09:10:00'), at('09:39:59.999'), POLICY)).toBeNull();
  });

  it('ends 8 hours after sign-in however busy, and says so even when also idle', () => {
    expect(sessionEnd(signedInAt9('16:59:00'), at('17:00:00'), POLICY)).toBe('absolute');
    expect(sessionEnd(signedInAt9('10:00:00'), at('17:00:00'), POLICY)).toBe('absolute');
  });

  it("ends when the services' access token runs out before the session would", () => {
    expect(sessionEnd(signedInAt9('09:50:00', '10:00:00'), at('10:00:00'), POLICY)).toBe('token-expired');
    expect(sessionEnd(signedInAt9('09:50:00', '10:00:00'), at('09:59:59'), POLICY)).toBeNull();
  });

  it('takes its limits from the settings', () => {
    expect(sessionPolicy(5, 1)).toEqual({ idleMs: 300_000, absoluteMs: 3_600_000 });
    expect(sessionEnd(signedInAt9('09:00:00'), at('09:05:00'), sessionPolicy(5, 1))).toBe('idle');
  });
});

describe('the page to return to after sign-in', () => {
  it('is a path on this site', () => {
    expect(safeReturnPath('/dagsorden?efter=abc')).toBe('/dagsorden?efter=abc');
  });

  it('is the front page for anything that could lead elsewhere', () => {
    for (const candidate of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', 'dagsorden', undefined, ['/a'], `/${'a'.repeat(600)}`]) {
      expect(safeReturnPath(candidate)).toBe('/');
    }
  });
});
