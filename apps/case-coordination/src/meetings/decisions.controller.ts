import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, Permission, Requires, type Page, type Principal } from '@ssp/platform';
import { AccessLogService } from '../access-log/access-log.service';
import { PersonPageQuery, PersonParams } from '../persons/persons.controller';
import { CreateDecisionDto, DecisionDto, DecisionPageDto, DecisionParams, RecordAssessmentDto } from './decisions.dto';
import { DecisionsService } from './decisions.service';

@ApiTags('decisions')
@Controller('persons/:pseudonym/decisions')
export class DecisionsController {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Requires(Permission.personDataWrite)
  @ApiOperation({
    summary: "The Monday group's decision about a person: reviews the new incidents, clears the flag (a follow-up keeps it), moves the case, starts the 24-hour clock of a notification",
  })
  @ApiCreatedResponse({ type: DecisionDto })
  @ApiNotFoundResponse({ description: '`person-not-found`: no such person, or the person is erased; `case-not-found`: the person has no case' })
  @ApiConflictResponse({ description: 'The case is in a state where this decision is not allowed (Danish message)' })
  decide(@Param() { pseudonym }: PersonParams, @Body() request: CreateDecisionDto, @CurrentPrincipal() principal: Principal): Promise<DecisionDto> {
    return this.decisions.decide(pseudonym, request, principal, this.clock.now());
  }

  @Post(':decisionId/assessment')
  @Requires(Permission.assessmentRecord)
  @ApiOperation({
    summary:
      "The family department's assessment of a notification within 24 hours (does the child need acute support?), recorded once with who made it: it answers the notification's clock",
  })
  @ApiCreatedResponse({ type: DecisionDto })
  @ApiBadRequestResponse({ description: '`assessment-conclusion-unknown`, or an id in the address that is not one' })
  @ApiNotFoundResponse({ description: '`decision-not-found`: the person has no such decision' })
  @ApiConflictResponse({ description: '`assessment-not-asked`: the decision is no notification; `assessment-already-recorded`' })
  recordAssessment(@Param() { pseudonym, decisionId }: DecisionParams, @Body() request: RecordAssessmentDto, @CurrentPrincipal() principal: Principal): Promise<DecisionDto> {
    return this.decisions.recordAssessment(pseudonym, decisionId, request, principal, this.clock.now());
  }

  @Get()
  @Requires(Permission.personDataRead)
  @ApiOperation({
    summary: "The decisions about a person with the family department's 24-hour assessment clock, oldest first, a page at a time (docs/paging.md); the read is logged with its purpose",
  })
  @ApiOkResponse({ type: DecisionPageDto })
  @ApiNotFoundResponse({ description: '`person-not-found`: no such person' })
  async list(@Param() { pseudonym }: PersonParams, @Query() { purpose, limit, after }: PersonPageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<DecisionDto>> {
    const decisions = await this.decisions.decisionsOf(pseudonym, this.clock.now(), limit, after);
    await this.accessLog.record(principal, [pseudonym], 'decisions', purpose);
    return decisions;
  }
}
