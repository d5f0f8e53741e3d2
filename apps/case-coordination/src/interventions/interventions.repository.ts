import type { EntityManager } from 'typeorm';
import type { InterventionStatus } from '../domain';
import { pseudonymsOf } from '../persons/merged-persons';

/** What the follow-up list narrows to; left out, a filter does not narrow. */
export interface InterventionFilter {
  status?: InterventionStatus;
  ownerBody?: string;
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
  responsible: string;
  deadline: string;
  status: InterventionStatus;
  outcome: string | null;
  created_at: Date;
  started_at: Date | null;
  completed_at: Date | null;
}

export type InterventionListRow = InterventionRow & { overdue: boolean };

/** The SQL of the interventions' follow-up list. */
export class InterventionsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The newest `limit` interventions of the person and of those merged into them, newest first (the register extract). */
  async newestOf(pseudonym: string, limit: number): Promise<InterventionRow[]> {
    return (await this.manager.query(
      `SELECT i.id, i.person_pseudonym, i.case_id, i.title, i.owner_body, i.responsible, to_char(i.deadline, 'YYYY-MM-DD') AS deadline, i.status, i.outcome,
              i.created_at, i.started_at, i.completed_at
         FROM intervention i WHERE i.person_pseudonym IN ${pseudonymsOf('$1')} ORDER BY i.created_at DESC, i.id LIMIT $2`,
      [pseudonym, limit],
    )) as InterventionRow[];
  }

  /** Up to `count` interventions after (`afterDeadline`, `afterId`) by deadline and id, as `filter` narrows them on `today`. */
  async page(filter: InterventionFilter, today: string, after: readonly [string, string] | undefined, count: number): Promise<InterventionListRow[]> {
    const overdue = `(i.status <> 'completed' AND i.deadline < $1::date)`;
    return (await this.manager.query(
      `SELECT i.id, i.person_pseudonym, i.case_id, i.title, i.owner_body, i.responsible, to_char(i.deadline, 'YYYY-MM-DD') AS deadline, i.status, i.outcome,
              i.created_at, i.started_at, i.completed_at, ${overdue} AS overdue
         FROM intervention i
        WHERE ($2::text IS NULL OR i.status = $2)
          AND ($3::text IS NULL OR i.owner_body = $3)
          AND ($4::boolean IS NULL OR ${overdue} = $4)
          AND ($5::bpchar IS NULL OR i.person_pseudonym IN ${pseudonymsOf('$5')})
          AND ($6::date IS NULL OR (i.deadline, i.id) > ($6::date, $7::uuid))
        ORDER BY i.deadline, i.id LIMIT $8`,
      [today, filter.status ?? null, filter.ownerBody ?? null, filter.overdue ?? null, filter.pseudonym ?? null, after?.[0] ?? null, after?.[1] ?? null, count],
    )) as InterventionListRow[];
  }
}
