import { Injectable } from '@nestjs/common';
import { badRequest, refusalAsConflict, type Principal } from '@ssp/platform';
import { DataSource } from 'typeorm';
import { AgendaService } from './agenda.service';
import { MeetingChangesRepository } from './meeting-changes.repository';
import { MeetingNoticesService } from './meeting-notices.service';
import { meetingCancelledNotification, meetingMovedNotification } from './meeting-notifications';
import { assertCancellable, assertMovable, MeetingConflict } from './meeting-rules';
import { MEETING_REFUSALS, type CancelMeetingDto, type MeetingDetailDto, type MoveMeetingDto } from './meetings.dto';
import { MeetingsService, singleMeetingTime } from './meetings.service';

/**
 * Moving and cancelling a meeting that has not begun. Each tells the body's current members
 * (except whoever did it) in the same transaction, as a new agenda item does; a move is
 * announced again as meeting scheduled, whose readers keep the latest.
 */
@Injectable()
export class MeetingChangesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly agenda: AgendaService,
    private readonly repository: MeetingChangesRepository,
    private readonly notices: MeetingNoticesService,
  ) {}

  async move(bodyId: string, meetingId: string, request: MoveMeetingDto, principal: Principal, now: Date): Promise<MeetingDetailDto> {
    return this.dataSource.transaction(async (tx) => {
      const before = await this.meetings.meetingOf(tx, bodyId, meetingId);
      refusalAsConflict(MeetingConflict, () => assertMovable(before, now));
      const minutes = request.durationMinutes ?? Math.round((before.endsAt.getTime() - before.startsAt.getTime()) / 60_000);
      const time = singleMeetingTime(request.day, request.startTime, minutes, now);
      if (Date.parse(time.startsAt) <= now.getTime()) throw badRequest(MEETING_REFUSALS.movedToPast);
      const after = await this.repository.move(tx, { meetingId, ...time }, request.location, now);
      await this.meetings.announceScheduled(tx, [after], now);
      await this.notices.tellMembers(tx, bodyId, principal.subject, (bodyName) => meetingMovedNotification({ ...before, meetingId }, after, bodyName));
      return this.meetings.get(bodyId, meetingId, tx);
    });
  }

  async cancel(bodyId: string, meetingId: string, request: CancelMeetingDto, principal: Principal, now: Date): Promise<MeetingDetailDto> {
    return this.dataSource.transaction(async (tx) => {
      const meeting = await this.meetings.meetingOf(tx, bodyId, meetingId);
      refusalAsConflict(MeetingConflict, () => assertCancellable(meeting, now));
      await this.repository.cancel(tx, [meetingId], request.reason, principal.subject, now, false);
      await this.agenda.attachWaitingItems(tx, [bodyId], now);
      await this.notices.tellMembers(tx, bodyId, principal.subject, (bodyName) => meetingCancelledNotification({ ...meeting, meetingId }, bodyName));
      return this.meetings.get(bodyId, meetingId, tx);
    });
  }
}
