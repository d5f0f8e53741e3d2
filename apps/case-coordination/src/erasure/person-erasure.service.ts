import { Injectable } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics, type ERASURE_REASONS } from '@ssp/contracts';
import { OutboxService, removeDeadLettersOfErased } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { eraseRecordsOf } from './person-erasure';

/**
 * Erases persons whose rows the caller has marked erased, in the caller's transaction: every
 * step of ERASURE_STEPS, and `person erased` on the topic for every other holder of the
 * identity (the ingestion's vault, which tombstones the identity topic; reporting). The daily
 * retention and a person's request both erase through here, so they erase the same. First the
 * service's waiting dead letters about them lose their message, so that none can be sent back
 * to bring the person's data back (docs/event-backbone.md, Dead letters and erasure).
 */
@Injectable()
export class PersonErasure {
  constructor(private readonly outbox: OutboxService) {}

  async erase(tx: EntityManager, pseudonyms: readonly string[], reason: (typeof ERASURE_REASONS)[number], now: Date): Promise<void> {
    if (pseudonyms.length === 0) return;
    await removeDeadLettersOfErased(tx, ServiceName.caseCoordination, pseudonyms, now);
    await eraseRecordsOf(tx, pseudonyms, now);
    const origin = { producer: ServiceName.caseCoordination, occurredAt: now };
    await this.outbox.publishMany(
      tx,
      Topics.personErased,
      pseudonyms.map((pseudonym) => ({
        key: pseudonym,
        event: createEnvelope(Topics.personErased, { personPseudonym: pseudonym, reason, erasedAt: now.toISOString() }, origin),
      })),
    );
  }
}
