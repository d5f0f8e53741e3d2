import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, PageQuery, Permission, Requires, type Principal } from '@ssp/platform';
import { BodyParams } from '../bodies/bodies.dto';
import { CreateScheduleDto, ScheduleDto, SchedulePageDto, ScheduleParams, UpdateScheduleDto } from './meetings.dto';
import { SchedulesService } from './schedules.service';
import { BODY_SCOPE } from '../bodies/body-scope';

/** A body's members run their own meetings; the secretariat (groups:manage) sees and runs every body's. */

@ApiTags('meetings')
@Controller('bodies/:bodyId/schedules')
export class SchedulesController {
  constructor(
    private readonly schedules: SchedulesService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: "The body's recurring meeting schedules, oldest first, a page at a time (docs/paging.md)" })
  @ApiOkResponse({ type: SchedulePageDto })
  @ApiNotFoundResponse({ description: 'No such body' })
  list(@Param() { bodyId }: BodyParams, @Query() query: PageQuery): Promise<SchedulePageDto> {
    return this.schedules.list(bodyId, query.limit, query.after);
  }

  @Post()
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({
    summary: 'Adds a recurring schedule (every N weeks on a weekday, or monthly on the n-th weekday, at a Copenhagen wall time); its meetings up to the horizon go in the calendar at once',
  })
  @ApiCreatedResponse({ type: ScheduleDto })
  @ApiBadRequestResponse({ description: 'A field is missing or wrong; the message names it' })
  @ApiNotFoundResponse({ description: 'No such body' })
  create(@Param() { bodyId }: BodyParams, @Body() request: CreateScheduleDto, @CurrentPrincipal() principal: Principal): Promise<ScheduleDto> {
    return this.schedules.create(bodyId, request, principal, this.clock.now());
  }

  @Patch(':scheduleId')
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({
    summary:
      'Changes a schedule (title, time, length, last day, place): its coming meetings follow, those after a new last day are cancelled, those an earlier last day cancelled come back under a later one, and the members are told',
  })
  @ApiOkResponse({ type: ScheduleDto })
  @ApiBadRequestResponse({ description: 'Nothing to change, or a field is wrong; the message names it' })
  @ApiNotFoundResponse({ description: 'No such schedule in this body' })
  @ApiConflictResponse({ description: "The Monday group's schedule would end before meetings already in the calendar (monday-group-schedule-end-cancels-meetings)" })
  update(@Param() { bodyId, scheduleId }: ScheduleParams, @Body() request: UpdateScheduleDto, @CurrentPrincipal() principal: Principal): Promise<ScheduleDto> {
    return this.schedules.update(bodyId, scheduleId, request, principal, this.clock.now());
  }
}
