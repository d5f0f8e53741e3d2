import { Body as FormBody, Controller, Get, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import { Clock } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import type { Response } from 'express';
import { bodyOf } from '../api/service-answer';
import { pageCursor } from '../follow-up/follow-up-forms';
import { signedIn } from '../http/signed-in';
import type { WebRequest } from '../http/web-request';
import { parseDanishDate } from '../pages/danish-dates';
import type { FieldError } from '../pages/forms';
import type { ActiveSession } from '../session/session.service';
import { actionItemFilter, actionItemsPage, ACTION_ITEM_FILTERS } from './action-items.page';
import { areaPage, everyAlertPage } from './area.page';
import { formRefusal, sendPage } from './form-answers';
import { refusalOnForm } from './form-parts';
import { groupHref } from './group-frame';
import { MESSAGE_FORM } from './group-forms';
import { groupOverviewPage, myGroupsPage, notLinkedPage } from './groups.page';
import { membersPage } from './members.page';
import { messagesPage } from './messages.page';
import { NetworkGroupsClient } from './network-groups.client';
import type { Body } from './network-groups.types';

/**
 * A member's network groups (and the other SSP bodies they sit in): the list of them, each
 * group's overview, members, messages, action items and its area in numbers. Every page calls
 * network groups with the person's own token; the service decides what they may see.
 */
@Controller()
export class GroupsController {
  constructor(
    private readonly groups: NetworkGroupsClient,
    private readonly clock: Clock,
  ) {}

  private async body(session: ActiveSession, bodyId: string): Promise<Body> {
    return bodyOf(await this.groups.body(session.accessToken, bodyId));
  }

  @Get('netvaerksgrupper')
  async myGroups(@Req() request: WebRequest, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const me = await this.groups.me(session.accessToken);
    if (!me.ok && me.status === 404) return sendPage(response, 404, notLinkedPage(session));
    sendPage(response, 200, myGroupsPage(session, bodyOf(me), danishToday(this.clock.now())));
  }

  @Get('netvaerksgrupper/:bodyId')
  async overview(@Req() request: WebRequest, @Param('bodyId') bodyId: string): Promise<string> {
    const session = signedIn(request);
    return groupOverviewPage(session, await this.body(session, bodyId));
  }

  @Get('netvaerksgrupper/:bodyId/medlemmer')
  async members(@Req() request: WebRequest, @Param('bodyId') bodyId: string, @Query('efter') after: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = pageCursor(after);
    const body = await this.body(session, bodyId);
    return membersPage(session, body, bodyOf(await this.groups.members(session.accessToken, bodyId, cursor)), cursor);
  }

  @Get('netvaerksgrupper/:bodyId/beskeder')
  async messages(@Req() request: WebRequest, @Param('bodyId') bodyId: string, @Query('efter') after: unknown, @Query('besked') notice: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = pageCursor(after);
    const body = await this.body(session, bodyId);
    return messagesPage(session, body, bodyOf(await this.groups.messages(session.accessToken, bodyId, cursor)), cursor, { values: {}, errors: [] }, notice);
  }

  @Post('netvaerksgrupper/:bodyId/beskeder')
  async postMessage(@Req() request: WebRequest, @Param('bodyId') bodyId: string, @FormBody() form: unknown, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const parsed = MESSAGE_FORM.parse(form);
    let errors: FieldError[] = parsed.ok ? [] : parsed.errors;
    let status = 400;
    if (parsed.ok) {
      const refused = formRefusal(await this.groups.postMessage(session.accessToken, bodyId, parsed.value));
      if (!refused) return response.redirect(303, `${groupHref(bodyId, 'beskeder')}?besked=sendt`);
      errors = [refusalOnForm(refused.refusal, MESSAGE_FORM.apiFields, 'besked-tekst')];
      status = refused.status;
    }
    const body = await this.body(session, bodyId);
    const messages = bodyOf(await this.groups.messages(session.accessToken, bodyId));
    sendPage(response, status, messagesPage(session, body, messages, undefined, { values: parsed.values, errors }));
  }

  @Get('netvaerksgrupper/:bodyId/opgaver')
  async actionItems(@Req() request: WebRequest, @Param('bodyId') bodyId: string, @Query('status') status: unknown, @Query('efter') after: unknown, @Query('besked') notice: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = pageCursor(after);
    const filter = actionItemFilter(status);
    const body = await this.body(session, bodyId);
    const items = bodyOf(await this.groups.actionItems(session.accessToken, bodyId, ACTION_ITEM_FILTERS[filter], cursor));
    return actionItemsPage(session, body, items, filter, cursor, notice);
  }

  /** The area's signals for a period typed as Danish dates (both optional: the service's 12 weeks to today); a day that is none is shown on the form. */
  @Get('netvaerksgrupper/:bodyId/omraade')
  async area(@Req() request: WebRequest, @Param('bodyId') bodyId: string, @Query('fra') fromText: unknown, @Query('til') toText: unknown, @Query('efter') after: unknown, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const cursor = pageCursor(after);
    const body = await this.body(session, bodyId);
    // A body without a local area (the Monday group, SSP-U, …) has no area in numbers.
    if (!body.areaId) throw new NotFoundException();
    const period = { from: typeof fromText === 'string' ? fromText : '', to: typeof toText === 'string' ? toText : '', errors: [] as FieldError[] };
    const day = (text: string, field: string) => {
      if (text.trim() === '') return undefined;
      const parsed = parseDanishDate(text);
      if (parsed === null) period.errors.push({ field, code: 'date-invalid', message: 'Skriv datoen som fx 30.11.2026.' });
      return parsed ?? undefined;
    };
    const [from, to] = [day(period.from, 'fra'), day(period.to, 'til')];
    const alerts = bodyOf(await this.groups.areaAlerts(session.accessToken, body.areaId, cursor));
    if (period.errors.length > 0) return sendPage(response, 400, areaPage(session, body, null, alerts, cursor, period));
    const signals = await this.groups.signals(session.accessToken, body.areaId, from, to);
    if (!signals.ok && signals.status === 400) {
      period.errors.push(refusalOnForm(signals.refusal, { from: 'fra', to: 'til' }, 'fra'));
      return sendPage(response, 400, areaPage(session, body, null, alerts, cursor, period));
    }
    sendPage(response, 200, areaPage(session, body, bodyOf(signals), alerts, cursor, period));
  }

  /** Every area's alerts, or one area's (`?omraade=<area id>`, as the service names areas): the service decides who may read them. */
  @Get('omraadealarmer')
  async everyAlert(@Req() request: WebRequest, @Query('efter') after: unknown, @Query('omraade') area: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = pageCursor(after);
    const areaId = typeof area === 'string' && area !== '' ? area : undefined;
    const alerts = areaId === undefined ? this.groups.everyAlert(session.accessToken, cursor) : this.groups.areaAlerts(session.accessToken, areaId, cursor);
    return everyAlertPage(session, bodyOf(await alerts), cursor, areaId);
  }
}
