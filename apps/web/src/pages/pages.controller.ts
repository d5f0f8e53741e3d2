import { Controller, Get, Header, Query, Req } from '@nestjs/common';
import { CaseCoordinationClient } from '../api/case-coordination.client';
import { bodyOf } from '../api/service-answer';
import { PublicPage } from '../http/public.decorator';
import type { WebRequest } from '../http/web-request';
import { accessibilityStatementPage } from './accessibility-statement.page';
import { agendaPage } from './agenda.page';
import { frontPage } from './front.page';
import { WEB_STYLESHEET } from './web-stylesheet';
import { signedIn } from '../http/signed-in';

/** The pages. Each calls the services with the person's own token and renders what they answer. */
@Controller()
export class PagesController {
  constructor(private readonly caseCoordination: CaseCoordinationClient) {}

  @Get()
  front(@Req() request: WebRequest): string {
    return frontPage(signedIn(request));
  }

  @Get('dagsorden')
  async agenda(@Req() request: WebRequest, @Query('efter') after: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = typeof after === 'string' && after.length > 0 ? after : undefined;
    const agenda = bodyOf(await this.caseCoordination.nextAgenda(session.accessToken, cursor));
    return agendaPage(session, agenda, cursor !== undefined);
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
