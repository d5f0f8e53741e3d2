import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, Permission, Requires, type Principal } from '@ssp/platform';
import { AccessLogService } from '../access-log/access-log.service';
import { PersonParams } from '../persons/persons.controller';
import { CreateErasureRequestDto, ErasureReceiptDto, ReceiptParams } from './erasure-request.dto';
import { ErasureRequestService } from './erasure-request.service';

/** Erasure on a person's documented request (GDPR art. 17), and its receipts. */
@ApiTags('persons')
@Controller()
export class ErasureRequestsController {
  constructor(
    private readonly requests: ErasureRequestService,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  @Post('persons/:pseudonym/erasure-requests')
  @Requires(Permission.dataSubjectRequests)
  @ApiOperation({
    summary: "Erases the person at once on their documented request (GDPR art. 17), as retention erases (the persons merged into them too), everywhere the identity is held; returns the receipt",
    description:
      'The erasure cannot be undone. Case coordination erases what the receipt names in one transaction and publishes `ssp.person.erased.v1` (reason `request`) for each pseudonym: the ingestion deletes its vault row and tombstones the identity topic, reporting forgets the person. The receipt keeps no personal data.',
  })
  @ApiCreatedResponse({ type: ErasureReceiptDto })
  @ApiBadRequestResponse({ description: '`erasure-reference-invalid`, `erasure-received-on-invalid`, `erasure-received-on-future`, `erasure-grounds-unknown`, `erasure-note-invalid`, `erasure-note-names-person`' })
  @ApiNotFoundResponse({ description: '`person-not-found`: no such person' })
  @ApiConflictResponse({
    description:
      '`person-already-erased` (with `earlierReceiptId` when a request erased them); `person-merged` (with `mergedInto`: the request is for the kept person); `erasure-open-intervention`: an intervention is open, and is completed first',
  })
  erase(@Param() { pseudonym }: PersonParams, @Body() request: CreateErasureRequestDto, @CurrentPrincipal() principal: Principal): Promise<ErasureReceiptDto> {
    return this.requests.erase(pseudonym, request, principal, this.clock.now());
  }

  @Get('erasure-receipts/:id')
  @Requires(Permission.dataSubjectRequests)
  @ApiOperation({ summary: 'The receipt of an erasure on request, as it was returned; the read is logged in the person’s access log with the purpose data-subject-request' })
  @ApiOkResponse({ type: ErasureReceiptDto })
  @ApiBadRequestResponse({ description: '`erasure-receipt-id-invalid`' })
  @ApiNotFoundResponse({ description: '`erasure-receipt-not-found`' })
  async receipt(@Param() { id }: ReceiptParams, @CurrentPrincipal() principal: Principal): Promise<ErasureReceiptDto> {
    const receipt = await this.requests.receipt(id);
    await this.accessLog.record(principal, [receipt.personPseudonym], 'erasure-receipt', 'data-subject-request');
    return receipt;
  }
}
