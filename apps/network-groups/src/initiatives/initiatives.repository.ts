import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { InitiativeStatus } from './initiative-status';
import type { InitiativeDto, InitiativesQuery, UpdateInitiativeDto } from './initiatives.dto';

export const INITIATIVE_COLUMNS = `i.id, i.kind, i.title, i.description, i.status, i.proposed_by_body AS "proposedByBodyId",
  (SELECT s.name FROM ssp_body s WHERE s.id = i.proposed_by_body) AS "proposedByBodyName",
  ARRAY(SELECT s.name FROM initiative_body b JOIN ssp_body s ON s.id = b.body_id WHERE b.initiative_id = i.id ORDER BY b.body_id) AS "bodyNames",
  ARRAY(SELECT coalesce(r.name, a.area_id) FROM initiative_area a LEFT JOIN reference_area r ON r.area_id = a.area_id WHERE a.initiative_id = i.id ORDER BY a.area_id) AS "areaNames",
  i.outcome, i.participants, i.materials,
  ARRAY(SELECT body_id FROM initiative_body b WHERE b.initiative_id = i.id ORDER BY body_id) AS "bodyIds",
  ARRAY(SELECT area_id FROM initiative_area a WHERE a.initiative_id = i.id ORDER BY area_id) AS "areaIds",
  to_char(i.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(i.ends_on, 'YYYY-MM-DD') AS "endsOn",
  i.created_at AS "createdAt", i.launched_at AS "launchedAt", i.completed_at AS "completedAt", i.cancelled_at AS "cancelledAt"`;

export type InitiativeRow = Omit<InitiativeDto, 'kindText' | 'statusText' | 'createdAt' | 'launchedAt' | 'completedAt' | 'cancelledAt'> & {
  createdAt: Date;
  launchedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
};

/** The initiatives in SQL; pages are asked with `LIMIT limit + 1` (docs/paging.md). */
@Injectable()
export class InitiativesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Up to `count` initiatives that pass the filters, newest first (created time, then id), after the initiative `afterId`. */
  async list(filters: Pick<InitiativesQuery, 'bodyId' | 'areaId' | 'status' | 'kind'>, count: number, afterId: string | null): Promise<InitiativeRow[]> {
    return (await this.dataSource.query(
      `SELECT ${INITIATIVE_COLUMNS} FROM initiative i
        WHERE ($1::text IS NULL OR EXISTS (SELECT 1 FROM initiative_body b WHERE b.initiative_id = i.id AND b.body_id = $1))
          AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM initiative_area a WHERE a.initiative_id = i.id AND a.area_id = $2))
          AND ($3::text IS NULL OR i.status = $3)
          AND ($4::text IS NULL OR i.kind = $4)
          AND ($5::uuid IS NULL OR (i.created_at, i.id) < (SELECT c.created_at, c.id FROM initiative c WHERE c.id = $5::uuid))
        ORDER BY i.created_at DESC, i.id DESC
        LIMIT $6`,
      [filters.bodyId ?? null, filters.areaId ?? null, filters.status ?? null, filters.kind ?? null, afterId, count],
    )) as InitiativeRow[];
  }

  /** A network group's proposal, linked to its body and the body's area (when it has one that is current), in the caller's transaction. */
  async insertProposal(tx: EntityManager, proposal: { id: string; bodyId: string; areaIds: string[]; kind: string; title: string; description: string | null; startsOn: string | null; endsOn: string | null; subject: string; now: Date }): Promise<void> {
    await tx.query(
      `INSERT INTO initiative (id, kind, title, description, status, starts_on, ends_on, proposed_by_body, created_by, created_at)
       VALUES ($1, $2, $3, $4, 'proposed', $5, $6, $7, $8, $9)`,
      [proposal.id, proposal.kind, proposal.title, proposal.description, proposal.startsOn, proposal.endsOn, proposal.bodyId, proposal.subject, proposal.now],
    );
    await tx.query('INSERT INTO initiative_body (initiative_id, body_id) VALUES ($1, $2)', [proposal.id, proposal.bodyId]);
    await tx.query('INSERT INTO initiative_area (initiative_id, area_id) SELECT $1, unnest($2::text[])', [proposal.id, proposal.areaIds]);
  }

  /** The area of a body, or null (no such body: undefined). */
  async areaOfBody(tx: EntityManager, bodyId: string): Promise<{ areaId: string | null } | undefined> {
    const [body] = (await tx.query('SELECT area_id AS "areaId" FROM ssp_body WHERE id = $1', [bodyId])) as { areaId: string | null }[];
    return body;
  }

  /** The initiative's status and days, its row locked until the transaction ends; undefined when there is none. */
  async lockForChange(tx: EntityManager, id: string): Promise<{ status: InitiativeStatus; startsOn: string | null; endsOn: string | null } | undefined> {
    const [row] = (await tx.query(
      `SELECT status, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn" FROM initiative WHERE id = $1 FOR UPDATE`,
      [id],
    )) as { status: InitiativeStatus; startsOn: string | null; endsOn: string | null }[];
    return row;
  }

  /** Writes the fields the change names (undefined leaves a field as it is, null clears it) and the new status with the time of the move. */
  async update(tx: EntityManager, id: string, change: Omit<UpdateInitiativeDto, 'status'>, status: InitiativeStatus, now: Date): Promise<void> {
    const given = (value: unknown) => value !== undefined;
    await tx.query(
      `UPDATE initiative SET status = $2,
         launched_at = CASE WHEN $2 = 'launched' AND status <> 'launched' THEN $3 ELSE launched_at END,
         completed_at = CASE WHEN $2 = 'completed' AND status <> 'completed' THEN $3 ELSE completed_at END,
         cancelled_at = CASE WHEN $2 = 'cancelled' AND status <> 'cancelled' THEN $3 ELSE cancelled_at END,
         title = CASE WHEN $4 THEN $5 ELSE title END,
         description = CASE WHEN $6 THEN $7 ELSE description END,
         starts_on = CASE WHEN $8 THEN $9::date ELSE starts_on END,
         ends_on = CASE WHEN $10 THEN $11::date ELSE ends_on END,
         outcome = CASE WHEN $12 THEN $13 ELSE outcome END,
         participants = CASE WHEN $14 THEN $15 ELSE participants END,
         materials = CASE WHEN $16 THEN $17::text[] ELSE materials END
       WHERE id = $1`,
      [
        id,
        status,
        now,
        given(change.title),
        change.title ?? null,
        given(change.description),
        change.description ?? null,
        given(change.startsOn),
        change.startsOn ?? null,
        given(change.endsOn),
        change.endsOn ?? null,
        given(change.outcome),
        change.outcome ?? null,
        given(change.participants),
        change.participants ?? null,
        given(change.materials),
        change.materials ?? [],
      ],
    );
  }
}
