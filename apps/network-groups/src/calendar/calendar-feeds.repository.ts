import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MEETING_COLUMNS, type MeetingRow } from '../meetings/meetings.service';

export interface FeedRow {
  id: string;
  bodyId: string | null;
  personId: string | null;
  createdAt: Date;
}

export const FEED_COLUMNS = 'id, body_id AS "bodyId", person_id AS "personId", created_at AS "createdAt"';

/** The calendar feeds and the meetings they show, in SQL; pages are asked with `LIMIT limit + 1` (docs/paging.md). */
@Injectable()
export class CalendarFeedsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Up to `count` of the active feeds that `subject` issued or that are of its own person,
   * oldest first (created time, then id), after the feed `afterId` of theirs (revoked or not).
   */
  async activeOf(subject: string, count: number, afterId: string | null): Promise<FeedRow[]> {
    const theirs = (f: string) => `(${f}.created_by = $1 OR ${f}.person_id IN (SELECT id FROM person WHERE subject = $1))`;
    return (await this.dataSource.query(
      `SELECT ${FEED_COLUMNS} FROM calendar_feed f
        WHERE f.revoked_at IS NULL AND ${theirs('f')}
          AND ($2::uuid IS NULL OR (f.created_at, f.id) > (SELECT a.created_at, a.id FROM calendar_feed a WHERE a.id = $2::uuid AND ${theirs('a')}))
        ORDER BY f.created_at, f.id LIMIT $3`,
      [subject, afterId, count],
    )) as FeedRow[];
  }

  /** The first `count` meetings of the bodies starting in [since, until), by start. */
  async meetingsOf(bodyIds: readonly string[], since: Date, until: Date, count: number): Promise<(MeetingRow & { bodyName: string })[]> {
    if (bodyIds.length === 0) return [];
    return (await this.dataSource.query(
      `SELECT ${MEETING_COLUMNS}, b.name AS "bodyName" FROM meeting m JOIN ssp_body b ON b.id = m.body_id
        WHERE m.body_id = ANY($1) AND m.cancelled_at IS NULL AND m.starts_at >= $2 AND m.starts_at < $3 ORDER BY m.starts_at, m.id LIMIT $4`,
      [bodyIds, since, until, count],
    )) as (MeetingRow & { bodyName: string })[];
  }
}
