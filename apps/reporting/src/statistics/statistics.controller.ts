import { Controller, Get, Headers, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Clock, danishYear, Permission, Requires } from '@ssp/platform';
import type { Response } from 'express';
import { chooseFormat, MEDIA_TYPES, type ExportFormat } from '../exports/export-format';
import { exportFileName, tableCsv, tableXlsx } from '../exports/table-export';
import type { Audience, StatisticTable } from './statistic-table';
import { AreaStatisticParams, FullStatisticQuery, StatisticParams, StatisticTableDto, SuppressedStatisticQuery } from './statistics.dto';
import { StatisticsService } from './statistics.service';

/**
 * One route per audience, because the audience decides what is shown: the permission says
 * who may call it, and the area route's scope limits a network group to its own area (the
 * access policy checks the `areaId` path parameter against the caller's areas).
 */
@ApiTags('statistics')
@ApiProduces(MEDIA_TYPES.json, MEDIA_TYPES.csv, MEDIA_TYPES.xlsx)
@Controller('statistics')
export class StatisticsController {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly clock: Clock,
  ) {}

  @Get('full/:statistic')
  @Requires(Permission.statisticsFull)
  @ApiOperation({ summary: 'A statistic with every count, for the coordination team: any whole months (at most ten years), any area, any breakdown. JSON, CSV or XLSX' })
  @ApiOkResponse({ type: StatisticTableDto })
  @ApiBadRequestResponse({ description: 'A query field that does not fit the statistic (named in the message)' })
  async full(@Param() { statistic }: StatisticParams, @Query() query: FullStatisticQuery, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) response: Response) {
    const year = danishYear(this.clock.now());
    const table = await this.statistics.table(statistic, { kind: 'full' }, { ...query, from: query.from ?? `${year}-01`, to: query.to ?? `${year}-12` });
    return send(table, chooseFormat(query.format, accept), response);
  }

  @Get('municipality/:statistic')
  @Requires(Permission.statisticsSuppressed)
  @ApiOperation({ summary: 'A statistic for the whole municipality with small counts suppressed (the Lokalråd): one calendar year, at most one breakdown' })
  @ApiOkResponse({ type: StatisticTableDto })
  @ApiBadRequestResponse({ description: 'A query field that does not fit the statistic (named in the message)' })
  async municipality(@Param() { statistic }: StatisticParams, @Query() query: SuppressedStatisticQuery, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) response: Response) {
    return this.suppressed(statistic, { kind: 'municipality' }, query, accept, response);
  }

  @Get('areas/:areaId/:statistic')
  @Requires(Permission.statisticsArea, { kind: 'area', param: 'areaId' })
  @ApiOperation({ summary: "A statistic for one local area with small counts suppressed: a network group's own area (the coordination team may ask for any)" })
  @ApiOkResponse({ type: StatisticTableDto })
  @ApiBadRequestResponse({ description: 'A query field that does not fit the statistic (named in the message)' })
  async area(@Param() { areaId, statistic }: AreaStatisticParams, @Query() query: SuppressedStatisticQuery, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) response: Response) {
    return this.suppressed(statistic, { kind: 'area', areaId }, query, accept, response);
  }

  private async suppressed(statistic: StatisticParams['statistic'], audience: Audience, query: SuppressedStatisticQuery, accept: string | undefined, response: Response) {
    const table = await this.statistics.table(statistic, audience, { ...query, year: query.year ?? danishYear(this.clock.now()) });
    return send(table, chooseFormat(query.format, accept), response);
  }
}

async function send(table: StatisticTable, format: ExportFormat, response: Response): Promise<StatisticTable | string | StreamableFile> {
  response.setHeader('Vary', 'Accept');
  if (format === 'json') return table;
  const disposition = `attachment; filename="${exportFileName(table, format)}"`;
  if (format === 'csv') {
    response.setHeader('Content-Type', `${MEDIA_TYPES.csv}; charset=utf-8`);
    response.setHeader('Content-Disposition', disposition);
    return tableCsv(table);
  }
  return new StreamableFile(await tableXlsx(table), { type: MEDIA_TYPES.xlsx, disposition });
}
