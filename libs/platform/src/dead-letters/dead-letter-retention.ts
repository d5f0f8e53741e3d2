import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ALL_TOPICS, type ServiceName } from '@ssp/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { SERVICE_CONFIG, SERVICE_NAME } from '../app/tokens';
import type { ServiceConfig } from '../config/service.config';
import { JobScheduler } from '../schedule/job-scheduler';
import { Clock } from '../time/clock';
import { DeadLetterRepository } from './dead-letter.repository';

const DAY_MS = 24 * 3_600_000;

/** The retention job's name in `scheduled_run`: never renamed. */
export const DEAD_LETTER_RETENTION_JOB = 'dead-letter-retention';

/** Waiting dead letters first dead-lettered before this instant have their message removed. */
export function deadLetterContentCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/**
 * The topics whose record key is the person's pseudonym (the catalogue's per-person topics): a
 * dead letter of one of them concerns the person its key names. Topics keyed otherwise (a list,
 * a membership, a body, an area) carry no one person's pseudonymous facts in their key.
 */
export const PERSON_KEYED_TOPICS: readonly string[] = ALL_TOPICS.filter((topic) => topic.key === 'personPseudonym').map((topic) => topic.name);

/**
 * Erasure's part in the dead letters: the waiting dead letters of `consumerGroup` about the
 * erased persons lose their message, in the erasure's transaction. Call it before the erasure
 * deletes the person's data: its row locks then order it against a send-back (docs/event-backbone.md).
 */
export function removeDeadLettersOfErased(tx: EntityManager, consumerGroup: ServiceName, pseudonyms: readonly string[], now: Date): Promise<number> {
  return new DeadLetterRepository(tx).removeContentOfKeys(consumerGroup, PERSON_KEYED_TOPICS, pseudonyms, now);
}

/**
 * The dead letters' retention: at `DEAD_LETTER_RETENTION_TIME` (Danish time; hourly by default),
 * once per slot across the replicas, the message of every waiting dead letter first
 * dead-lettered more than `DEAD_LETTER_RETENTION_DAYS` ago is removed (the `.dlq` topics keep
 * theirs for the broker's retention, seven days by default). The row stays listed as "content
 * removed" until an operator discards it.
 */
@Injectable()
export class DeadLetterRetention implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeadLetterRetention.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly scheduler: JobScheduler,
    private readonly clock: Clock,
    @Inject(SERVICE_NAME) private readonly serviceName: ServiceName,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.scheduler.start({ name: DEAD_LETTER_RETENTION_JOB, schedule: this.config.DEAD_LETTER_RETENTION_TIME, run: () => this.removeExpired() });
  }

  /** Removes the expired messages now; returns how many. */
  async removeExpired(): Promise<number> {
    const now = this.clock.now();
    const removed = await new DeadLetterRepository(this.dataSource.manager).removeContentBefore(
      this.serviceName,
      deadLetterContentCutoff(now, this.config.DEAD_LETTER_RETENTION_DAYS),
      now,
    );
    if (removed > 0) this.logger.log({ message: 'dead letters past their retention lost their message', removed });
    return removed;
  }
}
