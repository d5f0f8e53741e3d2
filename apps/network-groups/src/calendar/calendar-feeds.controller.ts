import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, PageQuery, Permission, Requires, type Principal } from '@ssp/platform';
import { BodyParams } from '../bodies/bodies.dto';
import { BODY_SCOPE } from '../bodies/body-scope';
import { CalendarFeedPageDto, FeedParams, IssuedCalendarFeedDto, PersonParams } from './calendar.dto';
import { CalendarFeedsService } from './calendar-feeds.service';

const SUBSCRIBE = 'Calendar clients subscribe to the URL (GET, no bearer token: the URL is the secret) until the feed is revoked.';

@ApiTags('calendar feeds')
@Controller()
export class CalendarFeedsController {
  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly clock: Clock,
  ) {}

  @Post('bodies/:bodyId/calendar-feed')
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: `Issues an iCalendar feed of the body's meetings. ${SUBSCRIBE}` })
  @ApiCreatedResponse({ type: IssuedCalendarFeedDto })
  @ApiNotFoundResponse({ description: 'No such body' })
  issueBodyFeed(@Param() { bodyId }: BodyParams, @CurrentPrincipal() principal: Principal): Promise<IssuedCalendarFeedDto> {
    return this.feeds.issueBodyFeed(bodyId, principal, this.clock.now());
  }

  // Declared before :personId, which would otherwise take "me".
  @Post('people/me/calendar-feed')
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: `Issues an iCalendar feed of the meetings of every body the signed-in person is a member of on the meeting day. ${SUBSCRIBE}` })
  @ApiCreatedResponse({ type: IssuedCalendarFeedDto })
  @ApiNotFoundResponse({ description: 'No person is linked to this sign-in yet' })
  issueOwnFeed(@CurrentPrincipal() principal: Principal): Promise<IssuedCalendarFeedDto> {
    return this.feeds.issueOwnFeed(principal, this.clock.now());
  }

  @Post('people/:personId/calendar-feed')
  @Requires(Permission.groupsManage)
  @ApiOperation({ summary: `Issues a person's iCalendar feed (the secretariat, e.g. before the person has signed in). ${SUBSCRIBE}` })
  @ApiCreatedResponse({ type: IssuedCalendarFeedDto })
  @ApiNotFoundResponse({ description: 'No such person' })
  issuePersonFeed(@Param() { personId }: PersonParams, @CurrentPrincipal() principal: Principal): Promise<IssuedCalendarFeedDto> {
    return this.feeds.issuePersonFeed(personId, principal, this.clock.now());
  }

  @Get('calendar-feeds')
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: "The caller's active feeds (those they issued and their own person's), without their secret URLs; oldest first, a page at a time (docs/paging.md)" })
  @ApiOkResponse({ type: CalendarFeedPageDto })
  list(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<CalendarFeedPageDto> {
    return this.feeds.listOwn(principal, query.limit, query.after);
  }

  @Delete('calendar-feeds/:feedId')
  @HttpCode(204)
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: 'Revokes a feed the caller issued or that is their own (the secretariat: any); its URL answers 404 from then on' })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiNotFoundResponse({ description: 'No active feed of the caller with that id' })
  revoke(@Param() { feedId }: FeedParams, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.feeds.revoke(feedId, principal, this.clock.now());
  }
}
