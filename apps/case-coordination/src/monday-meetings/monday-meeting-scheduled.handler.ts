import { Injectable } from '@nestjs/common';
import { Topics, type EventEnvelope, type MeetingScheduledV1 } from '@ssp/contracts';
import { HandlesEvent, type EventHandler } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { MondayMeetingsRepository } from './monday-meetings.repository';

/** The Monday group's body in network groups' registry. */
export const MONDAY_GROUP_BODY = 'mandagsgruppen';

/**
 * Network groups put a Monday-group meeting in the calendar: case coordination knows it by the
 * same id, so the meeting's record here and its calendar entry there are one meeting. Other
 * bodies' meetings are not case coordination's.
 */
@Injectable()
@HandlesEvent(Topics.meetingScheduled)
export class MondayMeetingScheduledHandler implements EventHandler<MeetingScheduledV1> {
  async handle(event: EventEnvelope<MeetingScheduledV1>, tx: EntityManager): Promise<void> {
    const meeting = event.payload;
    if (meeting.bodyId !== MONDAY_GROUP_BODY) return;
    await new MondayMeetingsRepository(tx).putScheduled(meeting.meetingId, new Date(meeting.startsAt), new Date(meeting.endsAt));
  }
}
