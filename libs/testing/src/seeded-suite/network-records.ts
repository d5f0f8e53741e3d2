import type { DataSource } from 'typeorm';
import { seedCall } from './http';
import type { SeededMembers } from './members';
import { colleagueToken, type Side } from './sides';

/**
 * A meeting on a fixed day in the past (16:00 Copenhagen), so its minutes can be approved
 * whatever day the suite runs; the action items' deadline is after it.
 */
const PAST_MEETING = { startsAt: '2026-03-05T15:00:00.000Z', endsAt: '2026-03-05T16:30:00.000Z' };
export const ACTION_ITEM_DEADLINE = '2026-03-31';

export interface NetworkRecords extends SeededMembers {
  /** A past meeting of the side's network group with minutes, not yet approved. */
  meetingId: string;
  /** An open action item of that meeting, owned by the colleague. */
  actionItemId: string;
  /** A planned initiative for the side's group and area. */
  initiativeId: string;
  /** The member's notification of the colleague's message. */
  notificationId: string;
  /** The member's own calendar feed. */
  feedId: string;
}

/**
 * A meeting with minutes in the past. Straight into the table: the API takes single meetings
 * only from a year before today, and a fixed day must not depend on the day the suite runs.
 */
export async function pastMeetingWithMinutes(url: string, token: string, dataSource: DataSource, side: Side): Promise<string> {
  const [{ id }] = (await dataSource.query('INSERT INTO meeting (body_id, title, starts_at, ends_at, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id', [
    side.body,
    'Netværksmøde',
    PAST_MEETING.startsAt,
    PAST_MEETING.endsAt,
    side.subject,
  ])) as { id: string }[];
  await seedCall(url, 'PUT', `/bodies/${side.body}/meetings/${id}/minutes`, token, 200, { json: { text: 'Referat: trivselsmålingen gennemgået.' } });
  return id;
}

/** A single meeting of the side's body on `day`, not begun: one that can be moved or cancelled. */
export async function upcomingMeeting(url: string, token: string, side: Side, day: string): Promise<string> {
  const request = { title: 'Netværksmøde', day, startTime: '15:00', durationMinutes: 60 };
  return (await seedCall<{ id: string }>(url, 'POST', `/bodies/${side.body}/meetings`, token, 201, { json: request })).id;
}

/** A recurring schedule of the side's body, every fourth Thursday from `firstDay`. */
export async function recurringSchedule(url: string, token: string, side: Side, firstDay: string): Promise<string> {
  const request = { title: 'Netværksmøde', recurrence: 'weekly', intervalWeeks: 4, weekday: 4, startTime: '16:00', durationMinutes: 90, firstDay };
  return (await seedCall<{ id: string }>(url, 'POST', `/bodies/${side.body}/schedules`, token, 201, { json: request })).id;
}

export async function openActionItem(url: string, token: string, side: Side, meetingId: string, ownerPersonId: string): Promise<string> {
  const request = { title: 'Kontakt klubben om åbningstider', ownerPersonId, deadline: ACTION_ITEM_DEADLINE };
  return (await seedCall<{ id: string }>(url, 'POST', `/bodies/${side.body}/meetings/${meetingId}/action-items`, token, 201, { json: request })).id;
}

export function initiativeRequest(side: Side) {
  return { kind: 'course', title: 'Kursus om digital dannelse', bodyIds: [side.body], areaIds: [side.area] };
}

export async function plannedInitiative(url: string, token: string, side: Side): Promise<string> {
  return (await seedCall<{ id: string }>(url, 'POST', '/initiatives', token, 201, { json: initiativeRequest(side) })).id;
}

/** A feed of the member's own meetings, issued by the member. */
export async function ownFeed(url: string, memberToken: string): Promise<string> {
  return (await seedCall<{ id: string }>(url, 'POST', '/people/me/calendar-feed', memberToken, 201)).id;
}

/** The colleague writes to the group, which notifies the member; the member's newest notification is that one. */
export async function notificationOfMember(url: string, memberToken: string, side: Side): Promise<string> {
  await seedCall(url, 'POST', `/bodies/${side.body}/messages`, await colleagueToken(side), 201, { json: { text: 'Husk mødet på torsdag' } });
  const {
    items: [notification],
  } = await seedCall<{ items: { id: string }[] }>(url, 'GET', '/notifications?show=all&limit=1', memberToken, 200);
  if (!notification) throw new Error(`the member of ${side.body} was not notified of the message`);
  return notification.id;
}

/** `token` is the side's seeder: the secretariat signed in as the side's member; the members are in every service's copy of the registry. */
export async function seedNetworkRecords(url: string, token: string, dataSource: DataSource, side: Side, members: SeededMembers): Promise<NetworkRecords> {
  const { colleagueId } = members;
  const meetingId = await pastMeetingWithMinutes(url, token, dataSource, side);
  return {
    ...members,
    meetingId,
    actionItemId: await openActionItem(url, token, side, meetingId, colleagueId),
    initiativeId: await plannedInitiative(url, token, side),
    notificationId: await notificationOfMember(url, token, side),
    feedId: await ownFeed(url, token),
  };
}

/** A day the service's own calendar holds ahead (the Monday group's next meeting), so a single meeting on it is inside the window the API takes. */
export async function upcomingMeetingDay(url: string, token: string): Promise<string> {
  const [next] = await seedCall<{ day: string }[]>(url, 'GET', '/bodies/mandagsgruppen/meetings', token, 200);
  if (!next) throw new Error('the Monday group has no meeting ahead');
  return next.day;
}
