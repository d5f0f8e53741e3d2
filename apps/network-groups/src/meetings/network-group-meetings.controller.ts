import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, Permission, Requires } from '@ssp/platform';
import { EVERY_BODY_MEETINGS_SCOPE } from '../bodies/body-scope';
import { NetworkGroupMeetingPageDto, NetworkGroupMeetingsQuery } from './meetings.dto';
import { MeetingsService } from './meetings.service';

/** The coordination team's view across the network groups: every group's meetings in one list. */
@ApiTags('meetings')
@Controller('meetings')
export class NetworkGroupMeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Requires(Permission.groupsRead, EVERY_BODY_MEETINGS_SCOPE)
  @ApiOperation({
    summary:
      "Every network group's meetings whose Copenhagen day is from `from` to `to` (both included), by start, a page at a time (docs/paging.md): for the coordination team and the secretariat",
  })
  @ApiOkResponse({ type: NetworkGroupMeetingPageDto })
  @ApiBadRequestResponse({ description: 'A day is wrong, to is before from, the range is over two years, or the page is asked for wrongly' })
  list(@Query() query: NetworkGroupMeetingsQuery): Promise<NetworkGroupMeetingPageDto> {
    return this.meetings.listAcrossNetworkGroups(query.from, query.to, this.clock.now(), query.limit, query.after);
  }
}
