import { Body as FormBody, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { bodyOf, formRefusalOf } from '../api/service-answer';
import { pageCursor } from '../follow-up/follow-up-forms';
import { sendPage } from '../http/send-page';
import { signedIn } from '../http/signed-in';
import type { WebRequest } from '../http/web-request';
import { refusalOnField, type FormValues } from '../pages/form-parsing';
import type { FieldError } from '../pages/forms';
import type { ActiveSession } from '../session/session.service';
import { NEW_SCHEDULE_FORM, SCHEDULE_CHANGE_FORM, scheduleChangeValues } from './group-forms';
import { groupHref } from './group-frame';
import { NetworkGroupsClient } from './network-groups.client';
import { scheduleChangePage, schedulesPage } from './schedules.page';

/**
 * A group's recurring schedules: the list with the form to add one, and one schedule's page
 * (looked up on the page of the list it was opened from: the service has no read of one
 * schedule) with the form to change it. Forms post, then redirect (303) with a notice, or
 * show the form again with network groups' Danish refusal and what was typed.
 */
@Controller()
export class GroupSchedulesController {
  constructor(private readonly groups: NetworkGroupsClient) {}

  @Get('netvaerksgrupper/:bodyId/moedeplaner')
  async schedules(@Req() request: WebRequest, @Param('bodyId') bodyId: string, @Query('efter') after: unknown, @Query('besked') notice: unknown): Promise<string> {
    return this.schedulesList(signedIn(request), bodyId, pageCursor(after), {}, [], notice);
  }

  @Post('netvaerksgrupper/:bodyId/moedeplaner')
  async createSchedule(@Req() request: WebRequest, @Param('bodyId') bodyId: string, @FormBody() form: unknown, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const parsed = NEW_SCHEDULE_FORM.parse(form);
    if (!parsed.ok) return sendPage(response, 400, await this.schedulesList(session, bodyId, undefined, parsed.input, parsed.errors));
    const refused = formRefusalOf(await this.groups.createSchedule(session.accessToken, bodyId, parsed.value));
    if (!refused) return response.redirect(303, `${groupHref(bodyId, 'moedeplaner')}?besked=oprettet`);
    const errors = [refusalOnField(refused.refusal, { byName: NEW_SCHEDULE_FORM.apiFields }, 'plan-titel')];
    sendPage(response, refused.status, await this.schedulesList(session, bodyId, undefined, parsed.input, errors));
  }

  private async schedulesList(session: ActiveSession, bodyId: string, cursor: string | undefined, values: FormValues, errors: FieldError[], notice?: unknown): Promise<string> {
    const body = bodyOf(await this.groups.body(session.accessToken, bodyId));
    const schedules = bodyOf(await this.groups.schedules(session.accessToken, bodyId, cursor));
    return schedulesPage(session, body, schedules, cursor, { values, errors }, notice);
  }

  @Get('netvaerksgrupper/:bodyId/moedeplaner/:scheduleId')
  async schedule(@Req() request: WebRequest, @Param('bodyId') bodyId: string, @Param('scheduleId') scheduleId: string, @Query('efter') after: unknown, @Res() response: Response): Promise<void> {
    await this.showSchedule(signedIn(request), bodyId, scheduleId, pageCursor(after), null, [], 200, response);
  }

  @Post('netvaerksgrupper/:bodyId/moedeplaner/:scheduleId')
  async changeSchedule(@Req() request: WebRequest, @Param('bodyId') bodyId: string, @Param('scheduleId') scheduleId: string, @FormBody() form: unknown, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const cursor = pageCursor((form as Record<string, unknown> | undefined)?.efter);
    const parsed = SCHEDULE_CHANGE_FORM.parse(form);
    if (!parsed.ok) return this.showSchedule(session, bodyId, scheduleId, cursor, parsed.input, parsed.errors, 400, response);
    const refused = formRefusalOf(await this.groups.changeSchedule(session.accessToken, bodyId, scheduleId, parsed.value));
    if (!refused) return response.redirect(303, `${groupHref(bodyId, 'moedeplaner')}?besked=aendret`);
    const errors = [refusalOnField(refused.refusal, { byName: SCHEDULE_CHANGE_FORM.apiFields }, 'ret-titel')];
    await this.showSchedule(session, bodyId, scheduleId, cursor, parsed.input, errors, refused.status, response);
  }

  private async showSchedule(
    session: ActiveSession,
    bodyId: string,
    scheduleId: string,
    cursor: string | undefined,
    values: FormValues | null,
    errors: FieldError[],
    status: number,
    response: Response,
  ): Promise<void> {
    const body = bodyOf(await this.groups.body(session.accessToken, bodyId));
    const schedule = bodyOf(await this.groups.schedules(session.accessToken, bodyId, cursor)).items.find((item) => item.id === scheduleId);
    if (!schedule) return sendPage(response, 404, await this.schedulesList(session, bodyId, undefined, {}, [{ field: 'plan-titel', code: 'schedule-not-on-page', message: 'Mødeplanen findes ikke på listen. Vælg den igen.' }]));
    sendPage(response, status, scheduleChangePage(session, body, schedule, cursor, { values: values ?? scheduleChangeValues(schedule), errors }));
  }
}
