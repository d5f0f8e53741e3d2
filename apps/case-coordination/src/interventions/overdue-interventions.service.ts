import { Injectable, Logger } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics, type InterventionOverdueV1 } from '@ssp/contracts';
import { OutboxService } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { interventionReference, type InterventionReferenceRow } from './intervention-event';
import { localDay } from '@ssp/platform/time';

interface OverdueRow extends InterventionReferenceRow {
  status: InterventionOverdueV1['status'];
}

/**
 * Reports each intervention whose deadline (a Copenhagen day, met on the day itself) has
 * passed without completion, once: `overdue_reported_at` remembers it. Replicas may run it
 * together; SKIP LOCKED gives each row to one. `now` is injected so that it can be tested.
 * The agenda escalates overdue interventions by itself (domain/agenda.ts); network groups tell
 * the responsible registry person (ownerSubject), where there is one.
 */
@Injectable()
export class OverdueInterventionsService {
  private readonly logger = new Logger('overdue-interventions');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async reportOverdue(now: Date): Promise<string[]> {
    const today = localDay(now);
    const reported = await this.dataSource.transaction(async (tx) => {
      const [rows] = (await tx.query(
        `UPDATE intervention SET overdue_reported_at = $2
          WHERE id IN (SELECT id FROM intervention
                        WHERE status <> 'completed' AND overdue_reported_at IS NULL AND deadline < $1
                        FOR UPDATE SKIP LOCKED)
            AND status <> 'completed' AND overdue_reported_at IS NULL
          RETURNING id, case_id, person_pseudonym, owner_body, owner_subject, to_char(deadline, 'YYYY-MM-DD') AS deadline, status`,
        [today, now],
      )) as [OverdueRow[], number];
      const origin = { producer: ServiceName.caseCoordination, correlationId: randomUUID(), occurredAt: now };
      await this.outbox.publishMany(
        tx,
        Topics.interventionOverdue,
        rows.map((row) => ({
          key: row.person_pseudonym,
          event: createEnvelope(
            Topics.interventionOverdue,
            { ...interventionReference(row), status: row.status, reportedAt: now.toISOString() },
            origin,
          ),
        })),
      );
      return rows.map((row) => row.id);
    });
    if (reported.length > 0) this.logger.log(`reported ${reported.length} overdue interventions (deadline before ${today})`);
    return reported;
  }
}
