import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, Permission, Requires, type Principal } from '@ssp/platform';
import { AccessLogService } from '../access-log/access-log.service';
import { AssessmentClockPageDto, AssessmentClocksQuery } from './decisions.dto';
import { DecisionsService } from './decisions.service';

/** The notifications' 24-hour clocks across persons: the family department's list of what to answer by when. */
@ApiTags('decisions')
@Controller('assessments')
export class AssessmentsController {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Requires(Permission.personDataRead)
  @ApiOperation({
    summary:
      "The notifications' 24-hour assessment clocks: who must answer (the family department) by when, the unanswered ones unless `status` says otherwise, by when they run out, a page at a time (docs/paging.md); every person on the page is in their access log with the purpose",
  })
  @ApiOkResponse({ type: AssessmentClockPageDto })
  @ApiBadRequestResponse({ description: 'The status, the purpose or the page is asked for wrongly; the message names it' })
  async list(@Query() query: AssessmentClocksQuery, @CurrentPrincipal() principal: Principal): Promise<AssessmentClockPageDto> {
    const page = await this.decisions.assessmentClocks(query.status, this.clock.now(), query.limit, query.after);
    await this.accessLog.record(principal, [...new Set(page.items.map((item) => item.personPseudonym))], 'assessments', query.purpose);
    return page;
  }
}
