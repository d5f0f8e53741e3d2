import { Injectable, Logger } from '@nestjs/common';
import { Topics, type EventEnvelope, type MondayMeetingRecordedV1 } from '@ssp/contracts';
import { Clock, HandlesEvent, type EventHandler } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { AgendaService } from './agenda.service';
import { mondayMeetingRecordItem } from './monday-meeting-record';

/** Where the item comes from, for its idempotent place on the meeting's agenda. */
export const CASE_RECORD_SOURCE = 'case-coordination';

/**
 * Case coordination opened, closed or approved the record of a Monday-group meeting: the
 * calendar's meeting (the same id) shows it as one agenda item, rewritten at each step. A
 * meeting the calendar does not have is logged and skipped.
 */
@Injectable()
@HandlesEvent(Topics.mondayMeetingRecorded)
export class MondayMeetingRecordHandler implements EventHandler<MondayMeetingRecordedV1> {
  private readonly logger = new Logger('monday-meeting-record');

  constructor(
    private readonly agenda: AgendaService,
    private readonly clock: Clock,
  ) {}

  async handle(event: EventEnvelope<MondayMeetingRecordedV1>, tx: EntityManager): Promise<void> {
    const record = event.payload;
    const item = { ...mondayMeetingRecordItem(record), source: CASE_RECORD_SOURCE, sourceId: record.meetingId };
    const placed = await this.agenda.putSourcedItemOnMeeting(tx, record.meetingId, item, this.clock.now());
    if (placed === null) this.logger.warn(`the calendar has no meeting ${record.meetingId} for case coordination's record`);
  }
}
