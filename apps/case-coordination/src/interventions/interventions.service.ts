import { Injectable } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics, type EnvelopeOrigin } from '@ssp/contracts';
import { badRequest, conflict, decodePageCursor, isCalendarDay, isPageKey, MembershipRepository, notFound, OutboxService, pageOf, type Page, type Principal, refusalAsConflict } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { CASE_STATE_LABELS, type CaseState } from '../domain';
import { CaseLifecycleService } from '../meetings/case-lifecycle.service';
import { ReviewFlagRepository } from '../persons/review-flag.repository';
import { localDay } from '@ssp/platform/time';
import { INTERVENTION_REFUSALS, type ChangeInterventionOwnerDto, type CreateInterventionDto, type InterventionDto, type InterventionListItemDto, type UpdateInterventionDto } from './interventions.dto';
import { InterventionsRepository, type InterventionFilter, type InterventionListRow, type InterventionRow } from './interventions.repository';
import { interventionReference } from './intervention-event';
import { holdsOwningBody } from './intervention-owner';
import { assertCaseTakesInterventions, caseEventsOfStatusChange, changeInterventionStatus, completesWithoutOutcome, INTERVENTION_STATUS_LABELS, InterventionRefusal } from './intervention-status';
import { MondayMeetingsRepository } from '../monday-meetings/monday-meetings.repository';


const isDeadlineAndId = isPageKey('string', 'uuid');
/** The last intervention's deadline (a calendar day, which the query casts) and id. */
const isInterventionKey = (value: unknown): value is [string, string] => isDeadlineAndId(value) && isCalendarDay(value[0]);

/**
 * Interventions agreed for a person (owner body, the responsible registry person, deadline)
 * and their progress. The responsible is a member of the owning body today by this service's
 * copy of network groups' registry, named by sign-in subject; the assignment (and a change of
 * responsible) goes out with the subject so that network groups tell them. Starting and
 * completing them moves the case (the last one completed closes it); every change goes out
 * pseudonymous, without title or outcome. The follow-up list shows them by deadline, narrowed
 * by status, owner, person or being overdue.
 */
@Injectable()
export class InterventionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseLifecycleService,
    private readonly outbox: OutboxService,
  ) {}

  async assign(pseudonym: string, request: CreateInterventionDto, principal: Principal, now: Date): Promise<InterventionDto> {
    if (request.deadline < localDay(now)) throw badRequest(INTERVENTION_REFUSALS.deadlinePast);
    return this.dataSource.transaction(async (tx) => {
      const caseRow = await this.cases.lockCaseOf(tx, pseudonym);
      refusalAsConflict(InterventionRefusal, () => assertCaseTakesInterventions(caseRow.state));
      await assertOwnerHoldsBody(tx, request.ownerSubject, request.ownerBody, now);
      const row = await new InterventionsRepository(tx).insert(
        { id: randomUUID(), caseId: caseRow.id, pseudonym, title: request.title, ownerBody: request.ownerBody, ownerSubject: request.ownerSubject, deadline: request.deadline, assignedBy: principal.subject },
        now,
      );
      await new ReviewFlagRepository(tx).refreshInterventionDue([pseudonym]);
      await this.publishAssigned(tx, row, now);
      await new MondayMeetingsRepository(tx).attachToOpenMeeting('intervention', row.id, pseudonym, principal.subject, now);
      return toDto(row, caseRow.state);
    });
  }

  /**
   * Gives the intervention another responsible, a member of its owning body today, and tells
   * them (the assignment goes out again with the new subject). The same owner again changes
   * nothing and tells no one; a completed intervention keeps its owner.
   */
  async changeOwner(id: string, request: ChangeInterventionOwnerDto, now: Date): Promise<InterventionDto> {
    const pseudonym = await this.personOf(id);
    return this.dataSource.transaction(async (tx) => {
      const caseRow = await this.cases.lockCaseOf(tx, pseudonym);
      const interventions = new InterventionsRepository(tx);
      const current = (await interventions.lock(id)) as InterventionRow;
      if (current.status === 'completed') throw conflict(INTERVENTION_REFUSALS.ownerOfCompleted);
      if (current.owner_subject === request.ownerSubject) return toDto(current, caseRow.state);
      await assertOwnerHoldsBody(tx, request.ownerSubject, current.owner_body, now);
      const row = await interventions.changeOwner(id, request.ownerSubject, now);
      await this.publishAssigned(tx, row, now);
      return toDto(row, caseRow.state);
    });
  }

  async update(id: string, request: UpdateInterventionDto, now: Date): Promise<InterventionDto> {
    const pseudonym = await this.personOf(id);
    return this.dataSource.transaction(async (tx) => {
      const caseRow = await this.cases.lockCaseOf(tx, pseudonym);
      const interventions = new InterventionsRepository(tx);
      const current = (await interventions.lock(id)) as InterventionRow;
      const status = refusalAsConflict(InterventionRefusal, () => changeInterventionStatus(current.status, request.status));
      if (completesWithoutOutcome(status, request.outcome, current.outcome)) throw badRequest(INTERVENTION_REFUSALS.outcomeRequired);
      if (current.case_id !== caseRow.id) throw conflict(INTERVENTION_REFUSALS.otherCase);
      const events = caseEventsOfStatusChange(current.status, status, await interventions.caseAround(current));
      const origin = this.origin(now);
      const caseState = await this.cases.move(tx, caseRow, events, now, origin);
      const row = await interventions.changeStatus(id, status, request.outcome ?? null, now);
      await new ReviewFlagRepository(tx).refreshInterventionDue([row.person_pseudonym]);
      if (status === 'completed') {
        const payload = { interventionId: id, caseId: row.case_id, personPseudonym: row.person_pseudonym, ownerBody: row.owner_body, deadline: row.deadline, completedAt: now.toISOString() };
        await this.outbox.publish(tx, Topics.interventionCompleted, row.person_pseudonym, createEnvelope(Topics.interventionCompleted, payload, origin));
      }
      return toDto(row, caseState);
    });
  }

  /** A page of the follow-up list, by deadline then id; overdue as of the Copenhagen day of `now`. */
  async list(filter: InterventionFilter, now: Date, limit: number, after: string | undefined): Promise<Page<InterventionListItemDto>> {
    const key = decodePageCursor(after, isInterventionKey);
    const rows = await new InterventionsRepository(this.dataSource.manager).page(filter, localDay(now), key, limit + 1);
    const page = pageOf(rows, limit, (row) => [row.deadline, row.id]);
    return { items: page.items.map(listItemOf), next: page.next };
  }

  /** The person whose intervention it is; 404 when there is none. */
  private async personOf(id: string): Promise<string> {
    const pseudonym = await new InterventionsRepository(this.dataSource.manager).personOf(id);
    if (pseudonym === null) throw notFound(INTERVENTION_REFUSALS.notFound);
    return pseudonym;
  }

  /** Tells the topic (and through it the responsible) who has the intervention now. */
  private async publishAssigned(tx: EntityManager, row: InterventionRow, now: Date): Promise<void> {
    const payload = { ...interventionReference(row), assignedAt: now.toISOString() };
    await this.outbox.publish(tx, Topics.interventionAssigned, row.person_pseudonym, createEnvelope(Topics.interventionAssigned, payload, this.origin(now)));
  }

  private origin(now: Date): EnvelopeOrigin {
    return { producer: ServiceName.caseCoordination, correlationId: randomUUID(), occurredAt: now };
  }
}

function listItemOf({ overdue, ...row }: InterventionListRow): InterventionListItemDto {
  return { ...fieldsOf(row), overdue };
}

function toDto(row: InterventionRow, caseState: CaseState): InterventionDto {
  return { ...fieldsOf(row), caseState, caseStateText: CASE_STATE_LABELS[caseState] };
}

/** An intervention as it is shown, without the case (the follow-up list and the register extract). */
export function fieldsOf(row: InterventionRow): Omit<InterventionDto, 'caseState' | 'caseStateText'> {
  return {
    id: row.id,
    personPseudonym: row.person_pseudonym,
    caseId: row.case_id,
    title: row.title,
    ownerBody: row.owner_body,
    ownerSubject: row.owner_subject,
    responsibleText: row.responsible,
    deadline: row.deadline,
    status: row.status,
    statusText: INTERVENTION_STATUS_LABELS[row.status],
    outcome: row.outcome,
    assignedAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    completedAt: row.completed_at?.toISOString() ?? null,
  };
}

/** Refuses, 400 in Danish, an owner who is not a member of the owning body today by this service's copy of the registry. */
async function assertOwnerHoldsBody(tx: EntityManager, ownerSubject: string, ownerBody: string, now: Date): Promise<void> {
  const held = await new MembershipRepository(tx).heldOn(ownerSubject, localDay(now));
  if (!holdsOwningBody(ownerBody, held.bodies)) throw badRequest(INTERVENTION_REFUSALS.ownerNotMember, { ownerBody });
}
