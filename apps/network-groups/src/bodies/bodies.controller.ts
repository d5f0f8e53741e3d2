import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission, Requires } from '@ssp/platform';
import { AddMembershipDto, BodyDto, BodyParams, MembersQuery, MembershipDto } from './bodies.dto';
import { BodiesService } from './bodies.service';

const BODY_SCOPE = { kind: 'group', param: 'bodyId' } as const;

@ApiTags('bodies')
@Controller('bodies')
export class BodiesController {
  constructor(private readonly bodies: BodiesService) {}

  @Get()
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: 'The SSP bodies: Lokalråd, coordination, network groups, Monday group, SSP-U, SSP+, ad-hoc groups' })
  @ApiOkResponse({ type: [BodyDto] })
  list(): Promise<BodyDto[]> {
    return this.bodies.list();
  }

  @Get(':bodyId/members')
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: "A body's members on a day (today by default); for the body's own members and the secretariat" })
  @ApiOkResponse({ type: [MembershipDto] })
  @ApiNotFoundResponse({ description: 'No such body' })
  members(@Param() { bodyId }: BodyParams, @Query() query: MembersQuery): Promise<MembershipDto[]> {
    return this.bodies.membersOn(bodyId, query.on);
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
