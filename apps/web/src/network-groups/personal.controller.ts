import { Body as FormBody, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { Clock } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import type { Response } from 'express';
import { bodyOf, formRefusalOf, type ServiceAnswer } from '../api/service-answer';
import { pageCursor } from '../follow-up/follow-up-forms';
import { sendPage } from '../http/send-page';
import { signedIn } from '../http/signed-in';
import type { WebRequest } from '../http/web-request';
import { refusalOnField } from '../pages/form-parsing';
import { formText, type FieldError } from '../pages/forms';
import type { ActiveSession } from '../session/session.service';
import { feedsPage, FEEDS_PATH, PERSONAL_FEED } from './calendar-feeds.page';
import { PREFERENCES_FORM } from './group-forms';
import { currentOn, membershipsOf } from './memberships';
import { NetworkGroupsClient } from './network-groups.client';
import type { IssuedCalendarFeed, Membership } from './network-groups.types';
import { NotificationsClient } from './notifications.client';
import { notificationFilter, notificationsPage, NOTIFICATIONS_PATH, preferencesPage, PREFERENCES_PATH } from './notifications.page';

/**
 * The signed-in person's own: their notifications (marked read one by one), how they are
 * delivered, and their calendar subscriptions. A new subscription's address is the answer to
 * the POST itself (no redirect), because it is shown once and is a credential: it must not be
 * put in an address.
 */
@Controller()
export class PersonalController {
  constructor(
    private readonly notifications: NotificationsClient,
    private readonly groups: NetworkGroupsClient,
    private readonly clock: Clock,
  ) {}

  @Get('notifikationer')
  async list(@Req() request: WebRequest, @Query('vis') show: unknown, @Query('efter') after: unknown, @Query('besked') notice: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = pageCursor(after);
    const filter = notificationFilter(show);
    return notificationsPage(session, bodyOf(await this.notifications.notifications(session.accessToken, filter, cursor)), filter, cursor, notice);
  }

  @Post('notifikationer/:notificationId/laest')
  async markRead(@Req() request: WebRequest, @Param('notificationId') notificationId: string, @FormBody() form: unknown, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    bodyOf(await this.notifications.markRead(session.accessToken, notificationId));
    response.redirect(303, `${NOTIFICATIONS_PATH}?vis=${formText(form, 'vis') === 'alle' ? 'alle' : 'ulaeste'}&besked=laest`);
  }

  @Get('notifikationer/indstillinger')
  async preferences(@Req() request: WebRequest, @Query('besked') notice: unknown): Promise<string> {
    const session = signedIn(request);
    return preferencesPage(session, bodyOf(await this.notifications.preferences(session.accessToken)), '', [], notice);
  }

  @Post('notifikationer/indstillinger')
  async setPreferences(@Req() request: WebRequest, @FormBody() form: unknown, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const parsed = PREFERENCES_FORM.parse(form);
    let errors: FieldError[] = parsed.ok ? [] : parsed.errors;
    let status = 400;
    if (parsed.ok) {
      const refused = formRefusalOf(await this.notifications.setPreferences(session.accessToken, parsed.value));
      if (!refused) return response.redirect(303, `${PREFERENCES_PATH}?besked=gemt`);
      errors = [refusalOnField(refused.refusal, { byName: PREFERENCES_FORM.apiFields }, 'levering')];
      status = refused.status;
    }
    sendPage(response, status, preferencesPage(session, bodyOf(await this.notifications.preferences(session.accessToken)), parsed.input.levering, errors));
  }

  @Get('kalenderabonnementer')
  async feeds(@Req() request: WebRequest, @Query('efter') after: unknown, @Query('besked') notice: unknown): Promise<string> {
    const session = signedIn(request);
    return this.feedsView(session, pageCursor(after), null, '', [], notice);
  }

  @Post('kalenderabonnementer')
  async createFeed(@Req() request: WebRequest, @FormBody() form: unknown, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const chosen = formText(form, 'abonnement');
    const groups = await this.currentGroups(session);
    let answer: ServiceAnswer<IssuedCalendarFeed> | null = null;
    if (chosen === PERSONAL_FEED) answer = await this.notifications.createPersonalFeed(session.accessToken);
    else if (groups.some((group) => group.bodyId === chosen)) answer = await this.notifications.createBodyFeed(session.accessToken, chosen);
    if (answer === null) {
      const errors = [{ field: 'abonnement', code: 'feed-choice-missing', message: 'Vælg, hvilke møder abonnementet skal vise.' }];
      return sendPage(response, 400, await this.feedsView(session, undefined, null, chosen, errors));
    }
    // A 404: no person is linked to the sign-in, or the person is no member of the body today.
    if (!answer.ok && answer.status === 404) {
      const errors = [{ field: 'abonnement', code: answer.refusal?.code ?? 'feed-refused', message: answer.refusal?.message ?? 'Abonnementet kan ikke oprettes.' }];
      return sendPage(response, 404, await this.feedsView(session, undefined, null, chosen, errors));
    }
    const refused = formRefusalOf(answer);
    if (refused) return sendPage(response, refused.status, await this.feedsView(session, undefined, null, chosen, [refusalOnField(refused.refusal, {}, 'abonnement')]));
    sendPage(response, 200, await this.feedsView(session, undefined, bodyOf(answer), '', []));
  }

  @Post('kalenderabonnementer/:feedId/tilbagekald')
  async revokeFeed(@Req() request: WebRequest, @Param('feedId') feedId: string, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    bodyOf(await this.notifications.revokeFeed(session.accessToken, feedId));
    response.redirect(303, `${FEEDS_PATH}?besked=tilbagekaldt`);
  }

  /** The bodies the person sits in today; none while no person is linked to the sign-in. */
  private async currentGroups(session: ActiveSession): Promise<Membership[]> {
    return currentOn(membershipsOf(await this.groups.me(session.accessToken)), danishToday(this.clock.now()));
  }

  private async feedsView(session: ActiveSession, cursor: string | undefined, issued: IssuedCalendarFeed | null, chosen: string, errors: FieldError[], notice?: unknown): Promise<string> {
    const feeds = bodyOf(await this.notifications.feeds(session.accessToken, cursor));
    return feedsPage(session, { feeds, cursor, groups: await this.currentGroups(session) }, issued, chosen, errors, notice);
  }
}
