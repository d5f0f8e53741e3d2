import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Permission, Requires, type Principal } from '@ssp/platform';
import { ConcernReceiptDto, RaiseConcernDto } from './concerns.dto';
import { ConcernsService } from './concerns.service';

@ApiTags('concerns')
@Controller('concerns')
export class ConcernsController {
  constructor(private readonly concerns: ConcernsService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @Requires(Permission.concernRaise)
  @ApiOperation({
    summary: "Raises a concern about a child, who may be on no police list; the child is on the Monday group's next agenda once case coordination has it",
    description:
      'The child gets the pseudonym a police list would give, so later incidents join the same person. The identity goes to the vault (one held is kept) and the identity topic; the worry travels sealed and is kept only in case coordination.',
  })
  @ApiAcceptedResponse({ type: ConcernReceiptDto })
  @ApiBadRequestResponse({ description: 'A field breaks its rule, no CPR number or birth date, a birth date that does not agree with the CPR number, or an unknown area; `code` says which' })
  @ApiForbiddenResponse({ description: 'Not a member who may raise concerns, or a source the caller may not speak for (`concern-source-not-yours`)' })
  raise(@Body() request: RaiseConcernDto, @CurrentPrincipal() principal: Principal): Promise<ConcernReceiptDto> {
    return this.concerns.raise(request, principal);
  }
}
