import { TEST_NOW, TEST_TODAY, TestClock } from './test-clock';

const MINUTE = 60_000;
const msAfter = (clock: TestClock, instant: string) => clock.now().getTime() - Date.parse(instant);

describe('TestClock', () => {
  it('starts at TEST_NOW, a Monday mid-morning in Copenhagen, and runs on from there', () => {
    const clock = new TestClock();
    const first = msAfter(clock, TEST_NOW);
    const second = msAfter(clock, TEST_NOW);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThanOrEqual(first);
    expect(second).toBeLessThan(MINUTE);
    expect(TEST_TODAY).toBe('2026-11-23');
    expect(new Date(TEST_NOW).getUTCDay()).toBe(1);
  });

  it('is set and advanced by the test, and hands out copies', () => {
    const clock = new TestClock('2027-03-27T22:30:00Z');
    clock.now().setTime(0);
    clock.advance(60 * MINUTE);
    expect(msAfter(clock, '2027-03-27T23:30:00Z')).toBeGreaterThanOrEqual(0);
    expect(msAfter(clock, '2027-03-27T23:30:00Z')).toBeLessThan(MINUTE);
    clock.set('2029-02-14T10:00:00Z');
    expect(msAfter(clock, '2029-02-14T10:00:00Z')).toBeGreaterThanOrEqual(0);
    expect(msAfter(clock, '2029-02-14T10:00:00Z')).toBeLessThan(MINUTE);
  });

  it('refuses what is not an instant', () => {
    expect(() => new TestClock('i morgen')).toThrow('not an instant: i morgen');
  });
});
