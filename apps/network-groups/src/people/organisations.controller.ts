import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQuery, Permission, Requires } from '@ssp/platform';
import { CreateOrganisationDto, OrganisationDto, OrganisationPageDto } from './organisations.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('people and organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Requires(Permission.groupsRead)
  @ApiOperation({ summary: 'The member organisations (the home organisations members link back to), self-governing institutions included; a page at a time (docs/paging.md)' })
  @ApiOkResponse({ type: OrganisationPageDto })
  list(@Query() query: PageQuery): Promise<OrganisationPageDto> {
    return this.organisations.list(query.limit, query.after);
  }

  @Post()
  @Requires(Permission.groupsManage)
  @ApiOperation({ summary: 'Registers a member organisation with its kind (the secretariat)' })
  @ApiCreatedResponse({ type: OrganisationDto })
  @ApiConflictResponse({ description: 'An organisation with this name (in any case) exists' })
  create(@Body() request: CreateOrganisationDto): Promise<OrganisationDto> {
    return this.organisations.create(request);
  }
}
