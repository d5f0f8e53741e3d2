import { retryDelayMs, verdictOn } from './retry-policy';

describe('e-mail retry policy', () => {
  it('doubles the wait after each failure, up to an hour', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20, 30_000)).toBe(3_600_000);
  });

  it('tries again after a temporary refusal or a lost connection until the attempts run out', () => {
    expect(verdictOn({ responseCode: 451, dataEnded: true, authentication: false }, 1, 3)).toBe('retry');
    expect(verdictOn({ dataEnded: false, authentication: false }, 2, 3)).toBe('retry');
    expect(verdictOn({ dataEnded: false, authentication: false }, 3, 3)).toBe('give-up');
  });

  it('gives up at once on a permanent refusal, but not on a failed login, which is configuration', () => {
    expect(verdictOn({ responseCode: 550, dataEnded: false, authentication: false }, 1, 5)).toBe('give-up');
    expect(verdictOn({ responseCode: 535, dataEnded: false, authentication: true }, 1, 5)).toBe('retry');
  });

  it('never sends again when the end of the data went out and no answer came', () => {
    expect(verdictOn({ dataEnded: true, authentication: false }, 1, 5)).toBe('unconfirmed');
  });
});
