import { Clock, localDay } from '@ssp/platform';

/**
 * The instant test services read as "now" unless a test sets another: a Monday of the Monday
 * group's fortnight, mid-morning in Copenhagen, far from any midnight or change of clocks. Tests
 * write their data relative to it, so they pass on whatever day they happen to run.
 */
export const TEST_NOW = '2026-11-23T09:00:00.000Z';

/** A clock that stands still until the test moves it: what a service under test reads as "now". */
export class TestClock extends Clock {
  private current: number;

  constructor(start: string = TEST_NOW) {
    super();
    this.current = TestClock.parse(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: string): void {
    this.current = TestClock.parse(instant);
  }

  advance(ms: number): void {
    this.current += ms;
  }

  private static parse(instant: string): number {
    const time = Date.parse(instant);
    if (Number.isNaN(time)) throw new Error(`not an instant: ${instant}`);
    return time;
  }
}

/** The Danish day of `TEST_NOW`: "today" for a test service that has not been moved. */
export const TEST_TODAY = localDay(new Date(TEST_NOW));
