import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, Permission, Requires, type Principal } from '@ssp/platform';
import { PersonParams } from '../persons/persons.controller';
import { AccessLogService } from '../access-log/access-log.service';
import { CreateInterventionDto, InterventionDto, InterventionPageDto, InterventionParams, InterventionsQuery, UpdateInterventionDto } from './interventions.dto';
import { InterventionsService } from './interventions.service';

@ApiTags('interventions')
@Controller()
export class InterventionsController {
  constructor(
    private readonly interventions: InterventionsService,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  @Post('persons/:pseudonym/interventions')
  @Requires(Permission.personDataWrite)
  @ApiOperation({ summary: 'Agrees an intervention (owner body, responsible person, deadline) in a case where action was decided' })
  @ApiCreatedResponse({ type: InterventionDto })
  @ApiNotFoundResponse({ description: '`person-not-found`: no such person, or the person is erased; `case-not-found`: the person has no case' })
  @ApiConflictResponse({ description: 'No action has been decided in the case (Danish message)' })
  assign(@Param() { pseudonym }: PersonParams, @Body() request: CreateInterventionDto, @CurrentPrincipal() principal: Principal): Promise<InterventionDto> {
    return this.interventions.assign(pseudonym, request, principal, this.clock.now());
  }

  @Get('interventions')
  @Requires(Permission.personDataRead)
  @ApiOperation({
    summary:
      'The follow-up list: interventions by deadline, narrowed by status, owner body, person or being overdue, a page at a time (docs/paging.md); every person on the page is in their access log with the purpose',
  })
  @ApiOkResponse({ type: InterventionPageDto })
  @ApiBadRequestResponse({ description: 'A filter, the purpose or the page is asked for wrongly; the message names it' })
  async list(@Query() query: InterventionsQuery, @CurrentPrincipal() principal: Principal): Promise<InterventionPageDto> {
    const filter = { status: query.status, ownerBody: query.ownerBody, pseudonym: query.pseudonym, overdue: query.overdue === undefined ? undefined : query.overdue === 'true' };
    const page = await this.interventions.list(filter, this.clock.now(), query.limit, query.after);
    await this.accessLog.record(principal, [...new Set(page.items.map((item) => item.personPseudonym))], 'interventions', query.purpose);
    return page;
  }

  @Patch('interventions/:id')
  @Requires(Permission.personDataWrite)
  @ApiOperation({ summary: 'Starts or completes an intervention (completing needs an outcome); completing the last open one closes the case' })
  @ApiOkResponse({ type: InterventionDto })
  @ApiNotFoundResponse({ description: '`intervention-not-found`: no such intervention' })
  @ApiConflictResponse({ description: 'The status change is not allowed (Danish message)' })
  update(@Param() { id }: InterventionParams, @Body() request: UpdateInterventionDto): Promise<InterventionDto> {
    return this.interventions.update(id, request, this.clock.now());
  }
}
