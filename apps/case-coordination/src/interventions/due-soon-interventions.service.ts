import { Inject, Injectable, Logger } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics } from '@ssp/contracts';
import { OutboxService, SERVICE_CONFIG } from '@ssp/platform';
import { addDays, localDay } from '@ssp/platform/time';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { interventionReference } from './intervention-event';
import { remindsOn } from './intervention-owner';
import { InterventionsRepository } from './interventions.repository';

/**
 * Reminds the responsible of each open intervention INTERVENTION_DUE_SOON_DAYS Copenhagen days
 * before its deadline (remindsOn), once: `due_soon_reported_at` remembers it. Interventions
 * from before owners were registry people have no one to remind. Replicas may run it together;
 * SKIP LOCKED gives each row to one. `now` is injected so that it can be tested.
 */
@Injectable()
export class DueSoonInterventionsService {
  private readonly logger = new Logger('due-soon-interventions');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(SERVICE_CONFIG) private readonly config: CaseCoordinationConfig,
  ) {}

  /** The ids of the interventions whose responsible was reminded. */
  async remindDueSoon(now: Date): Promise<string[]> {
    const today = localDay(now);
    const days = this.config.INTERVENTION_DUE_SOON_DAYS;
    const reminded = await this.dataSource.transaction(async (tx) => {
      const interventions = new InterventionsRepository(tx);
      const candidates = await interventions.dueBetweenForReminder(today, addDays(today, days));
      const due = candidates.filter((row) => remindsOn({ deadline: row.deadline, ownerAssignedDay: localDay(row.owner_assigned_at) }, today, days));
      if (due.length === 0) return [];
      await interventions.markReminded(due.map((row) => row.id), now);
      const origin = { producer: ServiceName.caseCoordination, correlationId: randomUUID(), occurredAt: now };
      await this.outbox.publishMany(
        tx,
        Topics.interventionDueSoon,
        due.map((row) => ({
          key: row.person_pseudonym,
          event: createEnvelope(
            Topics.interventionDueSoon,
            { ...interventionReference(row), ownerSubject: row.owner_subject, remindedAt: now.toISOString() },
            origin,
          ),
        })),
      );
      return due.map((row) => row.id);
    });
    if (reminded.length > 0) this.logger.log(`reminded the responsibles of ${reminded.length} interventions due by ${addDays(today, days)}`);
    return reminded;
  }
}
