import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, Permission, Requires, type Principal } from '@ssp/platform';
import { AccessLogService } from '../access-log/access-log.service';
import { AgendaDto, AgendaQuery } from './agenda.dto';
import { agendaPage } from './agenda-page';
import { AgendaService } from './agenda.service';
import { danishToday } from '@ssp/platform/time';

@ApiTags('agenda')
@Controller('meetings/next')
export class AgendaController {
  constructor(
    private readonly agendas: AgendaService,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  @Get('agenda')
  @Requires(Permission.personDataRead)
  @ApiOperation({
    summary: "The next Monday-group meeting's agenda, a page at a time: flagged persons, most urgent first, with reasons, new incidents and interventions",
    description:
      'Paged (docs/paging.md): `limit` persons at most, `next` leads on. Sorted by urgency (the default) or newest first; filtered by priority, reason, area and new incidents or concerns; a filtered page reads at most 1,000 persons of the agenda, so it may hold fewer than `limit`, even none, and still have `next`. The persons of the page, and only they, are written to the access log.',
  })
  @ApiOkResponse({ type: AgendaDto })
  async agenda(@Query() query: AgendaQuery, @CurrentPrincipal() principal: Principal): Promise<AgendaDto> {
    return this.read(query, principal, 'agenda');
  }

  @Get('agenda.html')
  @Requires(Permission.personDataRead)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'The same agenda page as a printable page, with a link to the next page' })
  @ApiProduces('text/html')
  async page(@Query() query: AgendaQuery, @CurrentPrincipal() principal: Principal): Promise<string> {
    return agendaPage(await this.read(query, principal, 'agenda page'), query);
  }

  private async read(query: AgendaQuery, principal: Principal, action: 'agenda' | 'agenda page'): Promise<AgendaDto> {
    const filter = { minPriority: query.priority, reason: query.reason, area: query.area, onlyNew: query.onlyNew === 'true' };
    const agenda = await this.agendas.agendaOfMeetingOnOrAfter(query.from ?? danishToday(this.clock.now()), query.limit, query.after, filter, query.sort);
    await this.accessLog.record(principal, agenda.items.map((item) => item.personPseudonym), action, 'monday-group-meeting');
    return agenda;
  }
}
