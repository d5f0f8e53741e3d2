import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ScheduleRule, WeekOfMonth } from './recurrence';

export interface ScheduleRow {
  id: string;
  bodyId: string;
  title: string;
  recurrence: 'weekly' | 'monthly';
  intervalWeeks: number | null;
  weekOfMonth: WeekOfMonth | null;
  weekday: number;
  startTime: string;
  durationMinutes: number;
  firstDay: string;
  until: string | null;
  location: string | null;
  seed: string | null;
  createdAt: Date;
}

export const SCHEDULE_COLUMNS = `id, body_id AS "bodyId", title, recurrence, interval_weeks AS "intervalWeeks", week_of_month AS "weekOfMonth", weekday,
  start_time AS "startTime", duration_minutes AS "durationMinutes", to_char(first_day, 'YYYY-MM-DD') AS "firstDay",
  to_char(until_day, 'YYYY-MM-DD') AS until, location, seed, created_at AS "createdAt"`;

/** The schedules in SQL; pages are asked with `LIMIT limit + 1` (docs/paging.md). */
@Injectable()
export class SchedulesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Up to `count` of the body's schedules, oldest first (created time, then id), after the body's schedule `afterId`. */
  async ofBody(bodyId: string, count: number, afterId: string | null): Promise<ScheduleRow[]> {
    return (await this.dataSource.query(
      `SELECT ${SCHEDULE_COLUMNS} FROM meeting_schedule s
        WHERE s.body_id = $1
          AND ($2::uuid IS NULL OR (s.created_at, s.id) > (SELECT a.created_at, a.id FROM meeting_schedule a WHERE a.id = $2::uuid AND a.body_id = $1))
        ORDER BY s.created_at, s.id LIMIT $3`,
      [bodyId, afterId, count],
    )) as ScheduleRow[];
  }

  /** The body's schedule, locked for a change; null when the body has no such schedule. */
  async ofBodyForUpdate(tx: EntityManager, bodyId: string, scheduleId: string): Promise<ScheduleRow | null> {
    const [row] = (await tx.query(`SELECT ${SCHEDULE_COLUMNS} FROM meeting_schedule WHERE id = $1 AND body_id = $2 FOR UPDATE`, [scheduleId, bodyId])) as ScheduleRow[];
    return row ?? null;
  }

  /** Writes what of a schedule can change: title, time, length, last day, place. */
  async update(tx: EntityManager, scheduleId: string, change: ScheduleRule & { title: string; location: string | null }): Promise<ScheduleRow> {
    const [[row]] = (await tx.query(
      `UPDATE meeting_schedule SET title = $2, start_time = $3, duration_minutes = $4, until_day = $5, location = $6 WHERE id = $1 RETURNING ${SCHEDULE_COLUMNS}`,
      [scheduleId, change.title, change.startTime, change.durationMinutes, change.until, change.location],
    )) as [ScheduleRow[], number];
    return row;
  }
}
