import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, Permission, Requires, type Principal } from '@ssp/platform';
import { BodyParams } from '../bodies/bodies.dto';
import { MeetingChangesService } from './meeting-changes.service';
import { MeetingRecordsService } from './meeting-records.service';
import {
  ActionItemPageDto,
  ActionItemDto,
  ActionItemParams,
  ActionItemsQuery,
  AddActionItemDto,
  AddAgendaItemDto,
  AddDecisionDto,
  AgendaItemDto,
  AttendanceDto,
  CancelMeetingDto,
  CreateMeetingDto,
  DecisionDto,
  MeetingDetailDto,
  MeetingDto,
  MeetingParams,
  MeetingsQuery,
  MoveMeetingDto,
  RecordAttendanceDto,
  UpdateActionItemDto,
  WriteMinutesDto,
} from './meetings.dto';
import { MeetingsService } from './meetings.service';
import { BODY_SCOPE, MEETINGS_SCOPE } from '../bodies/body-scope';

const HELD = 'The minutes are approved (the meeting is held); its record can no longer change';

@ApiTags('meetings')
@Controller('bodies/:bodyId')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly records: MeetingRecordsService,
    private readonly changes: MeetingChangesService,
    private readonly clock: Clock,
  ) {}

  @Get('meetings')
  @Requires(Permission.groupsRead, MEETINGS_SCOPE)
  @ApiOperation({ summary: "The body's meetings whose Copenhagen day is from `from` to `to` (both included)" })
  @ApiOkResponse({ type: [MeetingDto] })
  @ApiBadRequestResponse({ description: 'A day is wrong, to is before from, or the range is over two years' })
  @ApiNotFoundResponse({ description: 'No such body' })
  list(@Param() { bodyId }: BodyParams, @Query() query: MeetingsQuery): Promise<MeetingDto[]> {
    return this.meetings.list(bodyId, query.from, query.to, this.clock.now());
  }

  @Post('meetings')
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: 'Puts a single meeting in the calendar at a Copenhagen day and wall time' })
  @ApiCreatedResponse({ type: MeetingDto })
  @ApiBadRequestResponse({ description: 'A field is missing or wrong; the message names it' })
  @ApiNotFoundResponse({ description: 'No such body' })
  create(@Param() { bodyId }: BodyParams, @Body() request: CreateMeetingDto, @CurrentPrincipal() principal: Principal): Promise<MeetingDto> {
    return this.meetings.createMeeting(bodyId, request, principal, this.clock.now());
  }

  @Get('meetings/:meetingId')
  @Requires(Permission.groupsRead, MEETINGS_SCOPE)
  @ApiOperation({ summary: 'A meeting with its agenda, attendance, minutes, decisions and action items' })
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiNotFoundResponse({ description: 'No such meeting in this body' })
  get(@Param() { bodyId, meetingId }: MeetingParams): Promise<MeetingDetailDto> {
    return this.meetings.get(bodyId, meetingId);
  }

  @Patch('meetings/:meetingId')
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: 'Moves a meeting that has not begun to another Copenhagen day and time (and place); the members are told, and it is announced again as scheduled' })
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiBadRequestResponse({ description: 'A field is wrong, or the new time is not ahead' })
  @ApiNotFoundResponse({ description: 'No such meeting in this body' })
  @ApiConflictResponse({ description: 'The meeting has begun, is held or is cancelled' })
  move(@Param() { bodyId, meetingId }: MeetingParams, @Body() request: MoveMeetingDto, @CurrentPrincipal() principal: Principal): Promise<MeetingDetailDto> {
    return this.changes.move(bodyId, meetingId, request, principal, this.clock.now());
  }

  @Post('meetings/:meetingId/cancel')
  @HttpCode(200)
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: "Cancels a meeting that has not begun, with a reason; its agenda items go to the body's next meeting and the members are told" })
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiBadRequestResponse({ description: 'No reason, or a CPR number in it' })
  @ApiNotFoundResponse({ description: 'No such meeting in this body' })
  @ApiConflictResponse({ description: "The meeting has begun, is held or cancelled already, or is the Monday group's" })
  cancel(@Param() { bodyId, meetingId }: MeetingParams, @Body() request: CancelMeetingDto, @CurrentPrincipal() principal: Principal): Promise<MeetingDetailDto> {
    return this.changes.cancel(bodyId, meetingId, request, principal, this.clock.now());
  }

  @Post('meetings/:meetingId/agenda-items')
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: 'Adds an item to the agenda' })
  @ApiCreatedResponse({ type: AgendaItemDto })
  @ApiNotFoundResponse({ description: 'No such meeting in this body' })
  @ApiConflictResponse({ description: HELD })
  addAgendaItem(@Param() { bodyId, meetingId }: MeetingParams, @Body() request: AddAgendaItemDto, @CurrentPrincipal() principal: Principal): Promise<AgendaItemDto> {
    return this.records.addAgendaItem(bodyId, meetingId, request, principal, this.clock.now());
  }

  @Put('meetings/:meetingId/attendance')
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: 'Records who was present, absent or excused (members of the body on the meeting day); a person recorded again is corrected' })
  @ApiOkResponse({ type: [AttendanceDto] })
  @ApiBadRequestResponse({ description: 'An entry is wrong or names someone who is not a member on the day' })
  @ApiNotFoundResponse({ description: 'No such meeting in this body' })
  @ApiConflictResponse({ description: HELD })
  recordAttendance(@Param() { bodyId, meetingId }: MeetingParams, @Body() request: RecordAttendanceDto, @CurrentPrincipal() principal: Principal): Promise<AttendanceDto[]> {
    return this.records.recordAttendance(bodyId, meetingId, request.entries, principal, this.clock.now());
  }

  @Put('meetings/:meetingId/minutes')
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: 'Writes (or rewrites) the minutes; no CPR numbers: matters about a young person belong in case coordination' })
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiNotFoundResponse({ description: 'No such meeting in this body' })
  @ApiConflictResponse({ description: HELD })
  writeMinutes(@Param() { bodyId, meetingId }: MeetingParams, @Body() request: WriteMinutesDto): Promise<MeetingDetailDto> {
    return this.records.writeMinutes(bodyId, meetingId, request.text, this.clock.now());
  }

  @Post('meetings/:meetingId/minutes/approve')
  @HttpCode(200)
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: 'Approves the minutes: the meeting is held, its record closes, and meeting held is published with the counts' })
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiNotFoundResponse({ description: 'No such meeting in this body' })
  @ApiConflictResponse({ description: 'Already approved, the meeting has not begun, or there are no minutes' })
  approve(@Param() { bodyId, meetingId }: MeetingParams, @CurrentPrincipal() principal: Principal): Promise<MeetingDetailDto> {
    return this.records.approveMinutes(bodyId, meetingId, principal, this.clock.now());
  }

  @Post('meetings/:meetingId/decisions')
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: 'Records a decision of the meeting' })
  @ApiCreatedResponse({ type: DecisionDto })
  @ApiNotFoundResponse({ description: 'No such meeting in this body' })
  @ApiConflictResponse({ description: HELD })
  addDecision(@Param() { bodyId, meetingId }: MeetingParams, @Body() request: AddDecisionDto, @CurrentPrincipal() principal: Principal): Promise<DecisionDto> {
    return this.records.addDecision(bodyId, meetingId, request, principal, this.clock.now());
  }

  @Post('meetings/:meetingId/action-items')
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: 'Agrees an action item with an owner (a member on the meeting day) and a deadline (the meeting day or later)' })
  @ApiCreatedResponse({ type: ActionItemDto })
  @ApiBadRequestResponse({ description: 'A field is wrong, the owner is not a member, or the deadline is before the meeting' })
  @ApiNotFoundResponse({ description: 'No such meeting in this body' })
  @ApiConflictResponse({ description: HELD })
  addActionItem(@Param() { bodyId, meetingId }: MeetingParams, @Body() request: AddActionItemDto, @CurrentPrincipal() principal: Principal): Promise<ActionItemDto> {
    return this.records.addActionItem(bodyId, meetingId, request, principal, this.clock.now());
  }

  @Patch('meetings/:meetingId/action-items/:actionItemId')
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: 'Marks an action item done (also after the meeting is held)' })
  @ApiOkResponse({ type: ActionItemDto })
  @ApiNotFoundResponse({ description: 'No such action item in this meeting' })
  @ApiConflictResponse({ description: 'The action item is already done' })
  completeActionItem(@Param() { bodyId, meetingId, actionItemId }: ActionItemParams, @Body() _request: UpdateActionItemDto): Promise<ActionItemDto> {
    return this.records.completeActionItem(bodyId, meetingId, actionItemId, this.clock.now());
  }

  @Get('action-items')
  @Requires(Permission.groupsRead, BODY_SCOPE)
  @ApiOperation({ summary: "The body's action items from all its meetings, by deadline, a page at a time (docs/paging.md)" })
  @ApiOkResponse({ type: ActionItemPageDto })
  @ApiNotFoundResponse({ description: 'No such body' })
  actionItems(@Param() { bodyId }: BodyParams, @Query() query: ActionItemsQuery): Promise<ActionItemPageDto> {
    return this.records.actionItemsOf(bodyId, query.status, query.limit, query.after);
  }
}
