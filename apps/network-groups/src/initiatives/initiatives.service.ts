import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics } from '@ssp/contracts';
import { OutboxService, refusalAsConflict, type Principal } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { isKnownArea } from '../area-signals/known-areas';
import { changeInitiativeStatus, InitiativeRefusal, type InitiativeStatus } from './initiative-status';
import type { CreateInitiativeDto, InitiativeDto, InitiativesQuery } from './initiatives.dto';

const DEFAULT_LIMIT = 100;

const INITIATIVE_COLUMNS = `i.id, i.kind, i.title, i.description, i.status,
  ARRAY(SELECT body_id FROM initiative_body b WHERE b.initiative_id = i.id ORDER BY body_id) AS "bodyIds",
  ARRAY(SELECT area_id FROM initiative_area a WHERE a.initiative_id = i.id ORDER BY area_id) AS "areaIds",
  to_char(i.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(i.ends_on, 'YYYY-MM-DD') AS "endsOn",
  i.created_at AS "createdAt", i.launched_at AS "launchedAt", i.completed_at AS "completedAt", i.cancelled_at AS "cancelledAt"`;

type InitiativeRow = Omit<InitiativeDto, 'createdAt' | 'launchedAt' | 'completedAt' | 'cancelledAt'> & {
  createdAt: Date;
  launchedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
};

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
    private readonly outbox: OutboxService,
  ) {}

  async create(request: CreateInitiativeDto, principal: Principal, now: Date): Promise<InitiativeDto> {
    const bodyIds = [...new Set(request.bodyIds)].sort();
    const areaIds = [...new Set(request.areaIds)].sort();
    if (bodyIds.length + areaIds.length === 0) throw new BadRequestException('bodyIds or areaIds must name at least one body or area');
    if (request.startsOn && request.endsOn && request.endsOn < request.startsOn) throw new BadRequestException('endsOn must not be before startsOn');
    const unknownAreas = areaIds.filter((areaId) => !isKnownArea(areaId));
    if (unknownAreas.length > 0) throw new BadRequestException(`areaIds names no local area: ${unknownAreas.join(', ')}`);
    return this.dataSource.transaction(async (tx) => {
      const known = (await tx.query('SELECT id FROM ssp_body WHERE id = ANY($1::text[])', [bodyIds])) as { id: string }[];
      const unknownBodies = bodyIds.filter((bodyId) => !known.some((body) => body.id === bodyId));
      if (unknownBodies.length > 0) throw new BadRequestException(`bodyIds names no SSP body: ${unknownBodies.join(', ')}`);
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
  async list(query: InitiativesQuery): Promise<InitiativeDto[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${INITIATIVE_COLUMNS} FROM initiative i
        WHERE ($1::text IS NULL OR EXISTS (SELECT 1 FROM initiative_body b WHERE b.initiative_id = i.id AND b.body_id = $1))
          AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM initiative_area a WHERE a.initiative_id = i.id AND a.area_id = $2))
          AND ($3::text IS NULL OR i.status = $3)
          AND ($4::text IS NULL OR i.kind = $4)
        ORDER BY i.created_at DESC, i.id
        LIMIT $5`,
      [query.bodyId ?? null, query.areaId ?? null, query.status ?? null, query.kind ?? null, query.limit ?? DEFAULT_LIMIT],
    )) as InitiativeRow[];
    return rows.map(toDto);
  }

  async get(id: string): Promise<InitiativeDto> {
    return this.existing(this.dataSource.manager, id);
  }

  /** Moves the initiative by the state machine (a refused move is a 409); launching publishes the launch. */
  async changeStatus(id: string, to: InitiativeStatus, now: Date): Promise<InitiativeDto> {
    return this.dataSource.transaction(async (tx) => {
      const [current] = (await tx.query('SELECT status FROM initiative WHERE id = $1 FOR UPDATE', [id])) as { status: InitiativeStatus }[];
      if (!current) throw new NotFoundException(`No initiative ${id}`);
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
    if (!row) throw new NotFoundException(`No initiative ${id}`);
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
