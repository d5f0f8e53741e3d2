import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, Permission, Requires, type Principal } from '@ssp/platform';
import { PersonParams } from '../persons/persons.controller';
import { CaseReopeningDto, ReopenCaseDto } from './case-reopening.dto';
import { CaseReopeningService } from './case-reopening.service';

@ApiTags('decisions')
@Controller('persons/:pseudonym/case')
export class CaseReopeningController {
  constructor(
    private readonly reopenings: CaseReopeningService,
    private readonly clock: Clock,
  ) {}

  @Post('reopen')
  @Requires(Permission.personDataWrite)
  @ApiOperation({
    summary: "The Monday group reopens a person's closed case, with a reason: the case goes back under review and the person onto the next agenda (ssp.case.opened.v1, reopened: true)",
  })
  @ApiCreatedResponse({ type: CaseReopeningDto })
  @ApiBadRequestResponse({ description: '`reopen-reason-unknown` or `reopen-note-invalid`, with a Danish message' })
  @ApiNotFoundResponse({ description: '`person-not-found`: no such person, or the person is erased; `case-not-found`: the person has no case' })
  @ApiConflictResponse({ description: 'The case is not closed (Danish message), or the person is merged into another' })
  reopen(@Param() { pseudonym }: PersonParams, @Body() request: ReopenCaseDto, @CurrentPrincipal() principal: Principal): Promise<CaseReopeningDto> {
    return this.reopenings.reopen(pseudonym, request, principal, this.clock.now());
  }
}
