import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Permission, Requires, type Principal } from '@ssp/platform';
import { PeopleService } from '../people/people.service';
import { NotificationDto, NotificationPageDto, NotificationParams, NotificationsQuery, PreferencesDto, UpdatePreferencesDto } from './notifications.dto';
import { NotificationsService } from './notifications.service';
import { PreferencesService } from './preferences.service';

const NOT_LINKED = 'No person in the registry is linked to the sign-in';

/** The signed-in person's own notifications and preferences; the token's subject says whose. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly preferences: PreferencesService,
    private readonly people: PeopleService,
  ) {}

  @Get()
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: "The signed-in person's notifications, newest first, a page at a time (docs/paging.md)" })
  @ApiOkResponse({ type: NotificationPageDto })
  @ApiNotFoundResponse({ description: NOT_LINKED })
  async list(@Query() query: NotificationsQuery, @CurrentPrincipal() principal: Principal): Promise<NotificationPageDto> {
    const person = await this.people.signedIn(principal);
    return this.notifications.listFor(person.id, query.show, query.limit, query.after);
  }

  @Get('preferences')
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: "How the signed-in person's notifications reach them besides the app" })
  @ApiOkResponse({ type: PreferencesDto })
  @ApiNotFoundResponse({ description: NOT_LINKED })
  async getPreferences(@CurrentPrincipal() principal: Principal): Promise<PreferencesDto> {
    return this.preferences.get((await this.people.signedIn(principal)).id);
  }

  @Put('preferences')
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: 'Chooses e-mail at once, a daily digest, or the app only; for notifications from now on' })
  @ApiOkResponse({ type: PreferencesDto })
  @ApiNotFoundResponse({ description: NOT_LINKED })
  async setPreferences(@Body() request: UpdatePreferencesDto, @CurrentPrincipal() principal: Principal): Promise<PreferencesDto> {
    return this.preferences.set((await this.people.signedIn(principal)).id, request.delivery);
  }

  @Post(':notificationId/read')
  @HttpCode(200)
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: 'Marks one of the signed-in person’s notifications read' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiNotFoundResponse({ description: 'No such notification of the signed-in person' })
  async markRead(@Param() { notificationId }: NotificationParams, @CurrentPrincipal() principal: Principal): Promise<NotificationDto> {
    return this.notifications.markRead((await this.people.signedIn(principal)).id, notificationId);
  }
}
