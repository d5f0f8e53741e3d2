import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, PageQuery, Permission, Requires, type Principal } from '@ssp/platform';
import { BodyParams } from '../bodies/bodies.dto';
import { MessagePageDto, PostedMessageDto, PostMessageDto } from './messages.dto';
import { MessagesService } from './messages.service';
import { BODY_SCOPE } from '../bodies/body-scope';

@ApiTags('messages')
@Controller('bodies/:bodyId/messages')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Post()
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: "Writes to the body's members (its own members and the secretariat); every current member but the sender is notified" })
  @ApiCreatedResponse({ type: PostedMessageDto })
  @ApiNotFoundResponse({ description: 'No such body, or no person in the registry is linked to the sign-in' })
  post(@Param() { bodyId }: BodyParams, @Body() request: PostMessageDto, @CurrentPrincipal() principal: Principal): Promise<PostedMessageDto> {
    return this.messages.post(bodyId, request.text, principal);
  }

  @Get()
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: "The body's messages, newest first, a page at a time (docs/paging.md); for its own members and the secretariat" })
  @ApiOkResponse({ type: MessagePageDto })
  @ApiNotFoundResponse({ description: 'No such body' })
  list(@Param() { bodyId }: BodyParams, @Query() query: PageQuery): Promise<MessagePageDto> {
    return this.messages.list(bodyId, query.limit, query.after);
  }
}
