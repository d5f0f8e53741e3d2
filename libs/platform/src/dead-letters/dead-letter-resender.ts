import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ServiceName } from '@ssp/contracts';
import { DataSource } from 'typeorm';
import { SERVICE_NAME } from '../app/tokens';
import type { Principal } from '../auth/principal';
import { applyConsumed } from '../consumer/apply-consumed';
import { decodeMessage } from '../consumer/decode-message';
import { KafkaBatchServer } from '../consumer/kafka-batch.server';
import { conflict, notFound } from '../http/refusals';
import { MetricsService } from '../metrics/metrics.service';
import { Clock } from '../time/clock';
import { DEAD_LETTER_REFUSALS } from './dead-letter.refusals';
import { DeadLetterRepository, type SettledOutcome } from './dead-letter.repository';

/** What a send-back did: handled now, already handled before (the inbox had it), or settled earlier (a second click). */
export type ResendOutcome = SettledOutcome | 'already-settled';

/** What a discard did: discarded now, or the dead letter was settled earlier (sent back or discarded). */
export type DiscardOutcome = 'discarded' | 'already-settled';

/**
 * Sends a dead letter back to the service's own consumer path, in-process: the same decoding,
 * inbox and handler the live consumer uses, in one transaction that also settles the dead
 * letter. Nothing is published: the original topic is other groups' too, and the service may
 * not write it. The row is locked for the transaction, so a second send-back of the same dead
 * letter (a double click, another replica) waits and then finds it settled.
 */
@Injectable()
export class DeadLetterResender {
  private readonly logger = new Logger(DeadLetterResender.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly server: KafkaBatchServer,
    private readonly metrics: MetricsService,
    private readonly clock: Clock,
    @Inject(SERVICE_NAME) private readonly serviceName: ServiceName,
  ) {}

  async resend(id: string, operator: Principal): Promise<ResendOutcome> {
    /** Set while the handler runs: what fails then is the message failing again, not the send-back itself. */
    let handling: string | undefined;
    try {
      return await this.dataSource.transaction(async (tx) => {
        const repository = new DeadLetterRepository(tx);
        const letter = await repository.lock(this.serviceName, id);
        if (!letter) throw notFound(DEAD_LETTER_REFUSALS.notFound);
        if (letter.settledAt) return 'already-settled';
        if (letter.contentRemoved) throw conflict(DEAD_LETTER_REFUSALS.contentRemoved, { contentRemoved: letter.contentRemoved });
        const route = this.server.discoverHandlers().find((candidate) => candidate.topic.name === letter.topic);
        if (!route) throw conflict(DEAD_LETTER_REFUSALS.notHandled);
        const decoded = decodeMessage(route.topic, letter.key, letter.value);
        if (decoded.kind === 'invalid') throw conflict(DEAD_LETTER_REFUSALS.invalid, { reason: decoded.reason });
        const meta = { topic: letter.topic, partition: letter.originalPartition, offset: letter.originalOffset, key: letter.key };
        handling = letter.topic;
        const outcome = await applyConsumed(tx, this.serviceName, route, decoded, meta);
        handling = undefined;
        await repository.settle(id, operator.subject, outcome, this.clock.now());
        this.metrics.consumedEvents.inc({ topic: letter.topic, outcome });
        this.logger.log({ message: 'dead letter sent back', deadLetterId: id, topic: letter.topic, outcome, operator: operator.subject });
        return outcome;
      });
    } catch (error) {
      if (handling === undefined) throw error;
      const reason = `sent back by ${operator.subject} and failed again: ${(error as Error).message ?? String(error)}`;
      await new DeadLetterRepository(this.dataSource.manager).failedAgain(id, reason, this.clock.now());
      this.logger.warn({ message: 'dead letter sent back failed again', deadLetterId: id, topic: handling, error: String(error) });
      throw conflict(DEAD_LETTER_REFUSALS.stillFailing, { reason: reason.slice(0, 2000) });
    }
  }

  /**
   * Discards a dead letter the operator will not send back (invalid, no longer wanted, or its
   * content removed): settled as discarded, its message cleared, it leaves the list. The row
   * lock makes a discard and a send-back of the same dead letter happen one after the other.
   */
  async discard(id: string, operator: Principal): Promise<DiscardOutcome> {
    return this.dataSource.transaction(async (tx) => {
      const repository = new DeadLetterRepository(tx);
      const letter = await repository.lock(this.serviceName, id);
      if (!letter) throw notFound(DEAD_LETTER_REFUSALS.notFound);
      if (letter.settledAt) return 'already-settled';
      await repository.settle(id, operator.subject, 'discarded', this.clock.now());
      this.logger.log({ message: 'dead letter discarded', deadLetterId: id, topic: letter.topic, operator: operator.subject });
      return 'discarded';
    });
  }
}
