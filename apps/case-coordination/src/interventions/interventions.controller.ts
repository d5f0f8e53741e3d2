import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, Permission, Requires, type Principal } from '@ssp/platform';
import { PersonPageQuery, PersonParams } from '../persons/persons.controller';
import { AccessLogService } from '../access-log/access-log.service';
import { ChangeInterventionOwnerDto, CreateInterventionDto, InterventionDto, InterventionPageDto, InterventionParams, InterventionsQuery, UpdateInterventionDto } from './interventions.dto';
import { InterventionsService } from './interventions.service';
import type { InterventionFilter } from './interventions.repository';

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
  @ApiOperation({
    summary:
      "Agrees an intervention (owner body, the responsible registry person by sign-in subject, deadline) in a case where action was decided; the responsible is told through network groups",
  })
  @ApiCreatedResponse({ type: InterventionDto })
  @ApiBadRequestResponse({ description: '`intervention-owner-not-member`: the responsible is not a member of ownerBody today by the registry; other codes name a field' })
  @ApiNotFoundResponse({ description: '`person-not-found`: no such person, or the person is erased; `case-not-found`: the person has no case' })
  @ApiConflictResponse({ description: 'No action has been decided in the case (Danish message)' })
  assign(@Param() { pseudonym }: PersonParams, @Body() request: CreateInterventionDto, @CurrentPrincipal() principal: Principal): Promise<InterventionDto> {
    return this.interventions.assign(pseudonym, request, principal, this.clock.now());
  }

  @Get('interventions')
  @Requires(Permission.personDataRead)
  @ApiOperation({
    summary:
      'The follow-up list: interventions by deadline, narrowed by status, owner body, responsible (ownerSubject), person or being overdue, a page at a time (docs/paging.md); every person on the page is in their access log with the purpose',
  })
  @ApiOkResponse({ type: InterventionPageDto })
  @ApiBadRequestResponse({ description: 'A filter, the purpose or the page is asked for wrongly; the message names it' })
  async list(@Query() query: InterventionsQuery, @CurrentPrincipal() principal: Principal): Promise<InterventionPageDto> {
    const filter = {
      status: query.status,
      ownerBody: query.ownerBody,
      ownerSubject: query.ownerSubject,
      pseudonym: query.pseudonym,
      overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
    };
    return this.listLogged(filter, query, principal);
  }

  @Get('interventions/mine')
  @Requires(Permission.personDataRead)
  @ApiOperation({
    summary:
      "The caller's tasks: the open interventions whose responsible is the signed-in person (by sign-in subject), by deadline, a page at a time (docs/paging.md); every person on the page is in their access log with the purpose",
  })
  @ApiOkResponse({ type: InterventionPageDto })
  @ApiBadRequestResponse({ description: 'The purpose or the page is asked for wrongly; the message names it' })
  mine(@Query() query: PersonPageQuery, @CurrentPrincipal() principal: Principal): Promise<InterventionPageDto> {
    return this.listLogged({ ownerSubject: principal.subject, open: true }, query, principal);
  }

  @Put('interventions/:id/owner')
  @Requires(Permission.personDataWrite)
  @ApiOperation({ summary: 'Gives an open intervention another responsible registry person (a member of its owner body today), who is told through network groups' })
  @ApiOkResponse({ type: InterventionDto })
  @ApiBadRequestResponse({ description: '`intervention-owner-not-member`: the new responsible is not a member of the owner body today by the registry' })
  @ApiNotFoundResponse({ description: '`intervention-not-found`: no such intervention' })
  @ApiConflictResponse({ description: '`intervention-owner-completed`: the intervention is completed' })
  changeOwner(@Param() { id }: InterventionParams, @Body() request: ChangeInterventionOwnerDto): Promise<InterventionDto> {
    return this.interventions.changeOwner(id, request, this.clock.now());
  }

  /** A page of interventions, each person on it access-logged with the purpose. */
  private async listLogged(filter: InterventionFilter, query: PersonPageQuery, principal: Principal): Promise<InterventionPageDto> {
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
