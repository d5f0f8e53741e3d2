import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, Permission, Requires, type Principal } from '@ssp/platform';
import { ChangeInitiativeStatusDto, CreateInitiativeDto, InitiativeDto, InitiativePageDto, InitiativeParams, InitiativesQuery } from './initiatives.dto';
import { InitiativesService } from './initiatives.service';

@ApiTags('initiatives')
@Controller('initiatives')
export class InitiativesController {
  constructor(
    private readonly initiatives: InitiativesService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Requires(Permission.groupsManage)
  @ApiOperation({ summary: 'Plans a course, campaign, project or local initiative for bodies and areas (the secretariat)' })
  @ApiCreatedResponse({ type: InitiativeDto })
  @ApiBadRequestResponse({ description: 'A field is missing or wrong, or names a body or area that does not exist' })
  create(@Body() request: CreateInitiativeDto, @CurrentPrincipal() principal: Principal): Promise<InitiativeDto> {
    return this.initiatives.create(request, principal, this.clock.now());
  }

  @Get()
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: 'The initiatives, newest first, by linked body, area, status and kind; they hold no person data, so every group reader sees them all; a page at a time (docs/paging.md)' })
  @ApiOkResponse({ type: InitiativePageDto })
  list(@Query() query: InitiativesQuery): Promise<InitiativePageDto> {
    return this.initiatives.list(query);
  }

  @Get(':initiativeId')
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: 'One initiative' })
  @ApiOkResponse({ type: InitiativeDto })
  @ApiNotFoundResponse({ description: 'No such initiative' })
  get(@Param() { initiativeId }: InitiativeParams): Promise<InitiativeDto> {
    return this.initiatives.get(initiativeId);
  }

  @Patch(':initiativeId')
  @Requires(Permission.groupsManage)
  @ApiOperation({ summary: 'Launches, completes or cancels an initiative (the secretariat); launching publishes ssp.initiative.launched.v1 once' })
  @ApiOkResponse({ type: InitiativeDto })
  @ApiNotFoundResponse({ description: 'No such initiative' })
  @ApiConflictResponse({ description: 'The status change is not allowed from the current status (the message says which are)' })
  changeStatus(@Param() { initiativeId }: InitiativeParams, @Body() request: ChangeInitiativeStatusDto): Promise<InitiativeDto> {
    return this.initiatives.changeStatus(initiativeId, request.status, this.clock.now());
  }
}
