import { Inject, Injectable } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics } from '@ssp/contracts';
import { badRequest, decodePageCursor, isInstantAndIdKey, notFound, OutboxService, pageOf, SERVICE_CONFIG, type Page, type Principal } from '@ssp/platform';
import { addDays, DANISH_TIME_ZONE, daysBetween, localDay, zonedTimeToInstant } from '@ssp/platform/time';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { NetworkGroupsConfig } from '../network-groups.config';
import { AgendaService } from './agenda.service';
import { bodyOf } from '../bodies/body-of';
import { BodyKind } from '../bodies/ssp-structure';
import type { MeetingState } from './meeting-rules';
import { MAX_LIST_DAYS, MEETING_REFUSALS, type ActionItemDto, type AgendaItemDto, type AttendanceDto, type CreateMeetingDto, type DecisionDto, type MeetingDetailDto, type MeetingDto, type NetworkGroupMeetingDto } from './meetings.dto';

/** A meeting to put in the calendar: one occurrence of a schedule, or a single meeting. */
export interface NewMeeting {
  bodyId: string;
  scheduleId: string | null;
  title: string;
  location: string | null;
  startsAt: string;
  endsAt: string;
  /** The day a schedule put it on (what makes an occurrence once); null for a single meeting. */
  occurrenceDay: string | null;
}

export interface MeetingRow extends MeetingState {
  id: string;
  bodyId: string;
  scheduleId: string | null;
  title: string;
  location: string | null;
  endsAt: Date;
  /** The Copenhagen day and wall time of the start. */
  day: string;
  startTime: string;
  occurrenceDay: string | null;
  movedAt: Date | null;
  cancelReason: string | null;
}

export const MEETING_COLUMNS = `m.id, m.body_id AS "bodyId", m.schedule_id AS "scheduleId", m.title, m.location, m.starts_at AS "startsAt", m.ends_at AS "endsAt",
  to_char(m.starts_at AT TIME ZONE '${DANISH_TIME_ZONE}', 'YYYY-MM-DD') AS day, to_char(m.starts_at AT TIME ZONE '${DANISH_TIME_ZONE}', 'HH24:MI') AS "startTime",
  m.minutes, m.minutes_approved_at AS "minutesApprovedAt", to_char(m.occurrence_day, 'YYYY-MM-DD') AS "occurrenceDay", m.moved_at AS "movedAt",
  m.cancelled_at AS "cancelledAt", m.cancel_reason AS "cancelReason"`;

export const ACTION_ITEM_COLUMNS = `a.id, a.meeting_id AS "meetingId", a.body_id AS "bodyId", a.title, a.owner_person_id AS "ownerPersonId", p.name AS "ownerName",
  to_char(a.deadline, 'YYYY-MM-DD') AS deadline, a.status, a.done_at AS "doneAt", a.created_at AS "createdAt"`;


/** Single meetings may be recorded afterwards or planned ahead, within these bounds of today. */
const SINGLE_MEETING_DAYS_BACK = 366;
const SINGLE_MEETING_DAYS_AHEAD = 731;

/** The instants of a single (or moved) meeting at a Copenhagen day and wall time, the day within the bounds of today. */
export function singleMeetingTime(day: string, startTime: string, durationMinutes: number, now: Date): { startsAt: string; endsAt: string } {
  const sinceToday = daysBetween(localDay(now), day);
  if (sinceToday < -SINGLE_MEETING_DAYS_BACK || sinceToday > SINGLE_MEETING_DAYS_AHEAD) throw badRequest(MEETING_REFUSALS.dayOutOfRange);
  const startsAt = zonedTimeToInstant(day, startTime, DANISH_TIME_ZONE);
  return { startsAt, endsAt: new Date(Date.parse(startsAt) + durationMinutes * 60_000).toISOString() };
}


type Timestamps<T, K extends keyof T> = Omit<T, K> & { [P in K]: Date };
type ActionItemRow = Timestamps<ActionItemDto, 'createdAt'> & { doneAt: Date | null };

export function actionItemDto(row: ActionItemRow): ActionItemDto {
  return { ...row, doneAt: row.doneAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString() };
}

export function meetingDto(row: MeetingRow): MeetingDto {
  return {
    id: row.id,
    bodyId: row.bodyId,
    scheduleId: row.scheduleId,
    title: row.title,
    location: row.location,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    day: row.day,
    startTime: row.startTime,
    status: row.cancelledAt !== null ? 'cancelled' : row.minutesApprovedAt === null ? 'scheduled' : 'held',
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    cancelReason: row.cancelReason,
    movedAt: row.movedAt?.toISOString() ?? null,
  };
}

/**
 * The meetings of the SSP bodies: putting them in the calendar (each new one announced as
 * meeting scheduled, through the outbox), listing them, and one meeting with its record.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly agenda: AgendaService,
    @Inject(SERVICE_CONFIG) private readonly config: NetworkGroupsConfig,
  ) {}

  /**
   * Puts meetings in the calendar; an occurrence a schedule already has (same schedule and
   * start) is skipped, so materialising again changes nothing. Returns the new ones, each
   * announced once, and gives agenda items that were waiting to the bodies' next meetings.
   */
  async insertMeetings(tx: EntityManager, meetings: NewMeeting[], createdBy: string, now: Date): Promise<MeetingRow[]> {
    if (meetings.length === 0) return [];
    const inserted = (await tx.query(
      `INSERT INTO meeting (body_id, schedule_id, title, location, starts_at, ends_at, occurrence_day, created_by, created_at)
       SELECT body_id, schedule_id, title, location, starts_at, ends_at, occurrence_day, $8, $9
         FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::date[])
           AS n(body_id, schedule_id, title, location, starts_at, ends_at, occurrence_day)
       ON CONFLICT ON CONSTRAINT meeting_occurrence DO NOTHING
       RETURNING id`,
      [
        meetings.map((meeting) => meeting.bodyId),
        meetings.map((meeting) => meeting.scheduleId),
        meetings.map((meeting) => meeting.title),
        meetings.map((meeting) => meeting.location),
        meetings.map((meeting) => meeting.startsAt),
        meetings.map((meeting) => meeting.endsAt),
        meetings.map((meeting) => meeting.occurrenceDay),
        createdBy,
        now,
      ],
    )) as { id: string }[];
    if (inserted.length === 0) return [];
    const rows = (await tx.query(`SELECT ${MEETING_COLUMNS} FROM meeting m WHERE m.id = ANY($1) ORDER BY m.starts_at`, [inserted.map((row) => row.id)])) as MeetingRow[];
    await this.announceScheduled(tx, rows, now);
    await this.agenda.attachWaitingItems(tx, [...new Set(rows.map((row) => row.bodyId))], now);
    return rows;
  }

  /**
   * Meeting scheduled for each meeting, new or moved: its readers (case coordination for the
   * Monday group, reporting) keep the latest by `scheduledAt`, so a moved meeting is announced again.
   */
  async announceScheduled(tx: EntityManager, rows: MeetingRow[], now: Date): Promise<void> {
    if (rows.length === 0) return;
    const origin = { producer: ServiceName.networkGroups, correlationId: randomUUID(), occurredAt: now };
    await this.outbox.publishMany(
      tx,
      Topics.meetingScheduled,
      rows.map((row) => ({
        key: row.bodyId,
        event: createEnvelope(
          Topics.meetingScheduled,
          { meetingId: row.id, bodyId: row.bodyId, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString(), scheduledAt: now.toISOString() },
          origin,
        ),
      })),
    );
  }

  /** A single meeting, at a Copenhagen day and wall time. */
  async createMeeting(bodyId: string, request: CreateMeetingDto, principal: Principal, now: Date): Promise<MeetingDto> {
    const { startsAt, endsAt } = singleMeetingTime(request.day, request.startTime, request.durationMinutes, now);
    return this.dataSource.transaction(async (tx) => {
      await bodyOf(tx, bodyId);
      const [row] = await this.insertMeetings(
        tx,
        [{ bodyId, scheduleId: null, title: request.title, location: request.location ?? null, startsAt, endsAt, occurrenceDay: null }],
        principal.subject,
        now,
      );
      return meetingDto(row);
    });
  }

  /** The body's meetings whose Copenhagen day lies in [from, to]; by default from today to the scheduling horizon. */
  async list(bodyId: string, from: string | undefined, to: string | undefined, now: Date): Promise<MeetingDto[]> {
    const { start, end } = this.listedInstants(from, to, now);
    await bodyOf(this.dataSource.manager, bodyId);
    const rows = (await this.dataSource.query(
      `SELECT ${MEETING_COLUMNS} FROM meeting m WHERE m.body_id = $1 AND m.starts_at >= $2 AND m.starts_at < $3 ORDER BY m.starts_at, m.id`,
      [bodyId, start, end],
    )) as MeetingRow[];
    return rows.map(meetingDto);
  }

  /** Every network group's meetings from `from` to `to`, by start, a page at a time: the view across the groups. */
  async listAcrossNetworkGroups(from: string | undefined, to: string | undefined, now: Date, limit: number, after: string | undefined): Promise<Page<NetworkGroupMeetingDto>> {
    const { start, end } = this.listedInstants(from, to, now);
    const key = decodePageCursor(after, isInstantAndIdKey);
    const rows = (await this.dataSource.query(
      `SELECT ${MEETING_COLUMNS}, b.name AS "bodyName", b.area_id AS "areaId" FROM meeting m JOIN ssp_body b ON b.id = m.body_id
        WHERE b.kind = $1 AND m.starts_at >= $2 AND m.starts_at < $3 AND ($4::double precision IS NULL OR (m.starts_at, m.id) > (to_timestamp($4::double precision / 1000), $5::uuid))
        ORDER BY m.starts_at, m.id LIMIT $6`,
      [BodyKind.networkGroup, start, end, key?.[0] ?? null, key?.[1] ?? null, limit + 1],
    )) as (MeetingRow & { bodyName: string; areaId: string | null })[];
    const page = pageOf(rows, limit, (row) => [row.startsAt.getTime(), row.id]);
    return { items: page.items.map((row) => ({ ...meetingDto(row), bodyName: row.bodyName, areaId: row.areaId })), next: page.next };
  }

  /** The instants that bound the Copenhagen days asked for: today and the scheduling horizon unless given, at most MAX_LIST_DAYS apart. */
  private listedInstants(from: string | undefined, to: string | undefined, now: Date): { start: string; end: string } {
    const first = from ?? localDay(now);
    const last = to ?? addDays(first, this.config.MEETING_HORIZON_WEEKS * 7);
    if (last < first) throw badRequest(MEETING_REFUSALS.toBeforeFrom);
    if (daysBetween(first, last) > MAX_LIST_DAYS) throw badRequest(MEETING_REFUSALS.rangeTooLong);
    return { start: zonedTimeToInstant(first, '00:00', DANISH_TIME_ZONE), end: zonedTimeToInstant(addDays(last, 1), '00:00', DANISH_TIME_ZONE) };
  }

  async get(bodyId: string, meetingId: string, manager: EntityManager = this.dataSource.manager): Promise<MeetingDetailDto> {
    const meeting = await this.meetingOf(manager, bodyId, meetingId, false);
    // One after another: inside a transaction they share one connection.
    const agenda = (await manager.query(
      `SELECT id, meeting_id AS "meetingId", body_id AS "bodyId", title, description, source, source_id AS "sourceId", created_at AS "createdAt"
         FROM agenda_item WHERE meeting_id = $1 ORDER BY created_at, id`,
      [meetingId],
    )) as Timestamps<AgendaItemDto, 'createdAt'>[];
    const attendance = (await manager.query(
      `SELECT a.person_id AS "personId", p.name AS "personName", a.status, a.recorded_at AS "recordedAt"
         FROM meeting_attendance a JOIN person p ON p.id = a.person_id WHERE a.meeting_id = $1 ORDER BY p.name, p.id`,
      [meetingId],
    )) as Timestamps<AttendanceDto, 'recordedAt'>[];
    const decisions = (await manager.query(
      'SELECT id, meeting_id AS "meetingId", text, created_at AS "createdAt" FROM meeting_decision WHERE meeting_id = $1 ORDER BY created_at, id',
      [meetingId],
    )) as Timestamps<DecisionDto, 'createdAt'>[];
    const actionItems = (await manager.query(
      `SELECT ${ACTION_ITEM_COLUMNS} FROM action_item a JOIN person p ON p.id = a.owner_person_id WHERE a.meeting_id = $1 ORDER BY a.deadline, a.created_at, a.id`,
      [meetingId],
    )) as ActionItemRow[];
    return {
      ...meetingDto(meeting),
      agenda: agenda.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })),
      attendance: attendance.map((entry) => ({ ...entry, recordedAt: entry.recordedAt.toISOString() })),
      minutes: meeting.minutes,
      minutesApprovedAt: meeting.minutesApprovedAt?.toISOString() ?? null,
      decisions: decisions.map((decision) => ({ ...decision, createdAt: decision.createdAt.toISOString() })),
      actionItems: actionItems.map(actionItemDto),
    };
  }

  /** The meeting of that body, locked for a change when `forUpdate`; 404 for another body's meeting too. */
  async meetingOf(manager: EntityManager, bodyId: string, meetingId: string, forUpdate = true): Promise<MeetingRow> {
    const [row] = (await manager.query(`SELECT ${MEETING_COLUMNS} FROM meeting m WHERE m.id = $1 AND m.body_id = $2${forUpdate ? ' FOR UPDATE' : ''}`, [
      meetingId,
      bodyId,
    ])) as MeetingRow[];
    if (!row) throw notFound(MEETING_REFUSALS.notFound, { meetingId });
    return row;
  }
}
