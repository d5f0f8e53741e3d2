import { Controller, Get, Query, Req } from '@nestjs/common';
import { isRole, Permission, permissionsOf } from '@ssp/platform';
import { bodyOf } from '../api/service-answer';
import { pageCursor } from '../follow-up/follow-up-forms';
import { signedIn } from '../http/signed-in';
import type { WebRequest } from '../http/web-request';
import { InitiativesClient } from '../initiatives/initiatives.client';
import { ReferenceTablesClient } from '../reference-tables/reference-tables.client';
import type { ActiveSession } from '../session/session.service';
import { CoordinationClient } from './coordination.client';
import { overviewAlertsPage, overviewMeetingsPage, overviewPage, type OverviewNames } from './overview.page';

/** How many proposals and running initiatives the overview shows before linking to the list. */
const INITIATIVES_SHOWN = 10;
const NO_NAMES: OverviewNames = { areas: new Map(), categories: new Map() };

/**
 * The coordination team's overview across the network groups (the seeds: the coordination team
 * coordinates the groups' meetings; the secretariat keeps the overview of the initiatives):
 * network groups decides who may see it (the secretariat and the coordination team's members).
 */
@Controller('overblik')
export class CoordinationController {
  constructor(
    private readonly coordination: CoordinationClient,
    private readonly initiatives: InitiativesClient,
    private readonly referenceTables: ReferenceTablesClient,
  ) {}

  @Get()
  async overview(@Req() request: WebRequest): Promise<string> {
    const session = signedIn(request);
    const token = session.accessToken;
    const [meetings, alerts, proposals, launched, names] = await Promise.all([
      this.coordination.meetings(token),
      this.coordination.alerts(token),
      this.initiatives.list(token, { status: 'proposed' }, undefined, INITIATIVES_SHOWN),
      this.initiatives.list(token, { status: 'launched' }, undefined, INITIATIVES_SHOWN),
      this.names(session),
    ]);
    return overviewPage(session, { meetings: bodyOf(meetings), alerts: bodyOf(alerts), proposals: bodyOf(proposals), launched: bodyOf(launched), names });
  }

  @Get('moeder')
  async meetings(@Req() request: WebRequest, @Query('efter') after: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = pageCursor(after);
    return overviewMeetingsPage(session, bodyOf(await this.coordination.meetings(session.accessToken, cursor)), cursor);
  }

  @Get('varsler')
  async alerts(@Req() request: WebRequest, @Query('efter') after: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = pageCursor(after);
    const [alerts, names] = await Promise.all([this.coordination.alerts(session.accessToken, cursor), this.names(session)]);
    return overviewAlertsPage(session, bodyOf(alerts), names, cursor);
  }

  /**
   * The areas' and categories' Danish names from ingestion's tables, asked only when the
   * person's roles read them (a doomed call would leave a refusal in its audit log); the
   * overview does not depend on ingestion: without an answer it shows the codes.
   */
  private async names(session: ActiveSession): Promise<OverviewNames> {
    if (!permissionsOf(session.roles.filter(isRole)).has(Permission.policeListRead)) return NO_NAMES;
    const [areas, categories] = await Promise.all([
      this.referenceTables.areas(session.accessToken).catch(() => null),
      this.referenceTables.offenceCategories(session.accessToken).catch(() => null),
    ]);
    return {
      areas: new Map(areas?.ok ? areas.body.map((area) => [area.id, area.name]) : []),
      categories: new Map(categories?.ok ? categories.body.map((category) => [category.id, category.da]) : []),
    };
  }
}
