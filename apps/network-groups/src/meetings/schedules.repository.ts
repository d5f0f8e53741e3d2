import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { WeekOfMonth } from './recurrence';

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
}
