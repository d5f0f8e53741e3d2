/**
 * Where a service reads the time. Every decision that depends on "now" (today's Danish day,
 * deadlines, retention, schedules) asks this, so a test can run the service on a day of its
 * choosing instead of the day it happens to run on.
 */
export abstract class Clock {
  abstract now(): Date;
}

/** The machine's clock: what every service uses in production. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
