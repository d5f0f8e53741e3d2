import { Clock, localDay } from '@ssp/platform';
import { performance } from 'node:perf_hooks';

/**
 * The instant test services start from as "now" unless a test sets another: a Monday of the
 * Monday group's fortnight, mid-morning in Copenhagen, far from any midnight or change of
 * clocks. Tests write their data relative to it, so they pass on whatever day they run.
 */
export const TEST_NOW = '2026-11-23T09:00:00.000Z';

/** The Danish day of `TEST_NOW`: "today" for a test service that has not been moved. */
export const TEST_TODAY = localDay(new Date(TEST_NOW));

/**
 * What a service under test reads as "now": it starts where the test says and runs on at the
 * pace of the machine's monotonic clock (never its wall clock), so that two records written
 * one after the other still have times in that order; `set` and `advance` move it.
 */
export class TestClock extends Clock {
  private base: number;
  private since = performance.now();

  constructor(start: string = TEST_NOW) {
    super();
    this.base = TestClock.parse(start);
  }

  now(): Date {
    return new Date(this.base + Math.floor(performance.now() - this.since));
  }

  set(instant: string): void {
    this.base = TestClock.parse(instant);
    this.since = performance.now();
  }

  advance(ms: number): void {
    this.base += ms;
  }

  private static parse(instant: string): number {
    const time = Date.parse(instant);
    if (Number.isNaN(time)) throw new Error(`not an instant: ${instant}`);
    return time;
  }
}
