import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, Permission, Requires, type Principal } from '@ssp/platform';
import { CreateInitiativeDto, UpdateInitiativeDto, InitiativeDto, InitiativePageDto, InitiativeParams, InitiativesQuery, ProposeInitiativeDto } from './initiatives.dto';
import { InitiativesService } from './initiatives.service';
import { BodyParams } from '../bodies/bodies.dto';
import { BODY_SCOPE } from '../bodies/body-scope';

@ApiTags('initiatives')
@Controller('initiatives')
export class InitiativesController {
  constructor(
    private readonly initiatives: InitiativesService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Requires(Permission.groupsManage)
  @ApiOperation({ summary: 'Plans a course, teaching activity, campaign, project or local initiative for bodies and areas (the secretariat)' })
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
  @ApiOperation({
    summary:
      "Accepts a proposal (planned), launches, completes or cancels an initiative, and changes its texts, days, outcome, participants and materials (the secretariat); launching publishes ssp.initiative.launched.v1 once",
  })
  @ApiOkResponse({ type: InitiativeDto })
  @ApiBadRequestResponse({ description: 'Nothing to change, a field is wrong, or the end would come before the start' })
  @ApiNotFoundResponse({ description: 'No such initiative' })
  @ApiConflictResponse({ description: 'The status change is not allowed from the current status (the message says which are)' })
  update(@Param() { initiativeId }: InitiativeParams, @Body() request: UpdateInitiativeDto): Promise<InitiativeDto> {
    return this.initiatives.update(initiativeId, request, this.clock.now());
  }
}

/** A member of a body proposes an initiative; the secretariat accepts or turns it down (PATCH /initiatives/{id}). */
@ApiTags('initiatives')
@Controller('bodies/:bodyId/initiative-proposals')
export class InitiativeProposalsController {
  constructor(
    private readonly initiatives: InitiativesService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: "Proposes an initiative for the body (its members and the secretariat): status proposed, linked to the body and its area; the secretariat accepts it by planning it" })
  @ApiCreatedResponse({ type: InitiativeDto })
  @ApiBadRequestResponse({ description: 'A field is missing or wrong' })
  @ApiNotFoundResponse({ description: 'No such body' })
  propose(@Param() { bodyId }: BodyParams, @Body() request: ProposeInitiativeDto, @CurrentPrincipal() principal: Principal): Promise<InitiativeDto> {
    return this.initiatives.propose(bodyId, request, principal, this.clock.now());
  }
}
