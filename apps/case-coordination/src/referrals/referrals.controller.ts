import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, Permission, Requires, type Page, type Principal } from '@ssp/platform';
import { AccessLogService, REFERRAL_HANDLING } from '../access-log/access-log.service';
import { PersonPageQuery, PersonParams } from '../persons/persons.controller';
import { AnswerReferralDto, PersonReferralPageDto, ReferralDto, ReferralParams, ReferralsQuery, ReferralSummaryPageDto, type PersonReferralDto, type ReferralSummaryDto } from './referrals.dto';
import { ReferralsService } from './referrals.service';

const WHO_READS =
  'Members of the receiving body (SSP-U, SSP+, the family department) see the referrals to it; the Monday group and the coordination team see every one; anyone else is refused (403 `referral-no-receiving-body`)';

@ApiTags('referrals')
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Requires(Permission.referralReceive)
  @ApiOperation({ summary: `The referrals to the caller's receiving bodies, oldest first, a page at a time (docs/paging.md); each listed person's read is logged (referral-handling). ${WHO_READS}` })
  @ApiOkResponse({ type: ReferralSummaryPageDto })
  @ApiBadRequestResponse({ description: '`referrals-status-invalid`, or a page cursor that is not one' })
  @ApiForbiddenResponse({ description: '`referral-no-receiving-body`' })
  async list(@Query() { status, limit, after }: ReferralsQuery, @CurrentPrincipal() principal: Principal): Promise<Page<ReferralSummaryDto>> {
    const page = await this.referrals.referralsFor(principal, status, limit, after);
    await this.accessLog.record(principal, [...new Set(page.items.map((referral) => referral.personPseudonym))], 'referrals', REFERRAL_HANDLING);
    return page;
  }

  @Get(':referralId')
  @Requires(Permission.referralReceive)
  @ApiOperation({
    summary: `What a referral needs and no more: the person's name and birth date (the pseudonym alone where no identity is held), the reason, the consent, who referred when, and the answer; no incidents, notes or other decisions. The read is logged (referral-handling). ${WHO_READS}`,
  })
  @ApiOkResponse({ type: ReferralDto })
  @ApiForbiddenResponse({ description: '`referral-no-receiving-body`' })
  @ApiNotFoundResponse({ description: '`referral-not-found`: no such referral to a body the caller sits in' })
  async referral(@Param() { referralId }: ReferralParams, @CurrentPrincipal() principal: Principal): Promise<ReferralDto> {
    const referral = await this.referrals.referral(principal, referralId);
    await this.accessLog.record(principal, [referral.personPseudonym], 'referral', REFERRAL_HANDLING);
    return referral;
  }

  @Post(':referralId/answer')
  @HttpCode(200)
  @Requires(Permission.referralReceive)
  @ApiOperation({ summary: 'A member of the receiving body accepts or declines the referral, once; the Monday group sees the answer (ssp.referral.answered.v1). The read of the answer is logged (referral-handling)' })
  @ApiOkResponse({ type: ReferralDto })
  @ApiBadRequestResponse({ description: '`referral-answer-invalid`, `referral-answer-note-invalid`' })
  @ApiForbiddenResponse({ description: '`referral-no-receiving-body`; `referral-answer-not-receiver`: the Monday group reads the referral, only the receiving body answers it' })
  @ApiNotFoundResponse({ description: '`referral-not-found`' })
  @ApiConflictResponse({ description: '`referral-already-answered`' })
  async answer(@Param() { referralId }: ReferralParams, @Body() request: AnswerReferralDto, @CurrentPrincipal() principal: Principal): Promise<ReferralDto> {
    const referral = await this.referrals.answer(principal, referralId, request, this.clock.now());
    await this.accessLog.record(principal, [referral.personPseudonym], 'referral answer', REFERRAL_HANDLING);
    return referral;
  }
}

@ApiTags('referrals')
@Controller('persons/:pseudonym/referrals')
export class PersonReferralsController {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly accessLog: AccessLogService,
  ) {}

  @Get()
  @Requires(Permission.personDataRead)
  @ApiOperation({ summary: "The person's referrals with their answers, oldest first, a page at a time (docs/paging.md): the Monday group follows what the receiving bodies answered. The read is logged with its purpose" })
  @ApiOkResponse({ type: PersonReferralPageDto })
  @ApiNotFoundResponse({ description: '`person-not-found`: no such person' })
  async list(@Param() { pseudonym }: PersonParams, @Query() { purpose, limit, after }: PersonPageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<PersonReferralDto>> {
    const page = await this.referrals.referralsOf(pseudonym, limit, after);
    await this.accessLog.record(principal, [pseudonym], 'referrals', purpose);
    return page;
  }
}
