import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * The claims on the slots of periodic jobs (`scheduled_run`). Each statement is a transaction
 * of its own, so a claim is visible to the other replicas before its job starts. Times come
 * from the service's Clock, like every other decision about "now".
 */
@Injectable()
export class ScheduledRunRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims `slot` of `job` for `replica` until `leaseUntil`; true when it won. It wins when no
   * replica has claimed the slot, or when the last claim is unfinished and its lease has run
   * out at `now` (its replica died, or its run failed and let go): then it takes over.
   */
  async claim(job: string, slot: string, replica: string, now: Date, leaseUntil: Date): Promise<boolean> {
    const won = (await this.dataSource.query(
      `INSERT INTO scheduled_run AS run (job, slot, replica, started_at, lease_until) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (job, slot) DO UPDATE
         SET replica = EXCLUDED.replica, started_at = EXCLUDED.started_at, lease_until = EXCLUDED.lease_until, attempts = run.attempts + 1
         WHERE run.finished_at IS NULL AND run.lease_until <= EXCLUDED.started_at
       RETURNING job`,
      [job, slot, replica, now, leaseUntil],
    )) as unknown[];
    return won.length === 1;
  }

  /** Keeps a running claim from being taken over; false when it is no longer this replica's. */
  async renew(job: string, slot: string, replica: string, leaseUntil: Date): Promise<boolean> {
    const [, count] = (await this.dataSource.query(
      'UPDATE scheduled_run SET lease_until = $4 WHERE job = $1 AND slot = $2 AND replica = $3 AND finished_at IS NULL',
      [job, slot, replica, leaseUntil],
    )) as [unknown, number];
    return count === 1;
  }

  async finish(job: string, slot: string, replica: string, now: Date): Promise<void> {
    await this.dataSource.query('UPDATE scheduled_run SET finished_at = $4 WHERE job = $1 AND slot = $2 AND replica = $3 AND finished_at IS NULL', [job, slot, replica, now]);
  }

  /** A failed run lets its claim go at once, so that the slot is tried again at the next check. */
  async release(job: string, slot: string, replica: string, now: Date): Promise<void> {
    await this.dataSource.query('UPDATE scheduled_run SET lease_until = $4 WHERE job = $1 AND slot = $2 AND replica = $3 AND finished_at IS NULL', [job, slot, replica, now]);
  }

  /** Forgets the runs of `job` started before `before`: only the current slot is ever claimed. */
  async forgetBefore(job: string, before: Date): Promise<void> {
    await this.dataSource.query('DELETE FROM scheduled_run WHERE job = $1 AND started_at < $2 AND finished_at IS NOT NULL', [job, before]);
  }
}
