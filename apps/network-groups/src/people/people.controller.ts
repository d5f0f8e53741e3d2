import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, PageQuery, Permission, Requires, type Principal } from '@ssp/platform';
import { PersonDto, PersonPageDto, PersonParams, UpdatePersonDto } from './people.dto';
import { PeopleService } from './people.service';

@ApiTags('people and organisations')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: 'The professionals the caller may see: everyone for the secretariat; for a member, the current members of their own bodies (and themself); a page at a time (docs/paging.md)' })
  @ApiOkResponse({ type: PersonPageDto })
  list(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<PersonPageDto> {
    return this.people.list(principal, query.limit, query.after);
  }

  // Declared before :personId, which would otherwise take "me".
  @Get('me')
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: 'The signed-in person (by the token subject) with all their memberships, past and current' })
  @ApiOkResponse({ type: PersonDto })
  @ApiNotFoundResponse({ description: 'No person is linked to this sign-in yet' })
  me(@CurrentPrincipal() principal: Principal): Promise<PersonDto> {
    return this.people.me(principal);
  }

  @Get(':personId')
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: 'A person with past and current memberships; a member sees only people of their own bodies, and only the bodies they share' })
  @ApiOkResponse({ type: PersonDto })
  @ApiNotFoundResponse({ description: 'No such person, or not one the caller may see' })
  get(@Param() { personId }: PersonParams, @CurrentPrincipal() principal: Principal): Promise<PersonDto> {
    return this.people.get(principal, personId);
  }

  @Patch(':personId')
  @Requires(Permission.groupsManage)
  @ApiOperation({ summary: 'Links the sign-in (token subject) to a person, or corrects name and e-mail (the secretariat)' })
  @ApiOkResponse({ type: PersonDto })
  @ApiBadRequestResponse({ description: 'Nothing to change, or a field is invalid' })
  @ApiNotFoundResponse({ description: 'No such person' })
  @ApiConflictResponse({ description: 'The subject or e-mail belongs to another person' })
  update(@Param() { personId }: PersonParams, @Body() request: UpdatePersonDto, @CurrentPrincipal() principal: Principal): Promise<PersonDto> {
    return this.people.update(principal, personId, request);
  }
}
