import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission, Requires } from '@ssp/platform';
import { AreaDto, AreaTableChangedDto, AreaTableDto, OffenceCategoryDto, OffenceCategoryTableChangedDto, OffenceCategoryTableDto } from './reference-data.dto';
import { APPLIES_TO_NEW_ROWS, ReferenceDataService } from './reference-data.service';

@ApiTags('reference-data')
@Controller()
export class ReferenceDataController {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @Get('areas')
  @Requires(Permission.policeListRead)
  @ApiOperation({ summary: 'The local areas and the postal codes (and schools) that place a young person in them' })
  @ApiOkResponse({ type: [AreaDto] })
  areas(): Promise<AreaDto[]> {
    return this.referenceData.areas();
  }

  @Put('areas')
  @Requires(Permission.referenceDataManage)
  @ApiOperation({ summary: 'Replaces the area table; applies to rows of lists read from now on, and reaches the other services on ssp.reference.area.v1 (a new area gets its network group and statistics label)' })
  @ApiOkResponse({ type: AreaTableChangedDto })
  async replaceAreas(@Body() table: AreaTableDto): Promise<AreaTableChangedDto> {
    return { areas: await this.referenceData.replaceAreas(table.areas), appliesTo: APPLIES_TO_NEW_ROWS };
  }

  @Get('offence-categories')
  @Requires(Permission.policeListRead)
  @ApiOperation({ summary: 'The offence categories in order, with the patterns that place an offence in them' })
  @ApiOkResponse({ type: [OffenceCategoryDto] })
  offenceCategories(): Promise<OffenceCategoryDto[]> {
    return this.referenceData.offenceCategories();
  }

  @Put('offence-categories')
  @Requires(Permission.referenceDataManage)
  @ApiOperation({ summary: 'Replaces the offence-category table; applies to rows of lists read from now on, and reaches the other services on ssp.reference.offence-category.v1' })
  @ApiOkResponse({ type: OffenceCategoryTableChangedDto })
  async replaceOffenceCategories(@Body() table: OffenceCategoryTableDto): Promise<OffenceCategoryTableChangedDto> {
    return { categories: await this.referenceData.replaceOffenceCategories(table.categories), appliesTo: APPLIES_TO_NEW_ROWS };
  }
}
