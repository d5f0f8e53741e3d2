import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { Clock, danishToday } from '@ssp/platform';
import type { Response } from 'express';
import { bodyOf } from '../api/service-answer';
import { signedIn } from '../http/signed-in';
import type { WebRequest } from '../http/web-request';
import { currentOn, membershipsOf } from '../network-groups/memberships';
import { NetworkGroupsClient } from '../network-groups/network-groups.client';
import type { ActiveSession } from '../session/session.service';
import { audiencePath, widestAudienceKind, type StatisticsAudience } from './statistics-audience';
import { comparisonCsvLines, sendCsv } from './statistics-csv';
import { parseStatisticsForm, type StatisticsChoice } from './statistics-form';
import { ownAreas } from './own-areas';
import { noStatisticsPage, ownAreasPage, statisticsPage } from './statistics.page';
import { viewsFor } from './statistics-views';
import { StatisticsClient } from './statistics.client';
import { compareYears, type YearComparison } from './year-comparison';

type Query = Record<string, unknown>;

/** What a page (or its CSV) shows: the choice made, this year as reporting counts it, and the comparison; or the form's errors. */
type Asked = { ok: true; thisYear: number; choice: StatisticsChoice; comparison: YearComparison } | { ok: false; thisYear: number; page: string };

/**
 * The statistics pages: one per audience of reporting's statistics API, each calling it with
 * the person's own token, so reporting decides who sees which numbers and hides small ones.
 * `/statistik` sends a person to the widest page their roles open.
 */
@Controller('statistik')
export class StatisticsController {
  constructor(
    private readonly statistics: StatisticsClient,
    private readonly groups: NetworkGroupsClient,
    private readonly clock: Clock,
  ) {}

  /**
   * The address in the menu: the page of all counts or of the municipality when the person's
   * roles open it; for a network group's member, their area's page (a list when they are in
   * several groups), as the registry says.
   */
  @Get()
  async entry(@Req() request: WebRequest, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const widest = widestAudienceKind(session.roles);
    if (widest === null) return void response.status(403).type('html').send(noStatisticsPage(session));
    if (widest !== 'area') return response.redirect(302, audiencePath({ kind: widest }));
    const today = danishToday(this.clock.now());
    const memberships = currentOn(membershipsOf(await this.groups.me(session.accessToken)), today);
    const bodyIds = [...new Set(memberships.map((membership) => membership.bodyId))];
    const bodies = await Promise.all(bodyIds.map(async (bodyId) => bodyOf(await this.groups.body(session.accessToken, bodyId))));
    const areas = ownAreas(memberships, bodies, today);
    if (areas.length === 1) return response.redirect(302, audiencePath({ kind: 'area', areaId: areas[0].areaId }));
    response.type('html').send(ownAreasPage(session, areas));
  }

  @Get('alle')
  full(@Req() request: WebRequest, @Query() query: Query, @Res() response: Response): Promise<void> {
    return this.page(signedIn(request), { kind: 'full' }, query, response);
  }

  @Get('alle/tal.csv')
  fullCsv(@Req() request: WebRequest, @Query() query: Query, @Res() response: Response): Promise<void> {
    return this.csv(signedIn(request), { kind: 'full' }, query, response);
  }

  @Get('kommune')
  municipality(@Req() request: WebRequest, @Query() query: Query, @Res() response: Response): Promise<void> {
    return this.page(signedIn(request), { kind: 'municipality' }, query, response);
  }

  @Get('kommune/tal.csv')
  municipalityCsv(@Req() request: WebRequest, @Query() query: Query, @Res() response: Response): Promise<void> {
    return this.csv(signedIn(request), { kind: 'municipality' }, query, response);
  }

  @Get('omraader/:areaId')
  area(@Req() request: WebRequest, @Param('areaId') areaId: string, @Query() query: Query, @Res() response: Response): Promise<void> {
    return this.page(signedIn(request), { kind: 'area', areaId }, query, response);
  }

  @Get('omraader/:areaId/tal.csv')
  areaCsv(@Req() request: WebRequest, @Param('areaId') areaId: string, @Query() query: Query, @Res() response: Response): Promise<void> {
    return this.csv(signedIn(request), { kind: 'area', areaId }, query, response);
  }

  private async page(session: ActiveSession, audience: StatisticsAudience, query: Query, response: Response): Promise<void> {
    const asked = await this.ask(session, audience, query);
    if (!asked.ok) return void response.status(400).type('html').send(asked.page);
    response.type('html').send(statisticsPage(session, { audience, thisYear: asked.thisYear, views: viewsFor(audience.kind), input: inputOf(asked.choice), errors: [], shown: asked }));
  }

  private async csv(session: ActiveSession, audience: StatisticsAudience, query: Query, response: Response): Promise<void> {
    const asked = await this.ask(session, audience, query);
    if (!asked.ok) return void response.status(400).type('html').send(asked.page);
    const fileName = `statistik-${asked.choice.view.id}-${asked.comparison.years.join('-')}.csv`;
    await sendCsv(comparisonCsvLines(asked.comparison, audience.kind === 'area' ? 'Kvartal' : 'Måned'), fileName, response);
  }

  /**
   * This year's table first (reporting's clock says which year that is, and the earlier years
   * the form offers follow from it), then the chosen earlier years at once. A view the page
   * does not offer is asked as the first one, only to learn the year for the form shown again.
   */
  private async ask(session: ActiveSession, audience: StatisticsAudience, query: Query): Promise<Asked> {
    const views = viewsFor(audience.kind);
    const asView = views.find((view) => view.id === query.tal) ?? views[0];
    const current = await this.statistics.table(session.accessToken, audience, asView);
    const thisYear = Number(current.from.slice(0, 4));
    const parsed = parseStatisticsForm(query, audience.kind, thisYear);
    if (!parsed.ok) return { ok: false, thisYear, page: statisticsPage(session, { audience, thisYear, views, input: parsed.input, errors: parsed.errors, shown: null }) };
    const earlier = await this.statistics.years(session.accessToken, audience, parsed.value.view, parsed.value.compareWith);
    return { ok: true, thisYear, choice: parsed.value, comparison: compareYears([current, ...earlier], danishToday(this.clock.now())) };
  }
}

function inputOf(choice: StatisticsChoice): { view: string; compareWith: string[] } {
  return { view: choice.view.id, compareWith: choice.compareWith.map(String) };
}
