import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MEETING_COLUMNS, type MeetingRow } from './meetings.service';

/** A meeting's new time (and place, when given) after a move or a change of its schedule. */
export interface MeetingTimeChange {
  meetingId: string;
  startsAt: string;
  endsAt: string;
}

/** The SQL of moving and cancelling meetings; every method runs in the caller's transaction. */
@Injectable()
export class MeetingChangesRepository {
  /** Moves one meeting by hand: a later change of its schedule leaves it be. `location` undefined keeps the place. */
  async move(tx: EntityManager, change: MeetingTimeChange, location: string | null | undefined, now: Date): Promise<MeetingRow> {
    await tx.query(
      `UPDATE meeting SET starts_at = $2, ends_at = $3, moved_at = $4, location = CASE WHEN $5::boolean THEN $6 ELSE location END WHERE id = $1`,
      [change.meetingId, change.startsAt, change.endsAt, now, location !== undefined, location ?? null],
    );
    return this.meeting(tx, change.meetingId);
  }

  /**
   * Cancels meetings with a reason; their agenda items wait for the body's next meeting
   * (AgendaService.attachWaitingItems). `endedWithSchedule`: cancelled only because their
   * schedule's last day came before them, so a later last day puts them back (restoreEnded).
   */
  async cancel(tx: EntityManager, meetingIds: readonly string[], reason: string, cancelledBy: string, now: Date, endedWithSchedule: boolean): Promise<void> {
    if (meetingIds.length === 0) return;
    await tx.query('UPDATE meeting SET cancelled_at = $2, cancel_reason = $3, cancelled_by = $4, ended_with_schedule = $5 WHERE id = ANY($1::uuid[])', [
      meetingIds,
      now,
      reason,
      cancelledBy,
      endedWithSchedule,
    ]);
    await tx.query('UPDATE agenda_item SET meeting_id = NULL WHERE meeting_id = ANY($1::uuid[])', [meetingIds]);
  }

  /**
   * Puts back the schedule's meetings that its last day alone cancelled and that lie again on
   * or before it (`until` null: all), while they have not begun; one cancelled by hand stays.
   * Returns how many.
   */
  async restoreEnded(tx: EntityManager, scheduleId: string, until: string | null, now: Date): Promise<number> {
    const restored = (await tx.query(
      `UPDATE meeting SET cancelled_at = NULL, cancel_reason = NULL, cancelled_by = NULL, ended_with_schedule = false
        WHERE schedule_id = $1 AND ended_with_schedule AND starts_at > $3 AND ($2::date IS NULL OR occurrence_day <= $2::date) RETURNING id`,
      [scheduleId, until, now],
    )) as [unknown[], number];
    return restored[1];
  }

  /** The schedule's meetings not yet begun, on, not held and not moved by hand: what a change of the schedule changes. Locked. */
  async comingOccurrences(tx: EntityManager, scheduleId: string, now: Date): Promise<MeetingRow[]> {
    return (await tx.query(
      `SELECT ${MEETING_COLUMNS} FROM meeting m
        WHERE m.schedule_id = $1 AND m.starts_at > $2 AND m.cancelled_at IS NULL AND m.minutes_approved_at IS NULL AND m.moved_at IS NULL
        ORDER BY m.starts_at, m.id FOR UPDATE`,
      [scheduleId, now],
    )) as MeetingRow[];
  }

  /** Gives occurrences their schedule's new time, title and place. */
  async reschedule(tx: EntityManager, changes: readonly MeetingTimeChange[], title: string, location: string | null): Promise<MeetingRow[]> {
    if (changes.length === 0) return [];
    await tx.query(
      `UPDATE meeting m SET starts_at = c.starts_at, ends_at = c.ends_at, title = $4, location = $5
         FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS c(id, starts_at, ends_at) WHERE m.id = c.id`,
      [changes.map((change) => change.meetingId), changes.map((change) => change.startsAt), changes.map((change) => change.endsAt), title, location],
    );
    return (await tx.query(`SELECT ${MEETING_COLUMNS} FROM meeting m WHERE m.id = ANY($1::uuid[]) ORDER BY m.starts_at, m.id`, [changes.map((change) => change.meetingId)])) as MeetingRow[];
  }

  private async meeting(tx: EntityManager, meetingId: string): Promise<MeetingRow> {
    const [row] = (await tx.query(`SELECT ${MEETING_COLUMNS} FROM meeting m WHERE m.id = $1`, [meetingId])) as MeetingRow[];
    return row;
  }
}
