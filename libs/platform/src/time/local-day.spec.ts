import { localDay } from './local-day';

describe('localDay', () => {
  it('is the Copenhagen day, which starts an hour (winter) or two (summer) before the UTC day', () => {
    expect(localDay(new Date('2026-01-05T22:59:59Z'))).toBe('2026-01-05');
    expect(localDay(new Date('2026-01-05T23:00:00Z'))).toBe('2026-01-06');
    expect(localDay(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(localDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('reads another zone when asked', () => {
    expect(localDay(new Date('2026-01-05T23:00:00Z'), 'UTC')).toBe('2026-01-05');
  });
});
