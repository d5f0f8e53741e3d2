import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { InitiativeDto, InitiativesQuery } from './initiatives.dto';

export const INITIATIVE_COLUMNS = `i.id, i.kind, i.title, i.description, i.status,
  ARRAY(SELECT body_id FROM initiative_body b WHERE b.initiative_id = i.id ORDER BY body_id) AS "bodyIds",
  ARRAY(SELECT area_id FROM initiative_area a WHERE a.initiative_id = i.id ORDER BY area_id) AS "areaIds",
  to_char(i.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(i.ends_on, 'YYYY-MM-DD') AS "endsOn",
  i.created_at AS "createdAt", i.launched_at AS "launchedAt", i.completed_at AS "completedAt", i.cancelled_at AS "cancelledAt"`;

export type InitiativeRow = Omit<InitiativeDto, 'createdAt' | 'launchedAt' | 'completedAt' | 'cancelledAt'> & {
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
}
