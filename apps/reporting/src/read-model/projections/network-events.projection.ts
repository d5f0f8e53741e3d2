import { Topics, type AreaAlertRaisedV1, type EventEnvelope, type InitiativeLaunchedV1, type MeetingHeldV1, type MeetingScheduledV1 } from '@ssp/contracts';
import { HandlesEvent } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { danishDayOf } from '../../rules/event-day';
import { insertRows } from '../insert-rows';
import { Projection } from '../projection';

/**
 * A meeting in the calendar. Rescheduling publishes the meeting again; the latest
 * `scheduledAt` wins whatever order the events come in.
 */
@HandlesEvent(Topics.meetingScheduled)
export class MeetingScheduledProjection extends Projection<MeetingScheduledV1> {
  protected async project(events: readonly EventEnvelope<MeetingScheduledV1>[], tx: EntityManager): Promise<void> {
    const latest = new Map<string, MeetingScheduledV1>();
    for (const { payload } of events) {
      const known = latest.get(payload.meetingId);
      if (!known || payload.scheduledAt >= known.scheduledAt) latest.set(payload.meetingId, payload);
    }
    await insertRows(
      tx,
      this.table('meeting_scheduled'),
      [
        { name: 'meeting_id', type: 'uuid', value: (meeting) => meeting.meetingId },
        { name: 'body_id', type: 'text', value: (meeting) => meeting.bodyId },
        { name: 'starts_at', type: 'timestamptz', value: (meeting) => meeting.startsAt },
        { name: 'ends_at', type: 'timestamptz', value: (meeting) => meeting.endsAt },
        { name: 'scheduled_at', type: 'timestamptz', value: (meeting) => meeting.scheduledAt },
      ],
      [...latest.values()],
      `ON CONFLICT (meeting_id) DO UPDATE SET body_id = EXCLUDED.body_id, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, scheduled_at = EXCLUDED.scheduled_at
       WHERE EXCLUDED.scheduled_at >= t.scheduled_at`,
    );
  }
}

/** A meeting that took place, with its counts; once per meeting. */
@HandlesEvent(Topics.meetingHeld)
export class MeetingHeldProjection extends Projection<MeetingHeldV1> {
  protected async project(events: readonly EventEnvelope<MeetingHeldV1>[], tx: EntityManager): Promise<void> {
    await insertRows(
      tx,
      this.table('meeting_held'),
      [
        { name: 'meeting_id', type: 'uuid', value: (meeting) => meeting.meetingId },
        { name: 'body_id', type: 'text', value: (meeting) => meeting.bodyId },
        { name: 'held_at', type: 'timestamptz', value: (meeting) => meeting.heldAt },
        { name: 'held_on', type: 'date', value: (meeting) => danishDayOf(meeting.heldAt) },
        { name: 'attendees', type: 'int', value: (meeting) => meeting.attendees },
        { name: 'decisions', type: 'int', value: (meeting) => meeting.decisions },
        { name: 'action_items', type: 'int', value: (meeting) => meeting.actionItems },
      ],
      events.map((event) => event.payload),
      'ON CONFLICT (meeting_id) DO NOTHING',
    );
  }
}

/** A local initiative with the groups and areas it is for; once per initiative. */
@HandlesEvent(Topics.initiativeLaunched)
export class InitiativeLaunchedProjection extends Projection<InitiativeLaunchedV1> {
  protected async project(events: readonly EventEnvelope<InitiativeLaunchedV1>[], tx: EntityManager): Promise<void> {
    await insertRows(
      tx,
      this.table('initiative'),
      [
        { name: 'initiative_id', type: 'uuid', value: (initiative) => initiative.initiativeId },
        { name: 'kind', type: 'text', value: (initiative) => initiative.kind },
        { name: 'title', type: 'text', value: (initiative) => initiative.title },
        { name: 'body_ids', type: 'text[]', value: (initiative) => initiative.bodyIds },
        { name: 'area_ids', type: 'text[]', value: (initiative) => initiative.areaIds },
        { name: 'launched_at', type: 'timestamptz', value: (initiative) => initiative.launchedAt },
        { name: 'launched_on', type: 'date', value: (initiative) => danishDayOf(initiative.launchedAt) },
      ],
      events.map((event) => event.payload),
      'ON CONFLICT (initiative_id) DO NOTHING',
    );
  }
}

/** An area alert from network groups (anonymised counts only); once per alert. */
@HandlesEvent(Topics.areaAlertRaised)
export class AreaAlertRaisedProjection extends Projection<AreaAlertRaisedV1> {
  protected async project(events: readonly EventEnvelope<AreaAlertRaisedV1>[], tx: EntityManager): Promise<void> {
    await insertRows(
      tx,
      this.table('area_alert'),
      [
        { name: 'alert_id', type: 'uuid', value: (alert) => alert.alertId },
        { name: 'area_id', type: 'text', value: (alert) => alert.areaId },
        { name: 'offence_category', type: 'text', value: (alert) => alert.offenceCategory },
        { name: 'week_start', type: 'date', value: (alert) => alert.weekStart },
        { name: 'count', type: 'int', value: (alert) => alert.count },
        { name: 'trailing_mean', type: 'float8', value: (alert) => alert.trailingMean },
        { name: 'raised_at', type: 'timestamptz', value: (alert) => alert.raisedAt },
      ],
      events.map((event) => event.payload),
      'ON CONFLICT (alert_id) DO NOTHING',
    );
  }
}
