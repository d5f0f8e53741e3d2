import { Injectable } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics } from '@ssp/contracts';
import { badRequest, decodePageCursor, isPageKey, notFound, OutboxService, pageOf, refusalAsConflict, type Page, type Principal } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { BodiesService } from '../bodies/bodies.service';
import { AgendaService } from './agenda.service';
import { bodyOf } from '../bodies/body-of';
import { assertApprovable, assertCanBeDone, assertOpenForChanges, MeetingConflict, type ActionItemStatus } from './meeting-rules';
import type {
  ActionItemDto,
  AddActionItemDto,
  AddAgendaItemDto,
  AddDecisionDto,
  AgendaItemDto,
  AttendanceDto,
  AttendanceEntryDto,
  DecisionDto,
  MeetingDetailDto,
} from './meetings.dto';
import { MEETING_REFUSALS } from './meetings.dto';
import { ACTION_ITEM_COLUMNS, actionItemDto, MeetingsService, type MeetingRow } from './meetings.service';


const isActionItemKey = isPageKey('uuid');
/**
 * The record of a meeting: agenda, attendance, minutes, decisions and action items, open to
 * change until the minutes are approved. Approving them makes the meeting held and announces
 * it (counts only) through the outbox, once.
 */
@Injectable()
export class MeetingRecordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly agenda: AgendaService,
    private readonly bodies: BodiesService,
    private readonly outbox: OutboxService,
  ) {}

  addAgendaItem(bodyId: string, meetingId: string, request: AddAgendaItemDto, principal: Principal, now: Date): Promise<AgendaItemDto> {
    return this.changeOpenMeeting(bodyId, meetingId, (tx) => this.agenda.addManualItem(tx, bodyId, meetingId, request, principal.subject, now));
  }

  /** Records (or corrects) who was present, absent or excused; each must be a member of the body on the meeting day. */
  recordAttendance(bodyId: string, meetingId: string, entries: AttendanceEntryDto[], principal: Principal, now: Date): Promise<AttendanceDto[]> {
    if (new Set(entries.map((entry) => entry.personId)).size !== entries.length) throw badRequest(MEETING_REFUSALS.attendancePersonRepeated);
    return this.changeOpenMeeting(bodyId, meetingId, async (tx, meeting) => {
      const members = await this.memberIdsOn(tx, bodyId, meeting.day);
      const stranger = entries.findIndex((entry) => !members.has(entry.personId));
      if (stranger >= 0) throw badRequest(MEETING_REFUSALS.attendancePersonNotMember, { personId: entries[stranger].personId, meetingDay: meeting.day });
      await tx.query(
        `INSERT INTO meeting_attendance (meeting_id, person_id, status, recorded_by, recorded_at)
         SELECT $1, person_id, status, $4, $5 FROM unnest($2::uuid[], $3::text[]) AS e(person_id, status)
         ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = EXCLUDED.status, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
        [meetingId, entries.map((entry) => entry.personId), entries.map((entry) => entry.status), principal.subject, now],
      );
      return (await this.meetings.get(bodyId, meetingId, tx)).attendance;
    });
  }

  writeMinutes(bodyId: string, meetingId: string, text: string, now: Date): Promise<MeetingDetailDto> {
    return this.changeOpenMeeting(bodyId, meetingId, async (tx) => {
      await tx.query('UPDATE meeting SET minutes = $2, minutes_written_at = $3 WHERE id = $1', [meetingId, text, now]);
      return this.meetings.get(bodyId, meetingId, tx);
    });
  }

  addDecision(bodyId: string, meetingId: string, request: AddDecisionDto, principal: Principal, now: Date): Promise<DecisionDto> {
    return this.changeOpenMeeting(bodyId, meetingId, async (tx) => {
      const [row] = (await tx.query(
        'INSERT INTO meeting_decision (meeting_id, text, created_by, created_at) VALUES ($1, $2, $3, $4) RETURNING id, meeting_id AS "meetingId", text, created_at AS "createdAt"',
        [meetingId, request.text, principal.subject, now],
      )) as (Omit<DecisionDto, 'createdAt'> & { createdAt: Date })[];
      return { ...row, createdAt: row.createdAt.toISOString() };
    });
  }

  /** An action item with an owner who is a member of the body on the meeting day, due on that day or later. */
  addActionItem(bodyId: string, meetingId: string, request: AddActionItemDto, principal: Principal, now: Date): Promise<ActionItemDto> {
    return this.changeOpenMeeting(bodyId, meetingId, async (tx, meeting) => {
      if (request.deadline < meeting.day) throw badRequest(MEETING_REFUSALS.deadlineBeforeMeeting, { meetingDay: meeting.day });
      if (!(await this.memberIdsOn(tx, bodyId, meeting.day)).has(request.ownerPersonId)) {
        throw badRequest(MEETING_REFUSALS.ownerNotMember, { meetingDay: meeting.day });
      }
      const [{ id }] = (await tx.query(
        `INSERT INTO action_item (meeting_id, body_id, title, owner_person_id, deadline, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [meetingId, bodyId, request.title, request.ownerPersonId, request.deadline, principal.subject, now],
      )) as { id: string }[];
      return this.actionItem(tx, id);
    });
  }

  /** Marks an action item done; also after the meeting is held, which is when action items get done. */
  async completeActionItem(bodyId: string, meetingId: string, actionItemId: string, now: Date): Promise<ActionItemDto> {
    return this.dataSource.transaction(async (tx) => {
      const [item] = (await tx.query('SELECT status FROM action_item WHERE id = $1 AND meeting_id = $2 AND body_id = $3 FOR UPDATE', [actionItemId, meetingId, bodyId])) as {
        status: ActionItemStatus;
      }[];
      if (!item) throw notFound(MEETING_REFUSALS.actionItemNotFound, { actionItemId });
      refusalAsConflict(MeetingConflict, () => assertCanBeDone(item.status));
      await tx.query("UPDATE action_item SET status = 'done', done_at = $2 WHERE id = $1", [actionItemId, now]);
      return this.actionItem(tx, actionItemId);
    });
  }

  /** The body's action items, open or done, by deadline. */
  /** A page of the body's action items by deadline; the cursor is the last item's id, its place found by the database. */
  async actionItemsOf(bodyId: string, status: ActionItemStatus | undefined, limit: number, after: string | undefined): Promise<Page<ActionItemDto>> {
    await bodyOf(this.dataSource.manager, bodyId);
    const [afterId] = decodePageCursor(after, isActionItemKey) ?? [null];
    const rows = (await this.dataSource.query(
      `SELECT ${ACTION_ITEM_COLUMNS} FROM action_item a JOIN person p ON p.id = a.owner_person_id
        WHERE a.body_id = $1 AND ($2::text IS NULL OR a.status = $2)
          AND ($3::uuid IS NULL OR (a.deadline, a.created_at, a.id) > (SELECT deadline, created_at, id FROM action_item WHERE id = $3::uuid))
        ORDER BY a.deadline, a.created_at, a.id LIMIT $4`,
      [bodyId, status ?? null, afterId, limit + 1],
    )) as Parameters<typeof actionItemDto>[0][];
    const page = pageOf(rows, limit, (row) => [row.id]);
    return { items: page.items.map(actionItemDto), next: page.next };
  }

  /**
   * Approves the minutes: the meeting is held from now on, its record is closed, and
   * meeting held goes out with the counts (present attendees, decisions, action items).
   * A second approval is refused (409), so the event goes out once.
   */
  async approveMinutes(bodyId: string, meetingId: string, principal: Principal, now: Date): Promise<MeetingDetailDto> {
    return this.dataSource.transaction(async (tx) => {
      const meeting = await this.meetings.meetingOf(tx, bodyId, meetingId);
      refusalAsConflict(MeetingConflict, () => assertApprovable(meeting, now));
      await tx.query('UPDATE meeting SET minutes_approved_at = $2, minutes_approved_by = $3 WHERE id = $1', [meetingId, now, principal.subject]);
      const [counts] = (await tx.query(
        `SELECT (SELECT count(*)::int FROM meeting_attendance WHERE meeting_id = $1 AND status = 'present') AS attendees,
                (SELECT count(*)::int FROM meeting_decision WHERE meeting_id = $1) AS decisions,
                (SELECT count(*)::int FROM action_item WHERE meeting_id = $1) AS "actionItems"`,
        [meetingId],
      )) as { attendees: number; decisions: number; actionItems: number }[];
      const payload = { meetingId, bodyId, heldAt: meeting.startsAt.toISOString(), ...counts };
      await this.outbox.publish(tx, Topics.meetingHeld, bodyId, createEnvelope(Topics.meetingHeld, payload, { producer: ServiceName.networkGroups, correlationId: randomUUID(), occurredAt: now }));
      return this.meetings.get(bodyId, meetingId, tx);
    });
  }

  /** Locks the meeting, refuses (409) once its minutes are approved, and runs the change in the same transaction. */
  private changeOpenMeeting<T>(bodyId: string, meetingId: string, change: (tx: EntityManager, meeting: MeetingRow) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      const meeting = await this.meetings.meetingOf(tx, bodyId, meetingId);
      refusalAsConflict(MeetingConflict, () => assertOpenForChanges(meeting));
      return change(tx, meeting);
    });
  }

  private async memberIdsOn(tx: EntityManager, bodyId: string, day: string): Promise<Set<string>> {
    return new Set((await this.bodies.membersOn(bodyId, day, tx)).map((membership) => membership.personId));
  }

  private async actionItem(tx: EntityManager, id: string): Promise<ActionItemDto> {
    const [row] = (await tx.query(`SELECT ${ACTION_ITEM_COLUMNS} FROM action_item a JOIN person p ON p.id = a.owner_person_id WHERE a.id = $1`, [id])) as Parameters<
      typeof actionItemDto
    >[0][];
    return actionItemDto(row);
  }
}
