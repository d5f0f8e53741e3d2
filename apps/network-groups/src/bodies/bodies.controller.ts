import { Body, Controller, ForbiddenException, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, Permission, permissionsOf, Requires, type Principal } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import { AddMembershipDto, BodyDto, BodyParams, MembersQuery, MembershipDto } from './bodies.dto';
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
  @ApiOperation({ summary: 'The SSP bodies: Lokalråd, coordination, network groups, Monday group, SSP-U, SSP+, ad-hoc groups' })
  @ApiOkResponse({ type: [BodyDto] })
  list(): Promise<BodyDto[]> {
    return this.bodies.list();
  }

  @Get(':bodyId/members')
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: "A body's members today, for the body's own members; on another day (`on`) for the secretariat only" })
  @ApiOkResponse({ type: [MembershipDto] })
  @ApiForbiddenResponse({ description: 'Another day than today, asked by someone who does not manage the bodies' })
  @ApiNotFoundResponse({ description: 'No such body' })
  members(@Param() { bodyId }: BodyParams, @Query() query: MembersQuery, @CurrentPrincipal() principal: Principal): Promise<MembershipDto[]> {
    const today = danishToday(this.clock.now());
    // Former members drop out of a member's view the day after they leave (see person-visibility.ts); only the secretariat looks back.
    if (query.on !== undefined && query.on !== today && !permissionsOf(principal.roles).has(Permission.groupsManage)) {
      throw new ForbiddenException('Only the secretariat may see the members on another day than today');
    }
    return this.bodies.membersOn(bodyId, query.on ?? today);
  }

  @Post(':bodyId/members')
  @Requires(Permission.groupsManage)
  @ApiOperation({ summary: 'Adds a membership for a period (the secretariat)' })
  @ApiCreatedResponse({ type: MembershipDto })
  @ApiNotFoundResponse({ description: 'No such body' })
  addMember(@Param() { bodyId }: BodyParams, @Body() request: AddMembershipDto): Promise<MembershipDto> {
    return this.bodies.addMember(bodyId, request);
  }
}
