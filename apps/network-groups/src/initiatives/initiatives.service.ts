import { Injectable } from '@nestjs/common';
import { createEnvelope, INITIATIVE_KIND_DA, ServiceName, Topics } from '@ssp/contracts';
import { badRequest, decodePageCursor, isPageKey, notFound, OutboxService, pageOf, ReferenceDataRepository, refusalAsConflict, type Page, type Principal } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { changeInitiativeStatus, INITIATIVE_STATUS_DA, InitiativeRefusal } from './initiative-status';
import { INITIATIVE_REFUSALS, type CreateInitiativeDto, type InitiativeDto, type InitiativesQuery, type ProposeInitiativeDto, type UpdateInitiativeDto } from './initiatives.dto';
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

  /**
   * A network group's proposal (status proposed), made by a member of the body in the address
   * (the route's scope lets only its members and the secretariat in): linked to the body, and
   * to its local area when it is a network group of a current area. The secretariat accepts it
   * by planning it, or turns it down by cancelling it.
   */
  async propose(bodyId: string, request: ProposeInitiativeDto, principal: Principal, now: Date): Promise<InitiativeDto> {
    if (request.startsOn && request.endsOn && request.endsOn < request.startsOn) throw badRequest(INITIATIVE_REFUSALS.endsBeforeStart);
    return this.dataSource.transaction(async (tx) => {
      const body = await this.repository.areaOfBody(tx, bodyId);
      if (!body) throw notFound(INITIATIVE_REFUSALS.notProposable, { bodyId });
      const area = body.areaId === null ? [] : [body.areaId];
      const areaIds = area.length > 0 && (await new ReferenceDataRepository(tx).notCurrentAreas(area)).length === 0 ? area : [];
      const id = randomUUID();
      await this.repository.insertProposal(tx, {
        id,
        bodyId,
        areaIds,
        kind: request.kind,
        title: request.title,
        description: request.description ?? null,
        startsOn: request.startsOn ?? null,
        endsOn: request.endsOn ?? null,
        subject: principal.subject,
        now,
      });
      return this.existing(tx, id);
    });
  }

  /** A page of the initiatives that pass the filters, newest first; the cursor is the last one's id. */
  async list(query: InitiativesQuery): Promise<Page<InitiativeDto>> {
    const [afterId] = decodePageCursor(query.after, isInitiativeKey) ?? [null];
    return pageOf((await this.repository.list(query, query.limit + 1, afterId)).map(toDto), query.limit, (initiative) => [initiative.id]);
  }

  async get(id: string): Promise<InitiativeDto> {
    return this.existing(this.dataSource.manager, id);
  }

  /**
   * Changes what the request names: the status by the state machine (a refused move is a 409),
   * texts, days (an end before the start, as they will stand, is a 400) and what came of it.
   * Launching publishes the launch, once.
   */
  async update(id: string, change: UpdateInitiativeDto, now: Date): Promise<InitiativeDto> {
    const { status: to, ...fields } = change;
    if (to === undefined && Object.values(fields).every((value) => value === undefined)) throw badRequest(INITIATIVE_REFUSALS.changeEmpty);
    return this.dataSource.transaction(async (tx) => {
      const current = await this.repository.lockForChange(tx, id);
      if (!current) throw notFound(INITIATIVE_REFUSALS.notFound, { initiativeId: id });
      const status = to === undefined ? current.status : refusalAsConflict(InitiativeRefusal, () => changeInitiativeStatus(current.status, to));
      const startsOn = fields.startsOn === undefined ? current.startsOn : fields.startsOn;
      const endsOn = fields.endsOn === undefined ? current.endsOn : fields.endsOn;
      if (startsOn && endsOn && endsOn < startsOn) throw badRequest(INITIATIVE_REFUSALS.endsBeforeStart);
      await this.repository.update(tx, id, fields, status, now);
      const initiative = await this.existing(tx, id);
      if (to === 'launched') await this.publishLaunch(tx, initiative, now);
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
    kindText: INITIATIVE_KIND_DA[row.kind],
    statusText: INITIATIVE_STATUS_DA[row.status],
    createdAt: row.createdAt.toISOString(),
    launchedAt: row.launchedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
  };
}
