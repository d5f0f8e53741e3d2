import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics, type MembershipV1 } from '@ssp/contracts';
import { Clock, OutboxService } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { MembershipAnnouncementRepository } from './membership-announcement.repository';

/** Memberships published at start-up in one transaction at most. */
const START_UP_BATCH = 500;

/**
 * Publishes memberships as they now stand on ssp.registry.membership.v1, from which every service
 * takes a caller's bodies and areas: in the transaction of each change (a membership added or
 * changed, a sign-in linked to a registry person), and at start-up those never published
 * (the registry as it was before the topic), a batch at a time.
 */
@Injectable()
export class MembershipAnnouncer implements OnApplicationBootstrap {
  private readonly logger = new Logger(MembershipAnnouncer.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** Publishes the memberships with these ids and every membership of these registry people, in `tx`. */
  async announce(tx: EntityManager, membershipIds: readonly string[], personIds: readonly string[] = []): Promise<void> {
    const repository = new MembershipAnnouncementRepository(tx);
    await this.publish(tx, repository, await repository.memberships(membershipIds, personIds));
  }

  async onApplicationBootstrap(): Promise<void> {
    let published = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (tx) => {
        const repository = new MembershipAnnouncementRepository(tx);
        const memberships = await repository.unannounced(START_UP_BATCH);
        await this.publish(tx, repository, memberships);
        return memberships.length;
      });
      published += batch;
      if (batch < START_UP_BATCH) break;
    }
    if (published > 0) this.logger.log({ message: 'memberships published that were not before', count: published });
  }

  private async publish(tx: EntityManager, repository: MembershipAnnouncementRepository, memberships: readonly MembershipV1[]): Promise<void> {
    if (memberships.length === 0) return;
    const now = this.clock.now();
    const origin = { producer: ServiceName.networkGroups, correlationId: randomUUID(), occurredAt: now };
    await this.outbox.publishMany(
      tx,
      Topics.membership,
      memberships.map((membership) => ({ key: membership.membershipId, event: createEnvelope(Topics.membership, membership, origin) })),
    );
    await repository.markAnnounced(
      memberships.map((membership) => membership.membershipId),
      now,
    );
  }
}
