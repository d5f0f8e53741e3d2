import { Inject, Injectable, Logger } from '@nestjs/common';
import { badRequest, combinedRefusal, decodePageCursor, isPageKey, notFound, pageOf, refusalAsConflict, SERVICE_CONFIG, type Page, type Principal } from '@ssp/platform';
import { addDays, DANISH_TIME_ZONE, localDay, zonedTimeToInstant } from '@ssp/platform/time';
import { AgendaService } from './agenda.service';
import { MeetingChangesRepository } from './meeting-changes.repository';
import { MeetingNoticesService } from './meeting-notices.service';
import { scheduleChangedNotification } from './meeting-notifications';
import { assertScheduleEndAllowed, MeetingConflict } from './meeting-rules';
import { danishDate } from '../intervention-notices/intervention-notifications';
import { DataSource, type EntityManager } from 'typeorm';
import type { NetworkGroupsConfig } from '../network-groups.config';
import { bodyOf } from '../bodies/body-of';
import { MEETING_REFUSALS, type CreateScheduleDto, type ScheduleDto, type UpdateScheduleDto } from './meetings.dto';
import { MeetingsService } from './meetings.service';
import { MONDAY_GROUP_ID, MONDAY_GROUP_SEED, MONDAY_GROUP_TITLE, mondayGroupRule } from './monday-group-schedule';
import { occurrences, ruleProblems, SCHEDULE_REFUSALS, type Recurrence, type ScheduleRule, type WeekOfMonth } from './recurrence';
import { SCHEDULE_COLUMNS, SchedulesRepository, type ScheduleRow } from './schedules.repository';

const isScheduleKey = isPageKey('uuid');

/** Who put the meetings of schedules in the calendar when no person did. */
const SYSTEM = 'system';

function ruleOf(row: ScheduleRow): ScheduleRule {
  const recurrence: Recurrence =
    row.recurrence === 'weekly' ? { kind: 'weekly', intervalWeeks: row.intervalWeeks ?? 1, weekday: row.weekday } : { kind: 'monthly', weekOfMonth: row.weekOfMonth ?? 1, weekday: row.weekday };
  return { recurrence, startTime: row.startTime, durationMinutes: row.durationMinutes, firstDay: row.firstDay, until: row.until };
}

function ruleOfRequest(request: CreateScheduleDto): ScheduleRule {
  if (request.recurrence === 'weekly' && request.weekOfMonth !== undefined) throw badRequest(SCHEDULE_REFUSALS.weekOfMonthNotMonthly);
  if (request.recurrence === 'monthly' && request.intervalWeeks !== undefined) throw badRequest(SCHEDULE_REFUSALS.intervalWeeksNotWeekly);
  const recurrence: Recurrence =
    request.recurrence === 'weekly'
      ? { kind: 'weekly', intervalWeeks: request.intervalWeeks ?? 0, weekday: request.weekday }
      : { kind: 'monthly', weekOfMonth: request.weekOfMonth ?? (0 as WeekOfMonth), weekday: request.weekday };
  const rule = { recurrence, startTime: request.startTime, durationMinutes: request.durationMinutes, firstDay: request.firstDay, until: request.until ?? null };
  const [problem, ...more] = ruleProblems(rule);
  if (problem) throw badRequest(combinedRefusal([problem, ...more]));
  return rule;
}

const toDto = (row: ScheduleRow): ScheduleDto => ({ ...row, createdAt: row.createdAt.toISOString() });

/**
 * Recurring schedules of the bodies and the meetings they put in the calendar: every
 * occurrence from today to the horizon (MEETING_HORIZON_WEEKS) is a meeting, made when the
 * schedule is created and topped up as the horizon moves on (SchedulesScheduler).
 */
@Injectable()
export class SchedulesService {
  private readonly logger = new Logger('meeting-schedules');

  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly repository: SchedulesRepository,
    private readonly changes: MeetingChangesRepository,
    private readonly agenda: AgendaService,
    private readonly notices: MeetingNoticesService,
    @Inject(SERVICE_CONFIG) private readonly config: NetworkGroupsConfig,
  ) {}

  /**
   * Changes a schedule's title, time, length, place or last day. Its coming meetings (not
   * begun, not held, not cancelled, not moved by hand) take the new time on their day, title
   * and place; those after a new last day are cancelled (not the Monday group's: refused, as
   * cancelling one of its meetings is); a later last day puts back the meetings an earlier one
   * cancelled (not those cancelled by hand) and puts the new occurrences in the calendar. The
   * members are told once, except whoever changed it.
   */
  async update(bodyId: string, scheduleId: string, request: UpdateScheduleDto, principal: Principal, now: Date): Promise<ScheduleDto> {
    if (Object.values(request).every((value) => value === undefined)) throw badRequest(MEETING_REFUSALS.scheduleChangeEmpty);
    return this.dataSource.transaction(async (tx) => {
      await bodyOf(tx, bodyId);
      const before = await this.repository.ofBodyForUpdate(tx, bodyId, scheduleId);
      if (!before) throw notFound(MEETING_REFUSALS.scheduleNotFound, { scheduleId });
      const rule = { ...ruleOf(before), startTime: request.startTime ?? before.startTime, durationMinutes: request.durationMinutes ?? before.durationMinutes };
      if (request.until !== undefined) rule.until = request.until;
      const [problem, ...more] = ruleProblems(rule);
      if (problem) throw badRequest(combinedRefusal([problem, ...more]));
      const row = await this.repository.update(tx, scheduleId, { ...rule, title: request.title ?? before.title, location: request.location === undefined ? before.location : request.location });
      const restored = await this.changes.restoreEnded(tx, scheduleId, rule.until, now);
      const coming = await this.changes.comingOccurrences(tx, scheduleId, now);
      const { until } = rule;
      const ended = until === null ? [] : coming.filter((meeting) => (meeting.occurrenceDay ?? meeting.day) > until);
      refusalAsConflict(MeetingConflict, () => assertScheduleEndAllowed(bodyId, ended.length));
      if (until !== null) await this.changes.cancel(tx, ended.map((meeting) => meeting.id), `Mødeplanen slutter ${danishDate(until)}.`, principal.subject, now, true);
      const kept = coming.filter((meeting) => !ended.includes(meeting));
      const retimed = kept.map((meeting) => {
        const startsAt = zonedTimeToInstant(meeting.occurrenceDay ?? meeting.day, rule.startTime, DANISH_TIME_ZONE);
        return { meetingId: meeting.id, startsAt, endsAt: new Date(Date.parse(startsAt) + rule.durationMinutes * 60_000).toISOString() };
      });
      const moved = retimed.filter((change, index) => change.startsAt !== kept[index].startsAt.toISOString() || change.endsAt !== kept[index].endsAt.toISOString());
      const rows = await this.changes.reschedule(tx, retimed, row.title, row.location);
      await this.meetings.announceScheduled(tx, rows.filter((meeting) => moved.some((change) => change.meetingId === meeting.id)), now);
      await this.materialiseSchedule(tx, row, now);
      await this.agenda.attachWaitingItems(tx, [bodyId], now);
      await this.notices.tellMembers(tx, bodyId, principal.subject, (bodyName) => scheduleChangedNotification(bodyId, { moved: moved.length, cancelled: ended.length, restored }, bodyName));
      return toDto(row);
    });
  }

  async create(bodyId: string, request: CreateScheduleDto, principal: Principal, now: Date): Promise<ScheduleDto> {
    const rule = ruleOfRequest(request);
    return this.dataSource.transaction(async (tx) => {
      await bodyOf(tx, bodyId);
      const [row] = await this.insert(tx, bodyId, request.title, rule, request.location ?? null, null, principal.subject);
      await this.materialiseSchedule(tx, row, now);
      return toDto(row);
    });
  }

  /** A page of the body's schedules, oldest first; the cursor is the last one's id. */
  async list(bodyId: string, limit: number, after: string | undefined): Promise<Page<ScheduleDto>> {
    await bodyOf(this.dataSource.manager, bodyId);
    const [afterId] = decodePageCursor(after, isScheduleKey) ?? [null];
    return pageOf((await this.repository.ofBody(bodyId, limit + 1, afterId)).map(toDto), limit, (schedule) => [schedule.id]);
  }

  /**
   * The Monday group's schedule, from MONDAY_GROUP_FIRST_MEETING, added once: a changed
   * setting later does not move meetings already in the calendar.
   */
  async ensureMondayGroupSchedule(): Promise<void> {
    const rule = mondayGroupRule(this.config.MONDAY_GROUP_FIRST_MEETING);
    await this.insert(this.dataSource.manager, MONDAY_GROUP_ID, MONDAY_GROUP_TITLE, rule, null, MONDAY_GROUP_SEED, SYSTEM);
  }

  /** Puts every schedule's occurrences up to the horizon in the calendar; returns how many meetings are new. */
  async materialise(now: Date): Promise<number> {
    const created = await this.dataSource.transaction(async (tx) => {
      const rows = (await tx.query(`SELECT ${SCHEDULE_COLUMNS} FROM meeting_schedule WHERE until_day IS NULL OR until_day >= $1 ORDER BY created_at, id`, [
        localDay(now),
      ])) as ScheduleRow[];
      let count = 0;
      for (const row of rows) count += await this.materialiseSchedule(tx, row, now);
      return count;
    });
    if (created > 0) this.logger.log(`put ${created} meetings of recurring schedules in the calendar`);
    return created;
  }

  private async materialiseSchedule(tx: EntityManager, row: ScheduleRow, now: Date): Promise<number> {
    const today = localDay(now);
    const meetings = occurrences(ruleOf(row), today, addDays(today, this.config.MEETING_HORIZON_WEEKS * 7)).map((occurrence) => ({
      bodyId: row.bodyId,
      scheduleId: row.id,
      title: row.title,
      location: row.location,
      startsAt: occurrence.startsAt,
      endsAt: occurrence.endsAt,
      occurrenceDay: occurrence.day,
    }));
    return (await this.meetings.insertMeetings(tx, meetings, SYSTEM, now)).length;
  }

  /** A seeded schedule is added once, also by replicas starting together; one without a seed always is. */
  private async insert(tx: EntityManager, bodyId: string, title: string, rule: ScheduleRule, location: string | null, seed: string | null, createdBy: string): Promise<ScheduleRow[]> {
    const { recurrence } = rule;
    return (await tx.query(
      `INSERT INTO meeting_schedule (body_id, title, recurrence, interval_weeks, week_of_month, weekday, start_time, duration_minutes, first_day, until_day, location, seed, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (seed) DO NOTHING RETURNING ${SCHEDULE_COLUMNS}`,
      [
        bodyId,
        title,
        recurrence.kind,
        recurrence.kind === 'weekly' ? recurrence.intervalWeeks : null,
        recurrence.kind === 'monthly' ? recurrence.weekOfMonth : null,
        recurrence.weekday,
        rule.startTime,
        rule.durationMinutes,
        rule.firstDay,
        rule.until,
        location,
        seed,
        createdBy,
      ],
    )) as ScheduleRow[];
  }
}
