import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, forbidden, PageQuery, Permission, permissionsOf, Requires, type Principal } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import { AddMembershipDto, BODY_REFUSALS, BodyDto, BodyPageDto, BodyParams, ChangeMembershipDto, CreateBodyDto, MembersQuery, MembershipDto, MembershipPageDto, MembershipParams } from './bodies.dto';
import { BodiesService } from './bodies.service';
import { BODY_SCOPE } from './body-scope';

@ApiTags('bodies')
@Controller('bodies')
export class BodiesController {
  constructor(
    private readonly bodies: BodiesService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: 'The SSP bodies: Lokalråd, coordination, network groups, Monday group, SSP-U, SSP+, ad-hoc groups; a page at a time (docs/paging.md)' })
  @ApiOkResponse({ type: BodyPageDto })
  list(@Query() query: PageQuery): Promise<BodyPageDto> {
    return this.bodies.list(query.limit, query.after);
  }

  @Get(':bodyId')
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: 'One SSP body: its name, kind, level, area and last day (every reader of the groups sees every body, as in the list)' })
  @ApiOkResponse({ type: BodyDto })
  @ApiNotFoundResponse({ description: 'No such body' })
  get(@Param() { bodyId }: BodyParams): Promise<BodyDto> {
    return this.bodies.get(bodyId);
  }

  @Post()
  @Requires(Permission.groupsManage)
  @ApiOperation({ summary: 'Creates an ad-hoc group for a task, with its last day (the secretariat); its memberships end with it at the latest' })
  @ApiCreatedResponse({ type: BodyDto })
  @ApiConflictResponse({ description: 'A body with this id exists (`body-id-taken`)' })
  create(@Body() request: CreateBodyDto): Promise<BodyDto> {
    return this.bodies.createAdHocGroup(request);
  }

  @Get(':bodyId/members')
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: "A body's members today, for the body's own members; on another day (`on`) for the secretariat only; a page at a time (docs/paging.md)" })
  @ApiOkResponse({ type: MembershipPageDto })
  @ApiForbiddenResponse({ description: 'Another day than today, asked by someone who does not manage the bodies' })
  @ApiNotFoundResponse({ description: 'No such body' })
  members(@Param() { bodyId }: BodyParams, @Query() query: MembersQuery, @CurrentPrincipal() principal: Principal): Promise<MembershipPageDto> {
    const today = danishToday(this.clock.now());
    // Former members drop out of a member's view the day after they leave (see person-visibility.ts); only the secretariat looks back.
    if (query.on !== undefined && query.on !== today && !permissionsOf(principal.roles).has(Permission.groupsManage)) {
      throw forbidden(BODY_REFUSALS.membersOnOtherDay);
    }
    return this.bodies.memberPage(bodyId, query.on ?? today, query.limit, query.after);
  }

  @Post(':bodyId/members')
  @Requires(Permission.groupsManage)
  @ApiOperation({ summary: 'Adds a membership for a period (the secretariat)' })
  @ApiCreatedResponse({ type: MembershipDto })
  @ApiNotFoundResponse({ description: 'No such body' })
  addMember(@Param() { bodyId }: BodyParams, @Body() request: AddMembershipDto): Promise<MembershipDto> {
    return this.bodies.addMember(bodyId, request);
  }

  @Patch(':bodyId/members/:membershipId')
  @Requires(Permission.groupsManage)
  @ApiOperation({ summary: "Changes a membership's role, first or last day (the secretariat); ending a membership is giving it a last day" })
  @ApiOkResponse({ type: MembershipDto })
  @ApiNotFoundResponse({ description: 'No such body, or no such membership of it' })
  changeMember(@Param() { bodyId, membershipId }: MembershipParams, @Body() change: ChangeMembershipDto): Promise<MembershipDto> {
    return this.bodies.changeMembership(bodyId, membershipId, change);
  }
}
