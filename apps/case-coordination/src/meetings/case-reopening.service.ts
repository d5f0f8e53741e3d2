import { Injectable } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics, type CaseOpenedV1 } from '@ssp/contracts';
import { OutboxService, refusalAsConflict, type Principal } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CASE_STATE_LABELS, CaseTransitionError, transition } from '../domain';
import { ReviewFlagRepository } from '../persons/review-flag.repository';
import { CaseLifecycleService } from './case-lifecycle.service';
import { CaseReopeningRepository } from './case-reopening.repository';
import type { CaseReopeningDto, ReopenCaseDto } from './case-reopening.dto';
import { REOPEN_REASONS, reopenedFlag } from './reopen-rules';

/**
 * The Monday group reopens a closed case without waiting for a new police incident: the case
 * goes back under review, the person onto the next agenda with the reason, and the reopening
 * is told on `ssp.case.opened.v1` (`reopened: true`) as a reopening by an incident is. The
 * note stays here.
 */
@Injectable()
export class CaseReopeningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseLifecycleService,
    private readonly outbox: OutboxService,
  ) {}

  async reopen(pseudonym: string, request: ReopenCaseDto, principal: Principal, now: Date): Promise<CaseReopeningDto> {
    return this.dataSource.transaction(async (tx) => {
      const caseRow = await this.cases.lockCaseOf(tx, pseudonym);
      const caseState = refusalAsConflict(CaseTransitionError, () => transition(caseRow.state, 'reopened-by-decision'));
      const reopening = { id: randomUUID(), caseId: caseRow.id, personPseudonym: pseudonym, reason: request.reason, note: request.note ?? null, reopenedBy: principal.subject, reopenedAt: now };
      await new CaseReopeningRepository(tx).reopen(reopening);
      const flags = new ReviewFlagRepository(tx);
      await flags.upsert([{ pseudonym, ...reopenedFlag(await flags.reasonsForUpdate(pseudonym), request.reason, danishToday(now)) }], now);
      const payload: CaseOpenedV1 = { caseId: caseRow.id, personPseudonym: pseudonym, reopened: true, openedAt: now.toISOString() };
      await this.outbox.publish(tx, Topics.caseOpened, pseudonym, createEnvelope(Topics.caseOpened, payload, { producer: ServiceName.caseCoordination, occurredAt: now, correlationId: randomUUID() }));
      return {
        ...reopening,
        caseState,
        caseStateText: CASE_STATE_LABELS[caseState],
        reasonText: REOPEN_REASONS[request.reason],
        reopenedAt: now.toISOString(),
      };
    });
  }
}
