import { TEST_NOW, TEST_TODAY, TestClock } from './test-clock';

describe('TestClock', () => {
  it('stands at TEST_NOW, a Monday mid-morning in Copenhagen, until moved', () => {
    const clock = new TestClock();
    expect(clock.now().toISOString()).toBe(TEST_NOW);
    expect(clock.now().toISOString()).toBe(TEST_NOW);
    expect(TEST_TODAY).toBe('2026-11-23');
    expect(new Date(TEST_NOW).getUTCDay()).toBe(1);
  });

  it('is set and advanced by the test, and hands out copies', () => {
    const clock = new TestClock('2027-03-27T22:30:00Z');
    clock.now().setTime(0);
    clock.advance(60 * 60 * 1000);
    expect(clock.now().toISOString()).toBe('2027-03-27T23:30:00.000Z');
    clock.set('2029-02-14T10:00:00Z');
    expect(clock.now().toISOString()).toBe('2029-02-14T10:00:00.000Z');
  });

  it('refuses what is not an instant', () => {
    expect(() => new TestClock('i morgen')).toThrow('not an instant: i morgen');
  });
});
