import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ServiceName } from '@ssp/contracts';
import { DataSource } from 'typeorm';
import { SERVICE_NAME } from '../app/tokens';
import { CurrentPrincipal, Requires } from '../auth/access.decorators';
import { Permission } from '../auth/permissions';
import type { Principal } from '../auth/principal';
import { decodePageCursor, isInstantAndIdKey, PageQuery } from '../http/paging';
import { DeadLetterResender } from './dead-letter-resender';
import { DeadLetterRepository } from './dead-letter.repository';
import { OperationsStatus } from './operations-status';
import { DeadLetterParams, DiscardOutcomeDto, OperationsStatusDto, ResendOutcomeDto, WaitingDeadLettersPageDto } from './operations.dto';

/** Every service's operations API for the operators: lag, outbox and dead letters, and sending a dead letter back. */
@ApiTags('operations')
@Controller('operations')
export class OperationsController {
  constructor(
    private readonly status: OperationsStatus,
    private readonly resender: DeadLetterResender,
    private readonly dataSource: DataSource,
    @Inject(SERVICE_NAME) private readonly serviceName: ServiceName,
  ) {}

  @Get('status')
  @Requires(Permission.operationsRead)
  @ApiOperation({ summary: "The service's consumer lag per topic and partition, its dead letters (kept on the topics, and its own waiting to be sent back) and its outbox backlog; counts only" })
  @ApiOkResponse({ type: OperationsStatusDto })
  overview(): Promise<OperationsStatusDto> {
    return this.status.status();
  }

  @Get('dead-letters')
  @Requires(Permission.operationsRead)
  @ApiOperation({ summary: "The service's dead letters that wait to be sent back, oldest first, a page at a time: ids, topic, offsets, reason and time; never the message's content" })
  @ApiOkResponse({ type: WaitingDeadLettersPageDto })
  @ApiBadRequestResponse({ description: '`page-limit-out-of-range`, `page-cursor-unreadable`' })
  deadLetters(@Query() query: PageQuery): Promise<WaitingDeadLettersPageDto> {
    return new DeadLetterRepository(this.dataSource.manager).waiting(this.serviceName, query.limit, decodePageCursor(query.after, isInstantAndIdKey));
  }

  @Post('dead-letters/:id/resend')
  @HttpCode(200)
  @Requires(Permission.operationsResend)
  @ApiOperation({
    summary:
      "Sends a dead letter back to the service's own consumer after its cause was fixed: decoded, put through the inbox and the topic's handler like a new message, and settled, in one transaction. Sending it back again does nothing (`already-settled`). Every call is audited",
  })
  @ApiOkResponse({ type: ResendOutcomeDto })
  @ApiBadRequestResponse({ description: '`dead-letter-id-invalid`' })
  @ApiNotFoundResponse({ description: '`dead-letter-not-found`: no dead letter of this service has the id' })
  @ApiConflictResponse({
    description:
      '`dead-letter-still-failing` (with `reason`): the handler failed again; it keeps waiting. `dead-letter-invalid` (with `reason`): the message itself is invalid. `dead-letter-content-removed` (with `contentRemoved`): its message was removed by retention or an erasure. `dead-letter-topic-not-handled`',
  })
  async resend(@Param() { id }: DeadLetterParams, @CurrentPrincipal() operator: Principal): Promise<ResendOutcomeDto> {
    return { id, outcome: await this.resender.resend(id, operator) };
  }

  @Post('dead-letters/:id/discard')
  @HttpCode(200)
  @Requires(Permission.operationsResend)
  @ApiOperation({
    summary:
      'Discards a dead letter that will not be sent back (invalid, no longer wanted, or its message removed): settled as discarded, its message cleared, it leaves the list. Discarding it again does nothing (`already-settled`). Every call is audited',
  })
  @ApiOkResponse({ type: DiscardOutcomeDto })
  @ApiBadRequestResponse({ description: '`dead-letter-id-invalid`' })
  @ApiNotFoundResponse({ description: '`dead-letter-not-found`: no dead letter of this service has the id' })
  async discard(@Param() { id }: DeadLetterParams, @CurrentPrincipal() operator: Principal): Promise<DiscardOutcomeDto> {
    return { id, outcome: await this.resender.discard(id, operator) };
  }
}
