import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Clock, notFound, Public } from '@ssp/platform';
import { CALENDAR_REFUSALS } from './calendar.dto';
import { CalendarFeedsService } from './calendar-feeds.service';

/**
 * Where calendar clients fetch a feed. They cannot send a bearer token, so the route is
 * public and the unguessable token in the URL is the credential (issued and revoked through
 * CalendarFeedsController). Not an API route: left out of the OpenAPI document.
 */
@ApiExcludeController()
@Public()
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly clock: Clock,
  ) {}

  @Get(':token.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  async feed(@Param('token') token: string): Promise<string> {
    const text = await this.feeds.feed(token, this.clock.now());
    // Malformed, unknown and revoked look alike, so the answer tells nothing about a token.
    if (text === null) throw notFound(CALENDAR_REFUSALS.feedUnknown);
    return text;
  }
}
