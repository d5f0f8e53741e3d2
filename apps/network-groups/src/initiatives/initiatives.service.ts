import { Injectable } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics } from '@ssp/contracts';
import { badRequest, decodePageCursor, isPageKey, notFound, OutboxService, pageOf, ReferenceDataRepository, refusalAsConflict, type Page, type Principal } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { changeInitiativeStatus, InitiativeRefusal, type InitiativeStatus } from './initiative-status';
import { INITIATIVE_REFUSALS, type CreateInitiativeDto, type InitiativeDto, type InitiativesQuery } from './initiatives.dto';
import { INITIATIVE_COLUMNS, InitiativesRepository, type InitiativeRow } from './initiatives.repository';

const isInitiativeKey = isPageKey('uuid');

/**
 * The secretariat's courses, campaigns, projects and local initiatives, linked to SSP bodies
 * and local areas. They hold no person data, so every reader of groups sees every one; who
 * created one (a sign-in subject, shown only to the secretariat and its owner elsewhere) is
 * kept in the database and not shown (docs/network-groups.md).
 * Launching one publishes `ssp.initiative.launched.v1`, once: the status never returns to planned.
 */
@Injectable()
export class InitiativesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: InitiativesRepository,
    private readonly outbox: OutboxService,
  ) {}

  async create(request: CreateInitiativeDto, principal: Principal, now: Date): Promise<InitiativeDto> {
    const bodyIds = [...new Set(request.bodyIds)].sort();
    const areaIds = [...new Set(request.areaIds)].sort();
    if (bodyIds.length + areaIds.length === 0) throw badRequest(INITIATIVE_REFUSALS.nothingLinked);
    if (request.startsOn && request.endsOn && request.endsOn < request.startsOn) throw badRequest(INITIATIVE_REFUSALS.endsBeforeStart);
    const unknownAreas = await new ReferenceDataRepository(this.dataSource.manager).notCurrentAreas(areaIds);
    if (unknownAreas.length > 0) throw badRequest(INITIATIVE_REFUSALS.areaUnknown, { unknownAreaIds: unknownAreas });
    return this.dataSource.transaction(async (tx) => {
      const known = (await tx.query('SELECT id FROM ssp_body WHERE id = ANY($1::text[])', [bodyIds])) as { id: string }[];
      const unknownBodies = bodyIds.filter((bodyId) => !known.some((body) => body.id === bodyId));
      if (unknownBodies.length > 0) throw badRequest(INITIATIVE_REFUSALS.bodyUnknown, { unknownBodyIds: unknownBodies });
      const id = randomUUID();
      await tx.query(
        `INSERT INTO initiative (id, kind, title, description, starts_on, ends_on, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, request.kind, request.title, request.description ?? null, request.startsOn ?? null, request.endsOn ?? null, principal.subject, now],
      );
      await tx.query('INSERT INTO initiative_body (initiative_id, body_id) SELECT $1, unnest($2::text[])', [id, bodyIds]);
      await tx.query('INSERT INTO initiative_area (initiative_id, area_id) SELECT $1, unnest($2::text[])', [id, areaIds]);
      return this.existing(tx, id);
    });
  }

  /** The newest first; filters by linked body, linked area, status and kind. */
  /** A page of the initiatives that pass the filters, newest first; the cursor is the last one's id. */
  async list(query: InitiativesQuery): Promise<Page<InitiativeDto>> {
    const [afterId] = decodePageCursor(query.after, isInitiativeKey) ?? [null];
    return pageOf((await this.repository.list(query, query.limit + 1, afterId)).map(toDto), query.limit, (initiative) => [initiative.id]);
  }

  async get(id: string): Promise<InitiativeDto> {
    return this.existing(this.dataSource.manager, id);
  }

  /** Moves the initiative by the state machine (a refused move is a 409); launching publishes the launch. */
  async changeStatus(id: string, to: InitiativeStatus, now: Date): Promise<InitiativeDto> {
    return this.dataSource.transaction(async (tx) => {
      const [current] = (await tx.query('SELECT status FROM initiative WHERE id = $1 FOR UPDATE', [id])) as { status: InitiativeStatus }[];
      if (!current) throw notFound(INITIATIVE_REFUSALS.notFound, { initiativeId: id });
      const status = refusalAsConflict(InitiativeRefusal, () => changeInitiativeStatus(current.status, to));
      await tx.query(
        `UPDATE initiative SET status = $2,
           launched_at = CASE WHEN $2 = 'launched' THEN $3 ELSE launched_at END,
           completed_at = CASE WHEN $2 = 'completed' THEN $3 ELSE completed_at END,
           cancelled_at = CASE WHEN $2 = 'cancelled' THEN $3 ELSE cancelled_at END
         WHERE id = $1`,
        [id, status, now],
      );
      const initiative = await this.existing(tx, id);
      if (status === 'launched') await this.publishLaunch(tx, initiative, now);
      return initiative;
    });
  }

  private async publishLaunch(tx: EntityManager, initiative: InitiativeDto, now: Date): Promise<void> {
    const payload = {
      initiativeId: initiative.id,
      kind: initiative.kind,
      title: initiative.title,
      bodyIds: initiative.bodyIds,
      areaIds: initiative.areaIds,
      launchedAt: now.toISOString(),
    };
    const origin = { producer: ServiceName.networkGroups, correlationId: randomUUID(), occurredAt: now };
    await this.outbox.publish(tx, Topics.initiativeLaunched, initiative.id, createEnvelope(Topics.initiativeLaunched, payload, origin));
  }

  private async existing(manager: EntityManager, id: string): Promise<InitiativeDto> {
    const [row] = (await manager.query(`SELECT ${INITIATIVE_COLUMNS} FROM initiative i WHERE i.id = $1`, [id])) as InitiativeRow[];
    if (!row) throw notFound(INITIATIVE_REFUSALS.notFound, { initiativeId: id });
    return toDto(row);
  }
}


function toDto(row: InitiativeRow): InitiativeDto {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    launchedAt: row.launchedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
  };
}
