import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COORDINATION_TEAM, PageQuery, Permission, Requires, type RecordScope } from '@ssp/platform';
import { AreaAlertPageDto, AreaParams, AreaSignalsDto, SignalsQuery } from './area-signals.dto';
import { AreaSignalsService } from './area-signals.service';

/** An area's signals and alerts: for those who work in it, and read by the coordination team for every area. */
const AREA_SCOPE: RecordScope = { kind: 'area', param: 'areaId', readByMembersOf: COORDINATION_TEAM };

@ApiTags('area signals')
@Controller('areas/:areaId')
export class AreaSignalsController {
  constructor(private readonly areaSignals: AreaSignalsService) {}

  @Get('signals')
  @Requires(Permission.statisticsArea, AREA_SCOPE)
  @ApiOperation({ summary: "The area's weekly police incidents per offence category, anonymised: counts below 5 are suppressed" })
  @ApiOkResponse({ type: AreaSignalsDto })
  @ApiBadRequestResponse({ description: 'from or to is not a day, from is after to, or the range spans more than 104 weeks' })
  @ApiNotFoundResponse({ description: 'No such local area' })
  signals(@Param() { areaId }: AreaParams, @Query() query: SignalsQuery): Promise<AreaSignalsDto> {
    return this.areaSignals.signalsOf(areaId, query.from, query.to);
  }

  @Get('alerts')
  @Requires(Permission.statisticsArea, AREA_SCOPE)
  @ApiOperation({ summary: "The area's alerts: weeks in which an offence category rose well above its recent level, newest first, a page at a time (docs/paging.md)" })
  @ApiOkResponse({ type: AreaAlertPageDto })
  @ApiNotFoundResponse({ description: 'No such local area' })
  alerts(@Param() { areaId }: AreaParams, @Query() query: PageQuery): Promise<AreaAlertPageDto> {
    return this.areaSignals.alertsOf(areaId, query.limit, query.after);
  }
}

/** Every area's alerts at once: for those who see every area, and read by the coordination team. */
const EVERY_AREA_SCOPE: RecordScope = { kind: 'area', readByMembersOf: COORDINATION_TEAM };

@ApiTags('area signals')
@Controller('alerts')
export class EveryAreaAlertsController {
  constructor(private readonly areaSignals: AreaSignalsService) {}

  @Get()
  @Requires(Permission.statisticsArea, EVERY_AREA_SCOPE)
  @ApiOperation({
    summary: "Every area's alerts, newest week first, a page at a time (docs/paging.md): the view across the network groups, for the coordination team and those who see every area",
  })
  @ApiOkResponse({ type: AreaAlertPageDto })
  @ApiBadRequestResponse({ description: 'The page is asked for wrongly' })
  alerts(@Query() query: PageQuery): Promise<AreaAlertPageDto> {
    return this.areaSignals.alertsOfEveryArea(query.limit, query.after);
  }
}
