import type { EntityManager } from 'typeorm';
import type { InterventionStatus } from '../domain';
import type { InterventionReferenceRow } from './intervention-event';
import { pseudonymsOf } from '../persons/merged-persons';

/** What the follow-up list narrows to; left out, a filter does not narrow. */
export interface InterventionFilter {
  status?: InterventionStatus;
  /** true: only those not completed (an owner's tasks). */
  open?: boolean;
  ownerBody?: string;
  /** The responsible registry person's, by sign-in subject. */
  ownerSubject?: string;
  /** true: open ones past their deadline on `today`; false: the others. */
  overdue?: boolean;
  /** One person and those merged into them. */
  pseudonym?: string;
}

/** An intervention as the service reads it. */
export interface InterventionRow {
  id: string;
  person_pseudonym: string;
  case_id: string;
  title: string;
  owner_body: string;
  /** Null on interventions from before owners were registry people. */
  owner_subject: string | null;
  /** The free text of interventions from before owners were registry people. */
  responsible: string | null;
  deadline: string;
  status: InterventionStatus;
  outcome: string | null;
  created_at: Date;
  started_at: Date | null;
  completed_at: Date | null;
}

export type InterventionListRow = InterventionRow & { overdue: boolean };

/** An open intervention with a responsible and a deadline in the reminder's window, not yet reminded. */
export interface DueSoonRow extends InterventionReferenceRow {
  owner_subject: string;
  owner_assigned_at: Date;
}

export const INTERVENTION_COLUMNS = `id, person_pseudonym, case_id, title, owner_body, owner_subject, responsible, to_char(deadline, 'YYYY-MM-DD') AS deadline, status, outcome,
  created_at, started_at, completed_at`;

/** What a new intervention holds besides its status. */
export interface NewIntervention {
  id: string;
  caseId: string;
  pseudonym: string;
  title: string;
  ownerBody: string;
  ownerSubject: string;
  deadline: string;
  assignedBy: string;
}

/** The SQL of interventions: the new one, its owner and the follow-up lists. */
export class InterventionsRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(intervention: NewIntervention, now: Date): Promise<InterventionRow> {
    const [row] = (await this.manager.query(
      `INSERT INTO intervention (id, case_id, person_pseudonym, title, owner_body, owner_subject, owner_assigned_at, deadline, status, assigned_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $9, $7, 'agreed', $8, $9) RETURNING ${INTERVENTION_COLUMNS}`,
      [intervention.id, intervention.caseId, intervention.pseudonym, intervention.title, intervention.ownerBody, intervention.ownerSubject, intervention.deadline, intervention.assignedBy, now],
    )) as InterventionRow[];
    return row;
  }

  /** The intervention, locked for a change; undefined when there is none. */
  async lock(id: string): Promise<InterventionRow | undefined> {
    const [row] = (await this.manager.query(`SELECT ${INTERVENTION_COLUMNS} FROM intervention WHERE id = $1 FOR UPDATE`, [id])) as InterventionRow[];
    return row;
  }

  async changeOwner(id: string, ownerSubject: string, now: Date): Promise<InterventionRow> {
    // An UPDATE answers with [rows, count].
    const [[row]] = (await this.manager.query(`UPDATE intervention SET owner_subject = $2, owner_assigned_at = $3 WHERE id = $1 RETURNING ${INTERVENTION_COLUMNS}`, [
      id,
      ownerSubject,
      now,
    ])) as [InterventionRow[], number];
    return row;
  }

  /** The newest `limit` interventions of the person and of those merged into them, newest first (the register extract). */
  async newestOf(pseudonym: string, limit: number): Promise<InterventionRow[]> {
    return (await this.manager.query(
      `SELECT ${INTERVENTION_COLUMNS} FROM intervention WHERE person_pseudonym IN ${pseudonymsOf('$1')} ORDER BY created_at DESC, id LIMIT $2`,
      [pseudonym, limit],
    )) as InterventionRow[];
  }

  /** Up to `count` interventions after (`afterDeadline`, `afterId`) by deadline and id, as `filter` narrows them on `today`. */
  async page(filter: InterventionFilter, today: string, after: readonly [string, string] | undefined, count: number): Promise<InterventionListRow[]> {
    const overdue = `(i.status <> 'completed' AND i.deadline < $1::date)`;
    return (await this.manager.query(
      `SELECT i.id, i.person_pseudonym, i.case_id, i.title, i.owner_body, i.owner_subject, i.responsible, to_char(i.deadline, 'YYYY-MM-DD') AS deadline, i.status, i.outcome,
              i.created_at, i.started_at, i.completed_at, ${overdue} AS overdue
         FROM intervention i
        WHERE ($2::text IS NULL OR i.status = $2)
          AND ($3::text IS NULL OR i.owner_body = $3)
          AND ($4::boolean IS NULL OR ${overdue} = $4)
          AND ($5::bpchar IS NULL OR i.person_pseudonym IN ${pseudonymsOf('$5')})
          AND ($6::date IS NULL OR (i.deadline, i.id) > ($6::date, $7::uuid))
          AND ($9::text IS NULL OR i.owner_subject = $9)
          AND ($10::boolean IS NOT TRUE OR i.status <> 'completed')
        ORDER BY i.deadline, i.id LIMIT $8`,
      [
        today,
        filter.status ?? null,
        filter.ownerBody ?? null,
        filter.overdue ?? null,
        filter.pseudonym ?? null,
        after?.[0] ?? null,
        after?.[1] ?? null,
        count,
        filter.ownerSubject ?? null,
        filter.open ?? null,
      ],
    )) as InterventionListRow[];
  }

  /** The open, unreminded interventions with a responsible whose deadline falls in [from, to], locked (replicas skip each other's). */
  async dueBetweenForReminder(from: string, to: string): Promise<DueSoonRow[]> {
    return (await this.manager.query(
      `SELECT id, case_id, person_pseudonym, owner_body, owner_subject, to_char(deadline, 'YYYY-MM-DD') AS deadline, owner_assigned_at
         FROM intervention
        WHERE status <> 'completed' AND owner_subject IS NOT NULL AND due_soon_reported_at IS NULL AND deadline BETWEEN $1::date AND $2::date
        FOR UPDATE SKIP LOCKED`,
      [from, to],
    )) as DueSoonRow[];
  }

  async markReminded(ids: readonly string[], at: Date): Promise<void> {
    await this.manager.query('UPDATE intervention SET due_soon_reported_at = $2 WHERE id = ANY($1::uuid[])', [ids, at]);
  }

  /** Moves the intervention to `status`, keeping an earlier outcome unless a new one comes; the first change starts it. */
  async changeStatus(id: string, status: string, outcome: string | null, at: Date): Promise<InterventionRow> {
    // An UPDATE answers with [rows, count].
    const [[row]] = (await this.manager.query(
      `UPDATE intervention SET status = $2, outcome = COALESCE($3, outcome), started_at = COALESCE(started_at, $4), completed_at = CASE WHEN $2 = 'completed' THEN $4::timestamptz END
        WHERE id = $1 RETURNING ${INTERVENTION_COLUMNS}`,
      [id, status, outcome, at],
    )) as [InterventionRow[], number];
    return row;
  }

  /** The person whose intervention it is; null when there is none. */
  async personOf(id: string): Promise<string | null> {
    const [known] = (await this.manager.query('SELECT person_pseudonym FROM intervention WHERE id = $1', [id])) as { person_pseudonym: string }[];
    return known?.person_pseudonym ?? null;
  }

  /** What the case's state machine needs to know beside the change: the case's other open interventions, and whether the person waits for review. */
  async caseAround(intervention: Pick<InterventionRow, 'id' | 'case_id' | 'person_pseudonym'>): Promise<{ otherOpenInterventions: number; awaitingReview: boolean }> {
    const [around] = (await this.manager.query(
      `SELECT (SELECT count(*)::int FROM intervention WHERE case_id = $1 AND id <> $2 AND status <> 'completed') AS open,
              EXISTS (SELECT 1 FROM review_flag WHERE person_pseudonym = $3) AS flagged`,
      [intervention.case_id, intervention.id, intervention.person_pseudonym],
    )) as { open: number; flagged: boolean }[];
    return { otherOpenInterventions: around!.open, awaitingReview: around!.flagged };
  }
}
