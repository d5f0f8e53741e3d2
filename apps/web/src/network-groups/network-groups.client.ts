import { getWithToken, sendWithToken, serviceUrl, type ServiceAnswer } from '../api/service-answer';
import type {
  ActionItem,
  ActionItemPage,
  AddActionItem,
  AddAgendaItem,
  AddDecision,
  AreaAlertPage,
  AreaSignals,
  Body,
  CancelMeeting,
  CreateMeeting,
  CreateSchedule,
  Meeting,
  MeetingDetail,
  MembershipPage,
  MessagePage,
  MoveMeeting,
  Person,
  PostMessage,
  RecordAttendance,
  Schedule,
  SchedulePage,
  UpdateSchedule,
  WriteMinutes,
} from './network-groups.types';

/** The lists' page size: enough for a screen, small enough to read. */
export const GROUP_PAGE_SIZE = 20;
/** A meeting's attendance form and choice of owner list this many members at a time. */
export const MEETING_MEMBERS_PAGE_SIZE = 100;
const SERVICE = 'network-groups';

const bodyPath = (bodyId: string) => `/bodies/${encodeURIComponent(bodyId)}`;
const meetingPath = (bodyId: string, meetingId: string) => `${bodyPath(bodyId)}/meetings/${encodeURIComponent(meetingId)}`;

/**
 * Network groups' routes of the SSP bodies as the web app uses them: the person's bodies, a
 * body's meetings and schedules and a meeting's record, members, messages, action items and
 * the area's anonymised signals. Each call carries the signed-in person's own token, so the
 * service decides what they may see and do.
 */
export class NetworkGroupsClient {
  constructor(private readonly baseUrl: string) {}

  private url(path: string, query: Record<string, string | number | undefined> = {}): URL {
    return serviceUrl(this.baseUrl, path, query);
  }

  private page(path: string, after: string | undefined, query: Record<string, string | undefined> = {}, limit = GROUP_PAGE_SIZE): URL {
    return this.url(path, { ...query, limit, after });
  }

  /** GET /people/me: the signed-in person with their memberships (404 until the secretariat links the sign-in). */
  me(token: string): Promise<ServiceAnswer<Person>> {
    return getWithToken(SERVICE, this.url('/people/me'), token);
  }

  /** GET /bodies/{bodyId}: the body's name, kind and area. */
  body(token: string, bodyId: string): Promise<ServiceAnswer<Body>> {
    return getWithToken(SERVICE, this.url(bodyPath(bodyId)), token);
  }

  /** GET /bodies/{bodyId}/meetings?from&to: the body's meetings whose Copenhagen day lies between (both included); without them, today to the service's horizon. */
  meetings(token: string, bodyId: string, from?: string, to?: string): Promise<ServiceAnswer<Meeting[]>> {
    return getWithToken(SERVICE, this.url(`${bodyPath(bodyId)}/meetings`, { from, to }), token);
  }

  createMeeting(token: string, bodyId: string, meeting: CreateMeeting): Promise<ServiceAnswer<Meeting>> {
    return sendWithToken(SERVICE, 'POST', this.url(`${bodyPath(bodyId)}/meetings`), token, meeting);
  }

  meeting(token: string, bodyId: string, meetingId: string): Promise<ServiceAnswer<MeetingDetail>> {
    return getWithToken(SERVICE, this.url(meetingPath(bodyId, meetingId)), token);
  }

  moveMeeting(token: string, bodyId: string, meetingId: string, move: MoveMeeting): Promise<ServiceAnswer<MeetingDetail>> {
    return sendWithToken(SERVICE, 'PATCH', this.url(meetingPath(bodyId, meetingId)), token, move);
  }

  cancelMeeting(token: string, bodyId: string, meetingId: string, cancel: CancelMeeting): Promise<ServiceAnswer<MeetingDetail>> {
    return sendWithToken(SERVICE, 'POST', this.url(`${meetingPath(bodyId, meetingId)}/cancel`), token, cancel);
  }

  addAgendaItem(token: string, bodyId: string, meetingId: string, item: AddAgendaItem): Promise<ServiceAnswer<unknown>> {
    return sendWithToken(SERVICE, 'POST', this.url(`${meetingPath(bodyId, meetingId)}/agenda-items`), token, item);
  }

  recordAttendance(token: string, bodyId: string, meetingId: string, attendance: RecordAttendance): Promise<ServiceAnswer<unknown>> {
    return sendWithToken(SERVICE, 'PUT', this.url(`${meetingPath(bodyId, meetingId)}/attendance`), token, attendance);
  }

  writeMinutes(token: string, bodyId: string, meetingId: string, minutes: WriteMinutes): Promise<ServiceAnswer<MeetingDetail>> {
    return sendWithToken(SERVICE, 'PUT', this.url(`${meetingPath(bodyId, meetingId)}/minutes`), token, minutes);
  }

  approveMinutes(token: string, bodyId: string, meetingId: string): Promise<ServiceAnswer<MeetingDetail>> {
    return sendWithToken(SERVICE, 'POST', this.url(`${meetingPath(bodyId, meetingId)}/minutes/approve`), token);
  }

  addDecision(token: string, bodyId: string, meetingId: string, decision: AddDecision): Promise<ServiceAnswer<unknown>> {
    return sendWithToken(SERVICE, 'POST', this.url(`${meetingPath(bodyId, meetingId)}/decisions`), token, decision);
  }

  addActionItem(token: string, bodyId: string, meetingId: string, item: AddActionItem): Promise<ServiceAnswer<ActionItem>> {
    return sendWithToken(SERVICE, 'POST', this.url(`${meetingPath(bodyId, meetingId)}/action-items`), token, item);
  }

  /** PATCH …/action-items/{id} with status done, also after the meeting is held. */
  completeActionItem(token: string, bodyId: string, meetingId: string, actionItemId: string): Promise<ServiceAnswer<ActionItem>> {
    const path = `${meetingPath(bodyId, meetingId)}/action-items/${encodeURIComponent(actionItemId)}`;
    return sendWithToken(SERVICE, 'PATCH', this.url(path), token, { status: 'done' });
  }

  /** GET /bodies/{bodyId}/action-items: from all the body's meetings, by deadline. */
  actionItems(token: string, bodyId: string, status: 'open' | 'done' | undefined, after?: string): Promise<ServiceAnswer<ActionItemPage>> {
    return getWithToken(SERVICE, this.page(`${bodyPath(bodyId)}/action-items`, after, { status }), token);
  }

  schedules(token: string, bodyId: string, after?: string): Promise<ServiceAnswer<SchedulePage>> {
    return getWithToken(SERVICE, this.page(`${bodyPath(bodyId)}/schedules`, after), token);
  }

  createSchedule(token: string, bodyId: string, schedule: CreateSchedule): Promise<ServiceAnswer<Schedule>> {
    return sendWithToken(SERVICE, 'POST', this.url(`${bodyPath(bodyId)}/schedules`), token, schedule);
  }

  changeSchedule(token: string, bodyId: string, scheduleId: string, change: UpdateSchedule): Promise<ServiceAnswer<Schedule>> {
    return sendWithToken(SERVICE, 'PATCH', this.url(`${bodyPath(bodyId)}/schedules/${encodeURIComponent(scheduleId)}`), token, change);
  }

  /** GET /bodies/{bodyId}/members: today's members by name, `limit` a page. */
  members(token: string, bodyId: string, after?: string, limit = GROUP_PAGE_SIZE): Promise<ServiceAnswer<MembershipPage>> {
    return getWithToken(SERVICE, this.page(`${bodyPath(bodyId)}/members`, after, {}, limit), token);
  }

  messages(token: string, bodyId: string, after?: string): Promise<ServiceAnswer<MessagePage>> {
    return getWithToken(SERVICE, this.page(`${bodyPath(bodyId)}/messages`, after), token);
  }

  postMessage(token: string, bodyId: string, message: PostMessage): Promise<ServiceAnswer<unknown>> {
    return sendWithToken(SERVICE, 'POST', this.url(`${bodyPath(bodyId)}/messages`), token, message);
  }

  /** GET /areas/{areaId}/signals: weekly counts, those below 5 suppressed by the service. */
  signals(token: string, areaId: string, from?: string, to?: string): Promise<ServiceAnswer<AreaSignals>> {
    return getWithToken(SERVICE, this.url(`/areas/${encodeURIComponent(areaId)}/signals`, { from, to }), token);
  }

  areaAlerts(token: string, areaId: string, after?: string): Promise<ServiceAnswer<AreaAlertPage>> {
    return getWithToken(SERVICE, this.page(`/areas/${encodeURIComponent(areaId)}/alerts`, after), token);
  }

  /** GET /alerts: every area's alerts (the coordination team and those who see every area). */
  everyAlert(token: string, after?: string): Promise<ServiceAnswer<AreaAlertPage>> {
    return getWithToken(SERVICE, this.page('/alerts', after), token);
  }
}
