import { blockMsOf, throttlerRecordOf } from './throttler-record';

describe('throttlerRecordOf', () => {
  it('gives the times in whole seconds, rounded up', () => {
    expect(throttlerRecordOf({ hits: 3, msToWindowEnd: 59_000.4, blocked: false, msToBlockEnd: null })).toEqual({
      totalHits: 3,
      timeToExpire: 60,
      isBlocked: false,
      timeToBlockExpire: 0,
    });
    expect(throttlerRecordOf({ hits: 1, msToWindowEnd: 0.2, blocked: false, msToBlockEnd: null }).timeToExpire).toBe(1);
  });

  it('gives a block its remaining time, at least a second while it lasts', () => {
    expect(throttlerRecordOf({ hits: 6, msToWindowEnd: 30_000, blocked: true, msToBlockEnd: 45_500 })).toEqual({
      totalHits: 6,
      timeToExpire: 30,
      isBlocked: true,
      timeToBlockExpire: 46,
    });
    expect(throttlerRecordOf({ hits: 6, msToWindowEnd: 10, blocked: true, msToBlockEnd: 0.5 }).timeToBlockExpire).toBe(1);
  });

  it('never says a negative time: a block can outlast its window', () => {
    expect(throttlerRecordOf({ hits: 6, msToWindowEnd: -12_000, blocked: true, msToBlockEnd: 8_000 })).toMatchObject({ timeToExpire: 0, timeToBlockExpire: 8 });
  });

  it('gives no block time for a block that is over', () => {
    expect(throttlerRecordOf({ hits: 1, msToWindowEnd: 60_000, blocked: false, msToBlockEnd: -3_000 }).timeToBlockExpire).toBe(0);
  });
});

describe('blockMsOf', () => {
  it('blocks for a positive duration, and otherwise until the window ends', () => {
    expect(blockMsOf(60_000)).toBe(60_000);
    expect(blockMsOf(0)).toBeNull();
    expect(blockMsOf(-1)).toBeNull();
  });
});
