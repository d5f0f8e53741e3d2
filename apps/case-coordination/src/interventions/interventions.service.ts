import { Injectable } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics, type EnvelopeOrigin } from '@ssp/contracts';
import { badRequest, conflict, decodePageCursor, isCalendarDay, isPageKey, notFound, OutboxService, pageOf, type Page, type Principal, refusalAsConflict } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { CaseState } from '../domain';
import { CaseLifecycleService } from '../meetings/case-lifecycle.service';
import { ReviewFlagRepository } from '../persons/review-flag.repository';
import { localDay } from '@ssp/platform/time';
import { INTERVENTION_REFUSALS, type CreateInterventionDto, type InterventionDto, type InterventionListItemDto, type UpdateInterventionDto } from './interventions.dto';
import { InterventionsRepository, type InterventionFilter, type InterventionListRow, type InterventionRow } from './interventions.repository';
import { assertCaseTakesInterventions, caseEventsOfStatusChange, changeInterventionStatus, completesWithoutOutcome, InterventionRefusal } from './intervention-status';


const isDeadlineAndId = isPageKey('string', 'uuid');
/** The last intervention's deadline (a calendar day, which the query casts) and id. */
const isInterventionKey = (value: unknown): value is [string, string] => isDeadlineAndId(value) && isCalendarDay(value[0]);

const INTERVENTION_COLUMNS = `id, person_pseudonym, case_id, title, owner_body, responsible, to_char(deadline, 'YYYY-MM-DD') AS deadline, status, outcome,
  created_at, started_at, completed_at`;


/**
 * Interventions agreed for a person (owner body, responsible, deadline) and their progress.
 * Starting and completing them moves the case (the last one completed closes it); every
 * change goes out pseudonymous, without title, responsible or outcome. The follow-up list
 * shows them by deadline, narrowed by status, owner, person or being overdue.
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
      const [row] = (await tx.query(
        `INSERT INTO intervention (id, case_id, person_pseudonym, title, owner_body, responsible, deadline, status, assigned_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'agreed', $8, $9) RETURNING ${INTERVENTION_COLUMNS}`,
        [randomUUID(), caseRow.id, pseudonym, request.title, request.ownerBody, request.responsible, request.deadline, principal.subject, now],
      )) as InterventionRow[];
      await new ReviewFlagRepository(tx).refreshInterventionDue([pseudonym]);
      const payload = { interventionId: row.id, caseId: caseRow.id, personPseudonym: pseudonym, ownerBody: row.owner_body, deadline: row.deadline, assignedAt: now.toISOString() };
      await this.outbox.publish(tx, Topics.interventionAssigned, pseudonym, createEnvelope(Topics.interventionAssigned, payload, this.origin(now)));
      return toDto(row, caseRow.state);
    });
  }

  async update(id: string, request: UpdateInterventionDto, now: Date): Promise<InterventionDto> {
    const [known] = (await this.dataSource.query('SELECT person_pseudonym FROM intervention WHERE id = $1', [id])) as { person_pseudonym: string }[];
    if (!known) throw notFound(INTERVENTION_REFUSALS.notFound);
    return this.dataSource.transaction(async (tx) => {
      const caseRow = await this.cases.lockCaseOf(tx, known.person_pseudonym);
      const [current] = (await tx.query(`SELECT ${INTERVENTION_COLUMNS} FROM intervention WHERE id = $1 FOR UPDATE`, [id])) as InterventionRow[];
      const status = refusalAsConflict(InterventionRefusal, () => changeInterventionStatus(current.status, request.status));
      if (completesWithoutOutcome(status, request.outcome, current.outcome)) throw badRequest(INTERVENTION_REFUSALS.outcomeRequired);
      if (current.case_id !== caseRow.id) throw conflict(INTERVENTION_REFUSALS.otherCase);
      const events = caseEventsOfStatusChange(current.status, status, await this.caseAround(tx, current));
      const origin = this.origin(now);
      const caseState = await this.cases.move(tx, caseRow, events, now, origin);
      // An UPDATE answers with [rows, count].
      const [[row]] = (await tx.query(
        `UPDATE intervention SET status = $2, outcome = COALESCE($3, outcome), started_at = COALESCE(started_at, $4), completed_at = CASE WHEN $2 = 'completed' THEN $4::timestamptz END
          WHERE id = $1 RETURNING ${INTERVENTION_COLUMNS}`,
        [id, status, request.outcome ?? null, now],
      )) as [InterventionRow[], number];
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

  private async caseAround(tx: EntityManager, intervention: InterventionRow): Promise<{ otherOpenInterventions: number; awaitingReview: boolean }> {
    const [around] = (await tx.query(
      `SELECT (SELECT count(*)::int FROM intervention WHERE case_id = $1 AND id <> $2 AND status <> 'completed') AS open,
              EXISTS (SELECT 1 FROM review_flag WHERE person_pseudonym = $3) AS flagged`,
      [intervention.case_id, intervention.id, intervention.person_pseudonym],
    )) as { open: number; flagged: boolean }[];
    return { otherOpenInterventions: around.open, awaitingReview: around.flagged };
  }

  private origin(now: Date): EnvelopeOrigin {
    return { producer: ServiceName.caseCoordination, correlationId: randomUUID(), occurredAt: now };
  }
}

function listItemOf({ overdue, ...row }: InterventionListRow): InterventionListItemDto {
  return { ...fieldsOf(row), overdue };
}

function toDto(row: InterventionRow, caseState: CaseState): InterventionDto {
  return { ...fieldsOf(row), caseState };
}

/** An intervention as it is shown, without the case (the follow-up list and the register extract). */
export function fieldsOf(row: InterventionRow): Omit<InterventionDto, 'caseState'> {
  return {
    id: row.id,
    personPseudonym: row.person_pseudonym,
    caseId: row.case_id,
    title: row.title,
    ownerBody: row.owner_body,
    responsible: row.responsible,
    deadline: row.deadline,
    status: row.status,
    outcome: row.outcome,
    assignedAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    completedAt: row.completed_at?.toISOString() ?? null,
  };
}
