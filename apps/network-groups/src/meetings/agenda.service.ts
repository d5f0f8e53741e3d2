import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { bodyOf } from '../bodies/body-of';
import { MeetingNoticesService } from './meeting-notices.service';
import type { AgendaItemDto } from './meetings.dto';

/** An agenda item from another module (an area alert, …): `sourceId` makes adding it idempotent. */
export interface SourcedAgendaItem {
  title: string;
  description?: string | null;
  /** The module adding it, e.g. 'area-alert'; lowercase letters, digits and hyphens, not 'manual'. */
  source: string;
  /** The record it comes from (e.g. the alert's id); an item is added once per source and id. */
  sourceId: string;
}

export interface AddedAgendaItem extends AgendaItemDto {
  /** False when the item was there already (same source and id). */
  created: boolean;
}

const SOURCE = /^[a-z][a-z0-9-]{0,39}$/;
const ITEM_COLUMNS = `id, meeting_id AS "meetingId", body_id AS "bodyId", title, description, source, source_id AS "sourceId", created_at AS "createdAt"`;

type ItemRow = Omit<AgendaItemDto, 'createdAt'> & { createdAt: Date };
const toDto = (row: ItemRow): AgendaItemDto => ({ ...row, createdAt: row.createdAt.toISOString() });

/**
 * Agenda items of the bodies' meetings. Other modules put items on a body's next meeting with
 * addAgendaItemToNextMeeting; when the body has no upcoming meeting yet the item waits and
 * goes to the first meeting put in the calendar after it.
 */
@Injectable()
export class AgendaService {
  constructor(private readonly notices: MeetingNoticesService) {}

  /**
   * Adds the item to the body's next meeting (the first not yet begun, not cancelled, whose minutes are not
   * approved), inside the caller's transaction. Idempotent by (source, sourceId): a repeat
   * returns the item already there with `created: false`.
   */
  async addAgendaItemToNextMeeting(tx: EntityManager, bodyId: string, item: SourcedAgendaItem, now: Date): Promise<AddedAgendaItem> {
    if (!SOURCE.test(item.source) || item.source === 'manual') throw new RangeError('source must be a module name (lowercase letters, digits, hyphens), not manual');
    if (item.sourceId.length === 0 || item.sourceId.length > 200) throw new RangeError('sourceId must be 1 to 200 characters');
    await bodyOf(tx, bodyId);
    await lockAgendasOf(tx, [bodyId]);
    const meetingId = await this.nextMeetingOf(tx, bodyId, now);
    const [inserted] = (await tx.query(
      `INSERT INTO agenda_item (body_id, meeting_id, title, description, source, source_id, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $5, $7)
       ON CONFLICT (source, source_id) WHERE source_id IS NOT NULL DO NOTHING
       RETURNING ${ITEM_COLUMNS}`,
      [bodyId, meetingId, item.title, item.description ?? null, item.source, item.sourceId, now],
    )) as ItemRow[];
    if (!inserted) {
      const [existing] = (await tx.query(`SELECT ${ITEM_COLUMNS} FROM agenda_item WHERE source = $1 AND source_id = $2`, [item.source, item.sourceId])) as ItemRow[];
      return { ...toDto(existing), created: false };
    }
    await this.notices.agendaItemAdded(tx, { agendaItemId: inserted.id, bodyId, meetingId, title: inserted.title, source: inserted.source, authorSubject: null });
    return { ...toDto(inserted), created: true };
  }

  /**
   * Puts the item on the meeting `meetingId`, or rewrites the one there from the same source
   * and id: another service's record of the meeting, which changes as the meeting goes on.
   * No notice goes out (the members are at the meeting). Null when the calendar has no such meeting.
   */
  async putSourcedItemOnMeeting(tx: EntityManager, meetingId: string, item: SourcedAgendaItem, now: Date): Promise<AgendaItemDto | null> {
    const [meeting] = (await tx.query('SELECT body_id FROM meeting WHERE id = $1', [meetingId])) as { body_id: string }[];
    if (meeting === undefined) return null;
    const [row] = (await tx.query(
      `INSERT INTO agenda_item (body_id, meeting_id, title, description, source, source_id, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $5, $7)
       ON CONFLICT (source, source_id) WHERE source_id IS NOT NULL DO UPDATE SET title = excluded.title, description = excluded.description
       RETURNING ${ITEM_COLUMNS}`,
      [meeting.body_id, meetingId, item.title, item.description ?? null, item.source, item.sourceId, now],
    )) as ItemRow[];
    return toDto(row);
  }

  /** An item added by hand to a meeting whose record is open (the caller has checked and locked it). */
  async addManualItem(tx: EntityManager, bodyId: string, meetingId: string, item: { title: string; description?: string | null }, createdBy: string, now: Date): Promise<AgendaItemDto> {
    const [row] = (await tx.query(
      `INSERT INTO agenda_item (body_id, meeting_id, title, description, source, created_by, created_at)
       VALUES ($1, $2, $3, $4, 'manual', $5, $6) RETURNING ${ITEM_COLUMNS}`,
      [bodyId, meetingId, item.title, item.description ?? null, createdBy, now],
    )) as ItemRow[];
    await this.notices.agendaItemAdded(tx, { agendaItemId: row.id, bodyId, meetingId, title: row.title, source: row.source, authorSubject: createdBy });
    return toDto(row);
  }

  /** Gives items that waited for a meeting to each body's next meeting, now that the calendar has changed. */
  async attachWaitingItems(tx: EntityManager, bodyIds: string[], now: Date): Promise<void> {
    await lockAgendasOf(tx, bodyIds);
    await tx.query(
      `UPDATE agenda_item a SET meeting_id = next.id
         FROM (SELECT DISTINCT ON (body_id) body_id, id FROM meeting
                WHERE body_id = ANY($1) AND starts_at > $2 AND minutes_approved_at IS NULL AND cancelled_at IS NULL
                ORDER BY body_id, starts_at, id) AS next
        WHERE a.meeting_id IS NULL AND a.body_id = next.body_id`,
      [bodyIds, now],
    );
  }

  private async nextMeetingOf(tx: EntityManager, bodyId: string, now: Date): Promise<string | null> {
    const [next] = (await tx.query(
      'SELECT id FROM meeting WHERE body_id = $1 AND starts_at > $2 AND minutes_approved_at IS NULL AND cancelled_at IS NULL ORDER BY starts_at, id LIMIT 1',
      [bodyId, now],
    )) as { id: string }[];
    return next?.id ?? null;
  }
}

/**
 * Serialises, per body, adding an item to the next meeting with putting new meetings in the
 * calendar: otherwise an item added while a meeting is being inserted would see no meeting,
 * and the insert would not see the item, and the item would wait for the meeting after.
 * Taken in body order, so two transactions never wait for each other in a circle.
 */
async function lockAgendasOf(tx: EntityManager, bodyIds: readonly string[]): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('agenda:' || body_id)) FROM unnest($1::text[]) AS body_id ORDER BY body_id", [[...new Set(bodyIds)]]);
}
