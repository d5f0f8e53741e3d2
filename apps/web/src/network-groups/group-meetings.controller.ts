import { Body as FormBody, Controller, Get, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import { addDays } from '@ssp/platform/time';
import type { Response } from 'express';
import { bodyOf, type ServiceAnswer } from '../api/service-answer';
import { pageCursor } from '../follow-up/follow-up-forms';
import { signedIn } from '../http/signed-in';
import type { WebRequest } from '../http/web-request';
import type { ActiveSession } from '../session/session.service';
import { formRefusal, sendPage } from './form-answers';
import { refusalOnForm, type Parsed } from './form-parts';
import { groupHref, meetingHref } from './group-frame';
import { ACTION_ITEM_FORM, AGENDA_ITEM_FORM, attendanceField, CANCEL_FORM, DECISION_FORM, MINUTES_FORM, MOVE_FORM, NEW_MEETING_FORM, parseAttendanceForm, type FormSpec } from './meeting-forms';
import { meetingPage, MEETING_NOTICES, type MeetingFormKey, type MeetingFormState } from './meeting.page';
import { MEETING_WINDOW_DAYS, meetingsPage, windowStart } from './meetings.page';
import { MEETING_MEMBERS_PAGE_SIZE, NetworkGroupsClient } from './network-groups.client';
import type { MembershipPage } from './network-groups.types';

/**
 * The members the meeting's page lists for attendance and owners. The coordination team reads
 * every group's meetings (the overview links to them) but not the members of a group it does
 * not sit in: that 403 leaves the page without those forms rather than refusing the meeting.
 */
export function membersShown(answer: ServiceAnswer<MembershipPage>): MembershipPage {
  return !answer.ok && answer.status === 403 ? { items: [], next: null } : bodyOf(answer);
}

type MeetingCall = (token: string, bodyId: string, meetingId: string, value: never) => Promise<ServiceAnswer<unknown>>;

/** Each form of a meeting's page: how it is read, what it calls, and what the meeting then says. */
interface MeetingForm {
  spec: FormSpec<unknown>;
  call: (client: NetworkGroupsClient) => MeetingCall;
  notice: keyof typeof MEETING_NOTICES;
}

const FORMS: Readonly<Record<Exclude<MeetingFormKey, 'fremmoede'>, MeetingForm>> = {
  flyt: { spec: MOVE_FORM, call: (client) => client.moveMeeting.bind(client), notice: 'flyttet' },
  aflys: { spec: CANCEL_FORM, call: (client) => client.cancelMeeting.bind(client), notice: 'aflyst' },
  punkter: { spec: AGENDA_ITEM_FORM, call: (client) => client.addAgendaItem.bind(client), notice: 'punkt' },
  referat: { spec: MINUTES_FORM, call: (client) => client.writeMinutes.bind(client), notice: 'referat' },
  beslutninger: { spec: DECISION_FORM, call: (client) => client.addDecision.bind(client), notice: 'beslutning' },
  opgaver: { spec: ACTION_ITEM_FORM, call: (client) => client.addActionItem.bind(client), notice: 'opgave' },
};

/**
 * A group's meetings and schedules: the list in a window of days, a single meeting put in the
 * calendar, one meeting with its record and the forms that change it (move, cancel, agenda,
 * attendance, minutes and their approval, decisions, action items). Forms post, then redirect
 * (303) to the meeting with a notice, or show the meeting again with network groups' Danish
 * refusal on the field it names and what was typed kept.
 */
@Controller()
export class GroupMeetingsController {
  constructor(private readonly groups: NetworkGroupsClient) {}

  @Get('netvaerksgrupper/:bodyId/moeder')
  async meetings(@Req() request: WebRequest, @Param('bodyId') bodyId: string, @Query('fra') from: unknown): Promise<string> {
    const session = signedIn(request);
    return this.meetingsList(session, bodyId, windowStart(from), { values: {}, errors: [] });
  }

  @Post('netvaerksgrupper/:bodyId/moeder')
  async createMeeting(@Req() request: WebRequest, @Param('bodyId') bodyId: string, @FormBody() form: unknown, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const parsed = NEW_MEETING_FORM.parse(form);
    if (!parsed.ok) return sendPage(response, 400, await this.meetingsList(session, bodyId, undefined, parsed));
    const answer = await this.groups.createMeeting(session.accessToken, bodyId, parsed.value);
    const refused = formRefusal(answer);
    if (refused) {
      const errors = [refusalOnForm(refused.refusal, NEW_MEETING_FORM.apiFields, 'moede-titel')];
      return sendPage(response, refused.status, await this.meetingsList(session, bodyId, undefined, { values: parsed.values, errors }));
    }
    response.redirect(303, `${meetingHref(bodyId, bodyOf(answer).id)}?besked=nyt`);
  }

  private async meetingsList(session: ActiveSession, bodyId: string, from: string | undefined, form: Pick<MeetingFormState, 'values' | 'errors'>): Promise<string> {
    const body = bodyOf(await this.groups.body(session.accessToken, bodyId));
    const meetings = bodyOf(await this.groups.meetings(session.accessToken, bodyId, from, from === undefined ? undefined : addDays(from, MEETING_WINDOW_DAYS - 1)));
    return meetingsPage(session, body, meetings, from, form);
  }

  @Get('netvaerksgrupper/:bodyId/moeder/:meetingId')
  async meeting(
    @Req() request: WebRequest,
    @Param('bodyId') bodyId: string,
    @Param('meetingId') meetingId: string,
    @Query('deltagere') members: unknown,
    @Query('besked') notice: unknown,
    @Res() response: Response,
  ): Promise<void> {
    await this.showMeeting(signedIn(request), bodyId, meetingId, pageCursor(members), null, 200, response, notice);
  }

  @Post('netvaerksgrupper/:bodyId/moeder/:meetingId/fremmoede')
  async recordAttendance(@Req() request: WebRequest, @Param('bodyId') bodyId: string, @Param('meetingId') meetingId: string, @FormBody() form: unknown, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const cursor = pageCursor((form as Record<string, unknown> | undefined)?.deltagere);
    const members = bodyOf(await this.groups.members(session.accessToken, bodyId, cursor, MEETING_MEMBERS_PAGE_SIZE));
    const parsed = parseAttendanceForm(form, members.items.map((member) => member.personId));
    const target = { form: 'fremmoede' as const, apiFields: {}, firstField: members.items.length > 0 ? attendanceField(members.items[0].personId) : 'fremmoede' };
    await this.afterForm(session, bodyId, meetingId, cursor, target, parsed, (value) => this.groups.recordAttendance(session.accessToken, bodyId, meetingId, value), 'fremmoede', response);
  }

  @Post('netvaerksgrupper/:bodyId/moeder/:meetingId/godkend')
  async approve(@Req() request: WebRequest, @Param('bodyId') bodyId: string, @Param('meetingId') meetingId: string, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const ok: Parsed<null> = { ok: true, value: null, values: {} };
    const target = { form: 'referat' as const, apiFields: {}, firstField: 'referat-tekst' };
    await this.afterForm(session, bodyId, meetingId, undefined, target, ok, () => this.groups.approveMinutes(session.accessToken, bodyId, meetingId), 'godkendt', response);
  }

  @Post('netvaerksgrupper/:bodyId/moeder/:meetingId/opgaver/:actionItemId/udfoert')
  async completeActionItem(
    @Req() request: WebRequest,
    @Param('bodyId') bodyId: string,
    @Param('meetingId') meetingId: string,
    @Param('actionItemId') actionItemId: string,
    @FormBody() form: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const session = signedIn(request);
    const answer = await this.groups.completeActionItem(session.accessToken, bodyId, meetingId, actionItemId);
    const refused = formRefusal(answer);
    const toList = (form as Record<string, unknown> | undefined)?.tilbage === 'opgaver';
    if (!refused) return response.redirect(303, toList ? `${groupHref(bodyId, 'opgaver')}?besked=udfoert` : `${meetingHref(bodyId, meetingId)}?besked=udfoert`);
    const errors = [refusalOnForm(refused.refusal, {}, 'opgave-titel')];
    await this.showMeeting(session, bodyId, meetingId, undefined, { form: 'opgaver', values: {}, errors }, refused.status, response);
  }

  /** The forms that read fields and call one route: move, cancel, agenda item, minutes, decision, action item. */
  @Post('netvaerksgrupper/:bodyId/moeder/:meetingId/:form')
  async meetingForm(@Req() request: WebRequest, @Param('bodyId') bodyId: string, @Param('meetingId') meetingId: string, @Param('form') key: string, @FormBody() form: unknown, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    if (!Object.hasOwn(FORMS, key)) throw new NotFoundException();
    const formKey = key as keyof typeof FORMS;
    const { spec, call, notice } = FORMS[formKey];
    const cursor = pageCursor((form as Record<string, unknown> | undefined)?.deltagere);
    const send = call(this.groups);
    const target = { form: formKey, apiFields: spec.apiFields, firstField: spec.fields[0] };
    await this.afterForm(session, bodyId, meetingId, cursor, target, spec.parse(form), (value) => send(session.accessToken, bodyId, meetingId, value as never), notice, response);
  }

  /** Sends a parsed form, then 303 to the meeting with its notice, or the meeting again with the problems on the form and its input. */
  private async afterForm<Value>(
    session: ActiveSession,
    bodyId: string,
    meetingId: string,
    cursor: string | undefined,
    target: { form: MeetingFormKey; apiFields: Readonly<Record<string, string>>; firstField: string },
    parsed: Parsed<Value>,
    send: (value: Value) => Promise<ServiceAnswer<unknown>>,
    notice: keyof typeof MEETING_NOTICES,
    response: Response,
  ): Promise<void> {
    const { form } = target;
    if (!parsed.ok) return this.showMeeting(session, bodyId, meetingId, cursor, { form, values: parsed.values, errors: parsed.errors }, 400, response);
    const refused = formRefusal(await send(parsed.value));
    if (!refused) return response.redirect(303, `${meetingHref(bodyId, meetingId)}?besked=${notice}`);
    const errors = [refusalOnForm(refused.refusal, target.apiFields, target.firstField)];
    await this.showMeeting(session, bodyId, meetingId, cursor, { form, values: parsed.values, errors }, refused.status, response);
  }

  private async showMeeting(
    session: ActiveSession,
    bodyId: string,
    meetingId: string,
    membersCursor: string | undefined,
    state: MeetingFormState | null,
    status: number,
    response: Response,
    notice?: unknown,
  ): Promise<void> {
    const body = bodyOf(await this.groups.body(session.accessToken, bodyId));
    const meeting = bodyOf(await this.groups.meeting(session.accessToken, bodyId, meetingId));
    const members = membersShown(await this.groups.members(session.accessToken, bodyId, membersCursor, MEETING_MEMBERS_PAGE_SIZE));
    sendPage(response, status, meetingPage(session, { body, meeting, members, membersCursor }, state, notice));
  }
}
