import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { bodyOf, formRefusalOf, type ServiceAnswer } from '../api/service-answer';
import { sendPage } from '../http/send-page';
import type { WebRequest } from '../http/web-request';
import type { FieldError } from '../pages/forms';
import type { ActiveSession } from '../session/session.service';
import {
  pageCursor,
  parseAssessmentForm,
  parseOwnerForm,
  parseReferralAnswerForm,
  parseStatusForm,
  refusalAsFieldError,
  type AssessmentInput,
} from './follow-up-forms';
import { FollowUpClient } from './follow-up.client';
import type { NotificationClock } from './follow-up.types';
import { assessmentPage, clockGonePage, clocksPage, CLOCKS_PATH } from './notification-clocks.page';
import { overduePage } from './overdue.page';
import { referralPage, referralsPage, REFERRALS_PATH } from './referrals.page';
import { EMPTY_TASK_FORM, myTasksPage, taskGonePage, taskPage, TASKS_PATH, type TaskFormState } from './tasks.page';
import { signedIn } from '../http/signed-in';

type FormBody = Record<string, unknown> | undefined;

/** A 403 that is about this answer, not about the page: the Monday group reads a referral that only the receiving body answers. */
const FORM_REFUSAL_CODES = new Set(['referral-answer-not-receiver']);

const formRefusal = (answer: ServiceAnswer<unknown>) => formRefusalOf(answer, FORM_REFUSAL_CODES);

function withCursor(path: string, cursor: string | undefined, extra = ''): string {
  const query = [cursor ? `efter=${encodeURIComponent(cursor)}` : '', extra].filter(Boolean).join('&');
  return query ? `${path}?${query}` : path;
}

/**
 * Follow-up: the person's tasks, the overdue interventions, the notifications' running 24-hour
 * clocks and the referrals to their bodies. Each page and form calls case coordination with the
 * person's own token; forms post, then redirect (303) to a page, or show the service's refusal
 * with what the person typed.
 */
@Controller()
export class FollowUpController {
  constructor(private readonly followUp: FollowUpClient) {}

  @Get('opfoelgning/mine-opgaver')
  async myTasks(@Req() request: WebRequest, @Query('efter') after: unknown, @Query('besked') notice: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = pageCursor(after);
    return myTasksPage(session, bodyOf(await this.followUp.myTasks(session.accessToken, cursor)), cursor, notice);
  }

  @Get('opfoelgning/mine-opgaver/:id')
  async task(@Req() request: WebRequest, @Param('id') id: string, @Query('efter') after: unknown, @Res() response: Response): Promise<void> {
    await this.showTask(signedIn(request), id, pageCursor(after), EMPTY_TASK_FORM, 200, response);
  }

  @Post('opfoelgning/mine-opgaver/:id/status')
  async changeStatus(@Req() request: WebRequest, @Param('id') id: string, @Body() body: FormBody, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const cursor = pageCursor(body?.efter);
    const parsed = parseStatusForm(body);
    const form: TaskFormState = { ...EMPTY_TASK_FORM, status: parsed.input };
    if (!parsed.ok) return this.showTask(session, id, cursor, { ...form, errors: parsed.errors }, 400, response);
    const answer = await this.followUp.changeStatus(session.accessToken, id, parsed.value);
    const refused = formRefusal(answer);
    if (refused) return this.showTask(session, id, cursor, { ...form, errors: [refusalAsFieldError(refused.refusal, 'status')] }, refused.status, response);
    response.redirect(303, withCursor(TASKS_PATH, cursor, `besked=${parsed.value.status === 'completed' ? 'afsluttet' : 'startet'}`));
  }

  @Post('opfoelgning/mine-opgaver/:id/ansvarlig')
  async changeOwner(@Req() request: WebRequest, @Param('id') id: string, @Body() body: FormBody, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const cursor = pageCursor(body?.efter);
    const parsed = parseOwnerForm(body);
    const form: TaskFormState = { ...EMPTY_TASK_FORM, owner: parsed.input };
    if (!parsed.ok) return this.showTask(session, id, cursor, { ...form, errors: parsed.errors }, 400, response);
    const refused = formRefusal(await this.followUp.changeOwner(session.accessToken, id, parsed.value));
    if (refused) return this.showTask(session, id, cursor, { ...form, errors: [refusalAsFieldError(refused.refusal, 'ownerSubject')] }, refused.status, response);
    response.redirect(303, withCursor(TASKS_PATH, cursor, 'besked=givet-videre'));
  }

  /** A task is looked up on the page of the person's tasks it was opened from (the service has no read of one intervention). */
  private async showTask(session: ActiveSession, id: string, cursor: string | undefined, form: TaskFormState, status: number, response: Response): Promise<void> {
    const tasks = bodyOf(await this.followUp.myTasks(session.accessToken, cursor));
    const item = tasks.items.find((task) => task.id === id);
    if (!item) return sendPage(response, status === 200 ? 404 : status, taskGonePage(session, form.errors));
    sendPage(response, status, taskPage(session, item, cursor, form));
  }

  @Get('opfoelgning/overskredne')
  async overdue(@Req() request: WebRequest, @Query('efter') after: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = pageCursor(after);
    return overduePage(session, bodyOf(await this.followUp.overdueInterventions(session.accessToken, cursor)), cursor);
  }

  @Get('opfoelgning/underretninger')
  async clocks(@Req() request: WebRequest, @Query('efter') after: unknown, @Query('besked') notice: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = pageCursor(after);
    return clocksPage(session, bodyOf(await this.followUp.runningClocks(session.accessToken, cursor)), cursor, notice);
  }

  @Get('opfoelgning/underretninger/:decisionId')
  async assessment(@Req() request: WebRequest, @Param('decisionId') decisionId: string, @Query('efter') after: unknown, @Res() response: Response): Promise<void> {
    await this.showAssessment(signedIn(request), decisionId, pageCursor(after), { conclusion: '' }, [], 200, response);
  }

  @Post('opfoelgning/underretninger/:decisionId')
  async recordAssessment(@Req() request: WebRequest, @Param('decisionId') decisionId: string, @Body() body: FormBody, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const cursor = pageCursor(body?.efter);
    const parsed = parseAssessmentForm(body);
    if (!parsed.ok) return this.showAssessment(session, decisionId, cursor, parsed.input, parsed.errors, 400, response);
    const person = typeof body?.person === 'string' ? body.person : '';
    const refused = formRefusal(await this.followUp.recordAssessment(session.accessToken, person, decisionId, parsed.value));
    if (refused) return this.showAssessment(session, decisionId, cursor, parsed.input, [refusalAsFieldError(refused.refusal, 'conclusion')], refused.status, response);
    response.redirect(303, `${CLOCKS_PATH}?besked=vurderet`);
  }

  /** A running clock is looked up on the page of the list it was opened from (answered ones leave the list). */
  private async showAssessment(session: ActiveSession, decisionId: string, cursor: string | undefined, input: AssessmentInput, errors: FieldError[], status: number, response: Response): Promise<void> {
    const clocks = bodyOf(await this.followUp.runningClocks(session.accessToken, cursor));
    const clock: NotificationClock | undefined = clocks.items.find((item) => item.decisionId === decisionId);
    if (!clock) return sendPage(response, status === 200 ? 404 : status, clockGonePage(session, errors));
    sendPage(response, status, assessmentPage(session, clock, cursor, input, errors));
  }

  @Get('henvisninger')
  async referrals(@Req() request: WebRequest, @Query('efter') after: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = pageCursor(after);
    return referralsPage(session, bodyOf(await this.followUp.referrals(session.accessToken, cursor)), cursor);
  }

  @Get('henvisninger/:id')
  async referral(@Req() request: WebRequest, @Param('id') id: string, @Query('besked') notice: unknown): Promise<string> {
    const session = signedIn(request);
    return referralPage(session, bodyOf(await this.followUp.referral(session.accessToken, id)), { answer: '', note: '' }, [], notice);
  }

  @Post('henvisninger/:id/svar')
  async answerReferral(@Req() request: WebRequest, @Param('id') id: string, @Body() body: FormBody, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const parsed = parseReferralAnswerForm(body);
    let errors = parsed.ok ? [] : parsed.errors;
    let status = 400;
    if (parsed.ok) {
      const refused = formRefusal(await this.followUp.answerReferral(session.accessToken, id, parsed.value));
      if (!refused) return response.redirect(303, `${REFERRALS_PATH}/${encodeURIComponent(id)}?besked=besvaret`);
      errors = [refusalAsFieldError(refused.refusal, 'answer')];
      status = refused.status;
    }
    const referral = bodyOf(await this.followUp.referral(session.accessToken, id));
    sendPage(response, status, referralPage(session, referral, parsed.input, errors, undefined));
  }
}
