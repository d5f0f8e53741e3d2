import { Inject, Injectable } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics, type EnvelopeOrigin } from '@ssp/contracts';
import { badRequest, decodePageCursor, isPageKey, notFound, OutboxService, type Page, pageOf, type Principal, SERVICE_CONFIG } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { PERSON_REFUSALS } from '../persons/person-refusals';
import { ReviewFlagRepository } from '../persons/review-flag.repository';
import { CaseLifecycleService } from './case-lifecycle.service';
import { assessmentDueAt, assessmentStatus, caseEventOfDecision, followUpFlag, meetingDateOf } from './decision-rules';
import { DECISION_REFUSALS, type CreateDecisionDto, type DecisionDto } from './decisions.dto';
import { DecisionsRepository, type DecisionRow } from './decisions.repository';
import { localDay } from '@ssp/platform/time';

const isDecisionKey = isPageKey('uuid');

/**
 * The Monday group's decision about a person, in one transaction: the person's new incidents
 * count as reviewed, the flag goes (or stays for a follow-up), the case moves by the state
 * machine, a notification starts the family department's 24-hour clock, and
 * `ssp.person.reviewed.v1` (and `ssp.case.closed.v1` when it closes) goes out, pseudonymous.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseLifecycleService,
    private readonly outbox: OutboxService,
    @Inject(SERVICE_CONFIG) private readonly config: CaseCoordinationConfig,
  ) {}

  async decide(pseudonym: string, request: CreateDecisionDto, principal: Principal, now: Date): Promise<DecisionDto> {
    if (request.kind !== 'referral' && request.referralBody !== undefined) throw badRequest(DECISION_REFUSALS.referralBodyNotAllowed);
    return this.dataSource.transaction(async (tx) => {
      const caseRow = await this.cases.lockCaseOf(tx, pseudonym);
      const decisions = new DecisionsRepository(tx);
      const event = caseEventOfDecision(request.kind, caseRow.state, await decisions.openInterventionsOfCase(caseRow.id));
      const origin: EnvelopeOrigin = { producer: ServiceName.caseCoordination, correlationId: randomUUID(), occurredAt: now };
      const caseState = await this.cases.move(tx, caseRow, event === null ? [] : [event], now, origin);
      const today = localDay(now);
      // The incidents of persons merged into this one are the group's to review here too.
      await decisions.markSeen(pseudonym, now);
      const flags = new ReviewFlagRepository(tx);
      if (request.kind === 'follow-up-next-meeting') {
        await flags.upsert([{ pseudonym, ...followUpFlag(await flags.reasonsForUpdate(pseudonym), today) }], now);
        // The concerns are seen now: the follow-up's flag orders by what comes next.
        await flags.refreshConcerns([pseudonym]);
      } else await flags.remove(pseudonym);
      const meetingDate = meetingDateOf(this.config.MONDAY_GROUP_FIRST_MEETING, today);
      const row = await decisions.insert({
        id: randomUUID(),
        person_pseudonym: pseudonym,
        case_id: caseRow.id,
        kind: request.kind,
        referral_body: request.referralBody ?? null,
        note: request.note ?? null,
        case_state: caseState,
        decided_by: principal.subject,
        decided_at: now,
        meeting_date: meetingDate,
        assessment_due_at: request.kind === 'notify-family-department' ? assessmentDueAt(now) : null,
      });
      const payload = {
        decisionId: row.id,
        caseId: caseRow.id,
        personPseudonym: pseudonym,
        decision: request.kind,
        ...(request.referralBody !== undefined ? { referralBody: request.referralBody } : {}),
        caseState,
        decidedAt: now.toISOString(),
        ...(meetingDate !== undefined ? { meetingDate } : {}),
      };
      await this.outbox.publish(tx, Topics.personReviewed, pseudonym, createEnvelope(Topics.personReviewed, payload, origin));
      return toDto(row, now);
    });
  }

  /** A page of the decisions about the person (and those merged into them), oldest first, with the assessment clock as of `now`; the cursor is the last decision's id. */
  async decisionsOf(pseudonym: string, now: Date, limit: number, after: string | undefined): Promise<Page<DecisionDto>> {
    const decisions = new DecisionsRepository(this.dataSource.manager);
    if (!(await decisions.personExists(pseudonym))) throw notFound(PERSON_REFUSALS.notFound);
    const [afterId] = decodePageCursor(after, isDecisionKey) ?? [null];
    const rows = await decisions.decisionsAfter(pseudonym, afterId, limit + 1);
    const page = pageOf(rows, limit, (row) => [row.id]);
    return { items: page.items.map((row) => toDto(row, now)), next: page.next };
  }
}

function toDto(row: DecisionRow, now: Date): DecisionDto {
  return {
    id: row.id,
    personPseudonym: row.person_pseudonym,
    caseId: row.case_id,
    kind: row.kind,
    referralBody: row.referral_body,
    note: row.note,
    caseState: row.case_state,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at.toISOString(),
    meetingDate: row.meeting_date,
    familyDepartmentAssessment:
      row.assessment_due_at === null
        ? null
        : { dueAt: row.assessment_due_at.toISOString(), answeredAt: row.assessment_answered_at?.toISOString() ?? null, status: assessmentStatus(row.assessment_due_at, row.assessment_answered_at, now) },
  };
}
