import { Controller, Get, Query, Req } from '@nestjs/common';
import { bodyOf } from '../api/service-answer';
import { pageCursor } from '../follow-up/follow-up-forms';
import { signedIn } from '../http/signed-in';
import type { WebRequest } from '../http/web-request';
import { InitiativesClient } from '../initiatives/initiatives.client';
import { NetworkGroupsClient } from '../network-groups/network-groups.client';
import { CoordinationClient } from './coordination.client';
import { overviewMeetingsPage, overviewPage } from './overview.page';

/** How many proposals and running initiatives the overview shows before linking to the list. */
const INITIATIVES_SHOWN = 10;

/**
 * The coordination team's overview across the network groups (the seeds: the coordination team
 * coordinates the groups' meetings; the secretariat keeps the overview of the initiatives):
 * network groups decides who may see it (the secretariat and the coordination team's members).
 * The areas' alerts beyond the first page are the network groups' page (`/omraadealarmer`).
 */
@Controller('overblik')
export class CoordinationController {
  constructor(
    private readonly coordination: CoordinationClient,
    private readonly initiatives: InitiativesClient,
    private readonly groups: NetworkGroupsClient,
  ) {}

  @Get()
  async overview(@Req() request: WebRequest): Promise<string> {
    const session = signedIn(request);
    const token = session.accessToken;
    const [meetings, alerts, proposals, launched] = await Promise.all([
      this.coordination.meetings(token),
      this.groups.everyAlert(token),
      this.initiatives.list(token, { status: 'proposed' }, undefined, INITIATIVES_SHOWN),
      this.initiatives.list(token, { status: 'launched' }, undefined, INITIATIVES_SHOWN),
    ]);
    return overviewPage(session, { meetings: bodyOf(meetings), alerts: bodyOf(alerts), proposals: bodyOf(proposals), launched: bodyOf(launched) });
  }

  @Get('moeder')
  async meetings(@Req() request: WebRequest, @Query('efter') after: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = pageCursor(after);
    return overviewMeetingsPage(session, bodyOf(await this.coordination.meetings(session.accessToken, cursor)), cursor);
  }
}
