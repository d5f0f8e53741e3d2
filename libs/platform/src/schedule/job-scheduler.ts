import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { SERVICE_CONFIG } from '../app/tokens';
import type { ServiceConfig } from '../config/service.config';
import { Clock } from '../time/clock';
import { currentSlot, nextOccurrence, parseSchedule, type Schedule, type ScheduleSlot } from '../time/schedule';
import { ScheduledRunRepository } from './scheduled-run.repository';

export interface ScheduledJob {
  /** Names the job's runs in `scheduled_run`; never renamed, or its current slot runs again. */
  name: string;
  /** Danish time: `HH:MM` every day, `*:MM` every hour (see `parseSchedule`). */
  schedule: string;
  /** A failed run is logged and its slot tried again at the next check. */
  run(slot: ScheduleSlot): Promise<unknown>;
}

/**
 * A claim is the replica's for this long after it was made or last renewed; a replica renews
 * it while the job runs, so only a claim whose replica died (or whose run failed) runs out.
 * Then the next replica to check takes the slot over: a crash loses at most this long.
 */
export const SCHEDULED_RUN_LEASE_MS = 10 * 60_000;
const RENEW_EVERY_MS = SCHEDULED_RUN_LEASE_MS / 5;
/** Runs are kept a year and a month for operations to look back on; only the current slot is ever claimed. */
const KEEP_RUNS_MS = 400 * 24 * 3_600_000;

/**
 * Runs each periodic job once per slot of its schedule across all replicas: every replica
 * checks at start-up (so a slot missed while none ran is caught up when one starts) and then
 * when the next slot is due, and runs the job only when it wins the slot's claim in
 * `scheduled_run`. Waits are capped at `SCHEDULER_MAX_WAIT_MS`, because a host that slept or
 * had its clock set wakes late; timers do not keep the process alive. On shutdown it stops
 * checking and lets a running job finish before the database goes.
 */
@Injectable()
export class JobScheduler implements BeforeApplicationShutdown {
  private readonly logger = new Logger('scheduler');
  /** Names this process in its claims: the pod's host name, the process and a random part for two in one process. */
  readonly replica = `${hostname()}/${process.pid}/${randomBytes(3).toString('hex')}`;
  private stopped = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly checks = new Set<Promise<void>>();

  constructor(
    private readonly runs: ScheduledRunRepository,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  /** Starts checking `job`; settles when the first check (and the run, if this replica won it) is done. */
  start(job: ScheduledJob): Promise<void> {
    const schedule = parseSchedule(job.schedule);
    const check = async (): Promise<void> => {
      await this.runDue(job, schedule);
      if (this.stopped) return;
      const now = this.clock.now();
      const wait = Math.min(Math.max(nextOccurrence(schedule, now).getTime() - now.getTime(), 0), this.config.SCHEDULER_MAX_WAIT_MS);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        void this.track(check());
      }, wait);
      timer.unref();
      this.timers.add(timer);
    };
    return this.track(check());
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.all([...this.checks]);
  }

  private async runDue(job: ScheduledJob, schedule: Schedule): Promise<void> {
    const now = this.clock.now();
    const slot = currentSlot(schedule, now);
    const leaseFrom = (instant: Date) => new Date(instant.getTime() + SCHEDULED_RUN_LEASE_MS);
    try {
      if (!(await this.runs.claim(job.name, slot.key, this.replica, now, leaseFrom(now)))) return;
    } catch (error) {
      this.logger.error(`${job.name}: claiming the run of ${slot.key} failed: ${String(error)}`);
      return;
    }
    const renewal = setInterval(() => {
      this.runs.renew(job.name, slot.key, this.replica, leaseFrom(this.clock.now())).catch((error: unknown) => this.logger.warn(`${job.name}: renewing the claim of ${slot.key} failed: ${String(error)}`));
    }, RENEW_EVERY_MS);
    renewal.unref();
    try {
      await job.run(slot);
    } catch (error) {
      this.logger.error(`${job.name}: the run of ${slot.key} failed, to be tried again: ${String(error)}`);
      await this.runs.release(job.name, slot.key, this.replica, this.clock.now()).catch(() => undefined);
      return;
    } finally {
      clearInterval(renewal);
    }
    try {
      await this.runs.finish(job.name, slot.key, this.replica, this.clock.now());
      await this.runs.forgetBefore(job.name, new Date(now.getTime() - KEEP_RUNS_MS));
    } catch (error) {
      // The job's work stands; the claim runs out and the slot runs again, which the jobs bear (each is idempotent).
      this.logger.error(`${job.name}: recording the run of ${slot.key} as done failed: ${String(error)}`);
    }
  }

  private track(check: Promise<void>): Promise<void> {
    this.checks.add(check);
    return check.finally(() => this.checks.delete(check));
  }
}
