import { Inject, Injectable, Logger } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics } from '@ssp/contracts';
import { OutboxService, SERVICE_CONFIG } from '@ssp/platform';
import { addDays, localDay } from '@ssp/platform/time';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { remindsOn } from './intervention-owner';

interface DueSoonRow {
  id: string;
  case_id: string;
  person_pseudonym: string;
  owner_body: string;
  owner_subject: string;
  deadline: string;
  owner_assigned_at: Date;
}

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
      const candidates = (await tx.query(
        `SELECT id, case_id, person_pseudonym, owner_body, owner_subject, to_char(deadline, 'YYYY-MM-DD') AS deadline, owner_assigned_at
           FROM intervention
          WHERE status <> 'completed' AND owner_subject IS NOT NULL AND due_soon_reported_at IS NULL AND deadline BETWEEN $1::date AND $2::date
          FOR UPDATE SKIP LOCKED`,
        [today, addDays(today, days)],
      )) as DueSoonRow[];
      const due = candidates.filter((row) => remindsOn({ deadline: row.deadline, ownerAssignedDay: localDay(row.owner_assigned_at) }, today, days));
      if (due.length === 0) return [];
      await tx.query('UPDATE intervention SET due_soon_reported_at = $2 WHERE id = ANY($1::uuid[])', [due.map((row) => row.id), now]);
      const origin = { producer: ServiceName.caseCoordination, correlationId: randomUUID(), occurredAt: now };
      await this.outbox.publishMany(
        tx,
        Topics.interventionDueSoon,
        due.map((row) => ({
          key: row.person_pseudonym,
          event: createEnvelope(
            Topics.interventionDueSoon,
            {
              interventionId: row.id,
              caseId: row.case_id,
              personPseudonym: row.person_pseudonym,
              ownerBody: row.owner_body,
              ownerSubject: row.owner_subject,
              deadline: row.deadline,
              remindedAt: now.toISOString(),
            },
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
