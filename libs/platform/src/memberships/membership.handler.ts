import { Topics, type EventEnvelope, type MembershipV1 } from '@ssp/contracts';
import type { EntityManager } from 'typeorm';
import { HandlesEvent, type EventHandler } from '../consumer/event-handler';
import { MembershipRepository } from './membership.repository';

/** Keeps this service's copy of the registry's memberships: each event is a membership as it now stands, a tombstone removes one. */
@HandlesEvent(Topics.membership)
export class MembershipHandler implements EventHandler<MembershipV1> {
  async handle(event: EventEnvelope<MembershipV1>, tx: EntityManager): Promise<void> {
    await new MembershipRepository(tx).put(event.payload);
  }

  async handleTombstone(membershipId: string, tx: EntityManager): Promise<void> {
    await new MembershipRepository(tx).remove(membershipId);
  }
}
