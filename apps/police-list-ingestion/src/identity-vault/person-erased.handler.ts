import { Injectable } from '@nestjs/common';
import { Topics, type EventEnvelope, type PersonErasedV1 } from '@ssp/contracts';
import { HandlesEvent, OutboxService, type EventHandler } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { IdentityVault } from './identity-vault';

/**
 * Case coordination erased a person: the vault row goes, and a tombstone on the compacted
 * identity topic makes Kafka forget the identity too, in the same transaction.
 */
@Injectable()
@HandlesEvent(Topics.personErased)
export class PersonErasedHandler implements EventHandler<PersonErasedV1> {
  constructor(
    private readonly vault: IdentityVault,
    private readonly outbox: OutboxService,
  ) {}

  async handle(event: EventEnvelope<PersonErasedV1>, tx: EntityManager): Promise<void> {
    const pseudonym = event.payload.personPseudonym;
    await this.vault.erase(tx, pseudonym);
    await this.outbox.publishTombstone(tx, Topics.personIdentity, pseudonym, randomUUID());
  }
}
