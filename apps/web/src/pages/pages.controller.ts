import { Controller, Get, Header, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CaseCoordinationClient } from '../api/case-coordination.client';
import { bodyOf } from '../api/service-answer';
import { PublicPage } from '../http/public.decorator';
import type { WebRequest } from '../http/web-request';
import { accessibilityStatementPage } from './accessibility-statement.page';
import { AGENDA_FILTER_FIELD_ERRORS, agendaPage } from './agenda.page';
import { agendaFilterOf, agendaServiceQuery } from './agenda-filter';
import { ReferenceTablesClient } from '../reference-tables/reference-tables.client';
import { frontPage } from './front.page';
import { WEB_STYLESHEET } from './web-stylesheet';
import { signedIn } from '../http/signed-in';
import { isRole, Permission, permissionsOf } from '@ssp/platform';
import type { ActiveSession } from '../session/session.service';

/** The pages. Each calls the services with the person's own token and renders what they answer. */
@Controller()
export class PagesController {
  constructor(
    private readonly caseCoordination: CaseCoordinationClient,
    private readonly referenceTables: ReferenceTablesClient,
  ) {}

  @Get()
  front(@Req() request: WebRequest): string {
    return frontPage(signedIn(request));
  }

  @Get('dagsorden')
  async agenda(@Req() request: WebRequest, @Res({ passthrough: true }) response: Response, @Query() query: Record<string, unknown>): Promise<string> {
    const session = signedIn(request);
    const cursor = typeof query.efter === 'string' && query.efter.length > 0 ? query.efter : undefined;
    const filter = agendaFilterOf(query);
    const [answer, areas] = await Promise.all([this.caseCoordination.nextAgenda(session.accessToken, cursor, agendaServiceQuery(filter)), this.areasToChooseFrom(session)]);
    if (!answer.ok && answer.status === 400 && answer.refusal && Object.hasOwn(AGENDA_FILTER_FIELD_ERRORS, answer.refusal.code)) {
      // A filter the service refuses: the form again with what was chosen and why, in Danish.
      response.status(400);
      return agendaPage(session, { agenda: null, filter, areas, onLaterPage: false, refusal: answer.refusal });
    }
    return agendaPage(session, { agenda: bodyOf(answer), filter, areas, onLaterPage: cursor !== undefined });
  }

  /** The areas of the reference data for the agenda's area filter, when this person may read them; otherwise no area filter. */
  private async areasToChooseFrom(session: ActiveSession): Promise<{ id: string; name: string }[] | null> {
    // Only asked of ingestion when the person's roles read its tables: a doomed call would be a refusal in its audit log on every agenda page.
    if (!permissionsOf(session.roles.filter(isRole)).has(Permission.policeListRead)) return null;
    // The agenda does not depend on ingestion: if it does not answer, the page has no area filter.
    const answer = await this.referenceTables.areas(session.accessToken).catch(() => null);
    return answer?.ok ? answer.body.map(({ id, name }) => ({ id, name })) : null;
  }

  @Get('tilgaengelighed')
  @PublicPage()
  accessibilityStatement(@Req() request: WebRequest): string {
    return accessibilityStatementPage(request.webSession ?? null);
  }

  @Get('static/web.css')
  @PublicPage()
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  stylesheet(): string {
    return WEB_STYLESHEET;
  }

  /** For the orchestrator's probes: the process answers; nothing about anyone. */
  @Get('health/live')
  @PublicPage()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
