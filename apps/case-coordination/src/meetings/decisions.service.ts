import { Inject, Injectable } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics, type EnvelopeOrigin } from '@ssp/contracts';
import { badRequest, conflict, decodePageCursor, isInstantAndIdKey, isPageKey, notFound, OutboxService, type Page, pageOf, type Principal, SERVICE_CONFIG } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { PERSON_REFUSALS } from '../persons/person-refusals';
import { ReviewFlagRepository } from '../persons/review-flag.repository';
import { ReferralsService, type ReferralRequest } from '../referrals/referrals.service';
import { CaseLifecycleService } from './case-lifecycle.service';
import { CASE_STATE_LABELS, type CaseState } from '../domain';
import { REFERRAL_STATUS_LABELS, referralBodyName } from '../referrals/referral-rules';
import {
  ASSESSMENT_CONCLUSION_LABELS,
  ASSESSMENT_STATUS_LABELS,
  assessmentDueAt, assessmentRefusal, assessmentStatus, caseEventOfDecision, FAMILY_DEPARTMENT, followUpFlag,
  DECISION_KIND_NAMES,
  meetingDateOf,
  type AssessmentStatus,
} from './decision-rules';
import { DECISION_REFUSALS, type NotificationClockDto, type AssessmentDto, type CreateDecisionDto, type DecisionDto, type RecordAssessmentDto } from './decisions.dto';
import { DecisionsRepository, type DecisionRow } from './decisions.repository';
import { MondayMeetingsRepository } from '../monday-meetings/monday-meetings.repository';
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
    private readonly referrals: ReferralsService,
    @Inject(SERVICE_CONFIG) private readonly config: CaseCoordinationConfig,
  ) {}

  async decide(pseudonym: string, request: CreateDecisionDto, principal: Principal, now: Date): Promise<DecisionDto> {
    if (request.kind !== 'referral' && request.referralBody !== undefined) throw badRequest(DECISION_REFUSALS.referralBodyNotAllowed);
    if (request.kind !== 'referral' && (request.referralReason !== undefined || request.consent !== undefined)) throw badRequest(DECISION_REFUSALS.referralDetailsNotAllowed);
    const referral: ReferralRequest | null =
      request.kind === 'referral' ? { receiver: request.referralBody as string, reason: request.referralReason as string, consent: request.consent ?? null } : null;
    return this.dataSource.transaction(async (tx) => {
      const caseRow = await this.cases.lockCaseOf(tx, pseudonym);
      if (referral !== null) await this.referrals.assertAllowed(tx, pseudonym, referral, now);
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
      await new MondayMeetingsRepository(tx).attachToOpenMeeting('person_decision', row.id, pseudonym, principal.subject, now);
      if (referral === null) return toDto(row, now);
      const made = await this.referrals.refer(tx, { decisionId: row.id, caseId: caseRow.id, personPseudonym: pseudonym, decidedBy: principal.subject, decidedAt: now, origin }, referral);
      return toDto({ ...row, referral_id: made.id, referral_status: made.status }, now);
    });
  }

  /**
   * The family department's assessment of the notification `decisionId` about the person,
   * recorded once, by whom and with what conclusion: it answers the 24-hour clock.
   */
  async recordAssessment(pseudonym: string, decisionId: string, request: RecordAssessmentDto, principal: Principal, now: Date): Promise<DecisionDto> {
    return this.dataSource.transaction(async (tx) => {
      const decisions = new DecisionsRepository(tx);
      const decision = await decisions.decisionOfForUpdate(pseudonym, decisionId);
      if (!decision) throw notFound(DECISION_REFUSALS.notFound);
      const refusal = assessmentRefusal({ assessmentDueAt: decision.assessment_due_at, assessmentAnsweredAt: decision.assessment_answered_at });
      if (refusal === 'not-asked') throw conflict(DECISION_REFUSALS.assessmentNotAsked);
      if (refusal === 'already-answered') throw conflict(DECISION_REFUSALS.assessmentAnswered);
      return toDto(await decisions.recordAssessment(decision.id, request.conclusion, principal.subject, now), now);
    });
  }

  /** A page of the notifications' 24-hour clocks (unanswered unless `status` says otherwise), by when they run out, as of `now`. */
  async assessmentClocks(status: AssessmentStatus | undefined, now: Date, limit: number, after: string | undefined): Promise<Page<NotificationClockDto>> {
    const key = decodePageCursor(after, isInstantAndIdKey);
    const rows = await new DecisionsRepository(this.dataSource.manager).assessmentClocks(status, now, key, limit + 1);
    const page = pageOf(rows, limit, (row) => [row.assessment_due_at!.getTime(), row.id]);
    return {
      items: page.items.map((row) => ({
        ...assessmentOf(row, now)!,
        decisionId: row.id,
        personPseudonym: row.person_pseudonym,
        caseId: row.case_id,
        decidedAt: row.decided_at.toISOString(),
        answerBy: FAMILY_DEPARTMENT,
        answerByName: referralBodyName(FAMILY_DEPARTMENT),
      })),
      next: page.next,
    };
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

function assessmentOf(row: DecisionRow, now: Date): AssessmentDto | null {
  if (row.assessment_due_at === null) return null;
  const conclusion = row.assessment_conclusion;
  const status = assessmentStatus(row.assessment_due_at, row.assessment_answered_at, now);
  return {
    dueAt: row.assessment_due_at.toISOString(),
    answeredAt: row.assessment_answered_at?.toISOString() ?? null,
    answeredBy: row.assessment_answered_by,
    conclusion,
    conclusionText: conclusion === null ? null : ASSESSMENT_CONCLUSION_LABELS[conclusion],
    status,
    statusText: ASSESSMENT_STATUS_LABELS[status],
  };
}

/** A decision as it is shown, with the assessment clock as of `now` (the decisions' list and the register extract). */
export function toDto(row: DecisionRow, now: Date): DecisionDto {
  return {
    id: row.id,
    personPseudonym: row.person_pseudonym,
    caseId: row.case_id,
    kind: row.kind,
    kindText: DECISION_KIND_NAMES[row.kind],
    referralBody: row.referral_body,
    referralBodyName: row.referral_body === null ? null : referralBodyName(row.referral_body),
    referral: row.referral_id === null ? null : { id: row.referral_id, status: row.referral_status!, statusText: REFERRAL_STATUS_LABELS[row.referral_status!] },
    note: row.note,
    caseState: row.case_state,
    caseStateText: CASE_STATE_LABELS[row.case_state as CaseState],
    decidedBy: row.decided_by,
    decidedAt: row.decided_at.toISOString(),
    meetingDate: row.meeting_date,
    familyDepartmentAssessment: assessmentOf(row, now),
  };
}
