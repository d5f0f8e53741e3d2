import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { badRequest, Clock, CurrentPrincipal, danishToday, danishYear, forbidden, Permission, ReferenceDataRepository, Requires, type Principal, type ReferenceNames } from '@ssp/platform';
import type { Request, Response } from 'express';
import { periodKindFor, WindowError } from '../rules/periods';
import type { Audience } from '../statistics/statistic-table';
import { DataSource } from 'typeorm';
import { areaChoicesOf, audiencesOf, currentAreasOf, dashboardsOf } from './dashboard-audiences';
import { dashboardPath, filterQuery, type DashboardFilter } from './dashboard-links';
import { dashboardPage } from './dashboard-page';
import { AreaDashboardQuery, DASHBOARD_REFUSALS, DashboardAreaParams, DashboardQuery, FullDashboardQuery } from './dashboard.dto';
import { DashboardService } from './dashboard.service';
import { dashboardCsp, newNonce } from './content-security-policy';

const HTML = 'text/html';
const PAGE = { description: 'The dashboard, a Danish HTML page with SVG charts and their tables', content: { [HTML]: { schema: { type: 'string' } } } };
/** The filter offers this many years back from this one. */
const YEARS_BACK = 6;

/**
 * One page per audience, because `@Requires` names one permission and the audience decides
 * what is shown: `/dashboard/fuld` (statistics:full), `/dashboard/kommune`
 * (statistics:suppressed) and `/dashboard/omraader/:areaId` (statistics:area, own area
 * only). `/dashboard` is the address to bookmark: it shows nothing itself and sends the
 * caller to the widest page their permissions open.
 */
@ApiTags('dashboard')
@ApiProduces(HTML)
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly dashboards: DashboardService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  // Every role with a statistics permission also has groups:read; the page it redirects to checks its own permission.
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: "The dashboard's address: redirects to the widest dashboard the caller may see (all counts, the municipality, or their own area)" })
  @ApiFoundResponse({ description: 'To /dashboard/fuld, /dashboard/kommune or /dashboard/omraader/{areaId}' })
  entry(@CurrentPrincipal() principal: Principal, @Query() query: DashboardQuery, @Req() request: Request, @Res() response: Response): void {
    const [widest] = audiencesOf(principal);
    if (widest === undefined) throw forbidden(DASHBOARD_REFUSALS.nothingToShow);
    // Relative, so that it also works behind a proxy that serves the service under a prefix.
    const here = request.path.endsWith('/') ? '' : 'dashboard/';
    // Only the coordination team's page chooses its period kind (periodKindFor).
    const period = widest.kind === 'full' ? query.period : undefined;
    response.redirect(302, `${here}${dashboardPath(widest)}?${filterQuery({ year: query.year ?? this.thisYear(), period })}`);
  }

  @Get('fuld')
  @Requires(Permission.statisticsFull)
  @ApiOperation({ summary: 'The dashboard with every count, for the coordination team: one year, the whole municipality or one area' })
  @ApiOkResponse(PAGE)
  async full(@CurrentPrincipal() principal: Principal, @Query() query: FullDashboardQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const areaId = query.areaId ?? null;
    const names = await this.names();
    return this.render(principal, names, { kind: 'full' }, filterOf(query, 'full', areaId, this.thisYear()), [{ id: '', name: 'Hele kommunen' }, ...currentAreasOf(names)], response);
  }

  @Get('kommune')
  @Requires(Permission.statisticsSuppressed)
  @ApiOperation({ summary: 'The dashboard for the whole municipality with small counts hidden (the Lokalråd): one year, the areas side by side' })
  @ApiOkResponse(PAGE)
  async municipality(@CurrentPrincipal() principal: Principal, @Query() query: DashboardQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    return this.render(principal, await this.names(), { kind: 'municipality' }, filterOf(query, 'municipality', null, this.thisYear()), null, response);
  }

  @Get('omraader/:areaId')
  @Requires(Permission.statisticsArea, { kind: 'area', param: 'areaId' })
  @ApiOperation({ summary: "The dashboard of one local area with small counts hidden: a network group's own area (the coordination team may open any)" })
  @ApiOkResponse(PAGE)
  @ApiFoundResponse({ description: "When the area filter names another area: to that area's page, which checks membership again" })
  async area(
    @CurrentPrincipal() principal: Principal,
    @Param() { areaId }: DashboardAreaParams,
    @Query() query: AreaDashboardQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string | void> {
    const filter = filterOf(query, 'area', null, this.thisYear());
    if (query.areaId !== undefined && query.areaId !== areaId) {
      response.redirect(302, `${encodeURIComponent(query.areaId)}?${filterQuery(filter)}`);
      return;
    }
    const names = await this.names();
    return this.render(principal, names, { kind: 'area', areaId }, filter, areaChoicesOf(principal, areaId, names), response);
  }

  private async render(
    principal: Principal,
    names: ReferenceNames,
    audience: Audience,
    filter: DashboardFilter,
    areaChoices: { id: string; name: string }[] | null,
    response: Response,
  ): Promise<string> {
    const tables = await this.dashboards.tables(audience, filter);
    const nonce = newNonce();
    const current = this.thisYear();
    const years = Array.from({ length: YEARS_BACK + 1 }, (_, index) => current - index);
    if (!years.includes(filter.year)) years.push(filter.year);
    const oneArea = audience.kind === 'area' ? audience.areaId : filter.areaId;
    response.setHeader('Content-Type', `${HTML}; charset=utf-8`);
    response.setHeader('Content-Security-Policy', dashboardCsp(nonce));
    response.setHeader('Cache-Control', 'private, no-store');
    return dashboardPage({
      audience,
      filter,
      areaName: oneArea === null ? null : names.area(oneArea),
      tables,
      today: danishToday(this.clock.now()),
      years: years.sort((a, b) => b - a),
      areaChoices,
      views: dashboardsOf(principal, names),
      nonce,
    });
  }

  /** The areas' names as the reference data has them now. */
  private names(): Promise<ReferenceNames> {
    return new ReferenceDataRepository(this.dataSource.manager).names();
  }

  private thisYear(): number {
    return danishYear(this.clock.now());
  }
}

/** The page's year, period kind (the audience's, periodKindFor) and area; another period kind than the audience's is a 400. */
function filterOf(query: DashboardQuery, audience: Audience['kind'], areaId: string | null, currentYear: number): DashboardFilter {
  try {
    return { year: query.year ?? currentYear, period: periodKindFor(audience, true, query.period), areaId };
  } catch (error) {
    if (error instanceof WindowError) throw badRequest(error.refusal);
    throw error;
  }
}

