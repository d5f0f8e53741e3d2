import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, Permission, Requires, type Principal } from '@ssp/platform';
import { PersonParams } from '../persons/persons.controller';
import { CreateInterventionDto, InterventionDto, InterventionParams, UpdateInterventionDto } from './interventions.dto';
import { InterventionsService } from './interventions.service';

@ApiTags('interventions')
@Controller()
export class InterventionsController {
  constructor(
    private readonly interventions: InterventionsService,
    private readonly clock: Clock,
  ) {}

  @Post('persons/:pseudonym/interventions')
  @Requires(Permission.personDataWrite)
  @ApiOperation({ summary: 'Agrees an intervention (owner body, responsible person, deadline) in a case where action was decided; it answers a pending notification to the family department' })
  @ApiCreatedResponse({ type: InterventionDto })
  @ApiNotFoundResponse({ description: '`person-not-found`: no such person, or the person is erased; `case-not-found`: the person has no case' })
  @ApiConflictResponse({ description: 'No action has been decided in the case (Danish message)' })
  assign(@Param() { pseudonym }: PersonParams, @Body() request: CreateInterventionDto, @CurrentPrincipal() principal: Principal): Promise<InterventionDto> {
    return this.interventions.assign(pseudonym, request, principal, this.clock.now());
  }

  @Patch('interventions/:id')
  @Requires(Permission.personDataWrite)
  @ApiOperation({ summary: 'Starts or completes an intervention (with its outcome); completing the last open one closes the case' })
  @ApiOkResponse({ type: InterventionDto })
  @ApiNotFoundResponse({ description: '`intervention-not-found`: no such intervention' })
  @ApiConflictResponse({ description: 'The status change is not allowed (Danish message)' })
  update(@Param() { id }: InterventionParams, @Body() request: UpdateInterventionDto): Promise<InterventionDto> {
    return this.interventions.update(id, request, this.clock.now());
  }
}
