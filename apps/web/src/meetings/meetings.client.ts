import { downloadWithToken, getWithToken, sendWithToken, serviceUrl, type ServiceAnswer } from '../api/service-answer';
import type { CreateDecision, CreateIntervention, CreateNote, MarkItem, MeetingItemPage, Minutes, MondayMeeting, MondayMeetingPage, OneMeetingItem, Person } from './meeting.types';

const SERVICE = 'case-coordination';
/** The list of meetings: a page is a good part of a year. */
export const MEETINGS_PAGE_SIZE = 20;
/** The frozen agenda a page at a time on the meeting's page. */
export const ITEMS_PAGE_SIZE = 100;
/** Why the pages read person data: the access log the person can see says so. */
const PURPOSE = 'monday-group-meeting';

/**
 * Case coordination's Monday-meeting routes, and the person routes meeting mode records with,
 * each call with the signed-in person's own access token: the service decides who may.
 */
export class MeetingsClient {
  constructor(private readonly baseUrl: string) {}

  meetings(token: string, after?: string): Promise<ServiceAnswer<MondayMeetingPage>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, '/monday-meetings', { limit: String(MEETINGS_PAGE_SIZE), after }), token);
  }

  meeting(token: string, meetingId: string): Promise<ServiceAnswer<MondayMeeting>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, `/monday-meetings/${encodeURIComponent(meetingId)}`), token);
  }

  items(token: string, meetingId: string, after?: string): Promise<ServiceAnswer<MeetingItemPage>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, `/monday-meetings/${encodeURIComponent(meetingId)}/items`, { limit: String(ITEMS_PAGE_SIZE), after }), token);
  }

  /** One person's item, with the next item's pseudonym; the service logs this person's read only. */
  item(token: string, meetingId: string, pseudonym: string): Promise<ServiceAnswer<OneMeetingItem>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, `/monday-meetings/${encodeURIComponent(meetingId)}/items/${encodeURIComponent(pseudonym)}`), token);
  }

  /** open, close or approve. */
  step(token: string, meetingId: string, step: 'open' | 'close' | 'approve'): Promise<ServiceAnswer<MondayMeeting>> {
    return sendWithToken(SERVICE, 'POST', serviceUrl(this.baseUrl, `/monday-meetings/${encodeURIComponent(meetingId)}/${step}`), token, {});
  }

  markItem(token: string, meetingId: string, pseudonym: string, body: MarkItem): Promise<ServiceAnswer<unknown>> {
    return sendWithToken(SERVICE, 'PUT', serviceUrl(this.baseUrl, `/monday-meetings/${encodeURIComponent(meetingId)}/items/${encodeURIComponent(pseudonym)}`), token, body);
  }

  minutes(token: string, meetingId: string): Promise<ServiceAnswer<Minutes>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, `/monday-meetings/${encodeURIComponent(meetingId)}/minutes`), token);
  }

  /** The minutes' PDF, to be streamed on (never held whole). */
  minutesPdf(token: string, meetingId: string): Promise<Response> {
    return downloadWithToken(SERVICE, serviceUrl(this.baseUrl, `/monday-meetings/${encodeURIComponent(meetingId)}/minutes.pdf`), token, 'application/pdf');
  }

  /** The person at an item: identity and incidents (the new ones among them), logged with the meeting as purpose. */
  person(token: string, pseudonym: string): Promise<ServiceAnswer<Person>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, `/persons/${encodeURIComponent(pseudonym)}`, { purpose: PURPOSE }), token);
  }

  writeNote(token: string, pseudonym: string, body: CreateNote): Promise<ServiceAnswer<unknown>> {
    return sendWithToken(SERVICE, 'POST', serviceUrl(this.baseUrl, `/persons/${encodeURIComponent(pseudonym)}/notes`), token, body);
  }

  decide(token: string, pseudonym: string, body: CreateDecision): Promise<ServiceAnswer<unknown>> {
    return sendWithToken(SERVICE, 'POST', serviceUrl(this.baseUrl, `/persons/${encodeURIComponent(pseudonym)}/decisions`), token, body);
  }

  agreeIntervention(token: string, pseudonym: string, body: CreateIntervention): Promise<ServiceAnswer<unknown>> {
    return sendWithToken(SERVICE, 'POST', serviceUrl(this.baseUrl, `/persons/${encodeURIComponent(pseudonym)}/interventions`), token, body);
  }
}
