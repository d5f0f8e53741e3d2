import { Injectable } from '@nestjs/common';
import { ServiceName, Topics, type EventEnvelope, type PersonErasedV1 } from '@ssp/contracts';
import { Clock, HandlesEvent, OutboxService, removeDeadLettersOfErased, type EventHandler } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { IdentityVault } from './identity-vault';

/**
 * Case coordination erased a person: the vault row goes, and a tombstone on the compacted
 * identity topic makes Kafka forget the identity too, in the same transaction; first the
 * service's waiting dead letters about the person lose their message (docs/event-backbone.md).
 */
@Injectable()
@HandlesEvent(Topics.personErased)
export class PersonErasedHandler implements EventHandler<PersonErasedV1> {
  constructor(
    private readonly vault: IdentityVault,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async handle(event: EventEnvelope<PersonErasedV1>, tx: EntityManager): Promise<void> {
    const pseudonym = event.payload.personPseudonym;
    await removeDeadLettersOfErased(tx, ServiceName.policeListIngestion, [pseudonym], this.clock.now());
    await this.vault.erase(tx, pseudonym);
    await this.outbox.publishTombstone(tx, Topics.personIdentity, pseudonym, randomUUID());
  }
}
