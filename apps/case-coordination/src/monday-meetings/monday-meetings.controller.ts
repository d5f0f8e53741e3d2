import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, PageQuery, Permission, renderA4Page, renderA4Pdf, Requires, type Page, type Principal } from '@ssp/platform';
import { AccessLogService } from '../access-log/access-log.service';
import { minutesDocument } from './minutes-document';
import { MarkItemDto, MeetingItemDto, MeetingItemPageDto, MeetingItemParams, MeetingParams, MinutesDto, MondayMeetingDto, MondayMeetingPageDto, OneMeetingItemDto } from './monday-meetings.dto';
import { MondayMeetingsService } from './monday-meetings.service';

const NOT_FOUND = '`monday-meeting-not-found`: network groups has scheduled no Monday-group meeting with that id';
const PURPOSE = 'monday-group-meeting';

@ApiTags('monday-meetings')
@Controller('monday-meetings')
export class MondayMeetingsController {
  constructor(
    private readonly meetings: MondayMeetingsService,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Requires(Permission.personDataRead)
  @ApiOperation({ summary: "The Monday group's meetings, newest first, a page at a time (docs/paging.md): when, state, and how many items were handled, deferred or not reached" })
  @ApiOkResponse({ type: MondayMeetingPageDto })
  list(@Query() { limit, after }: PageQuery): Promise<Page<MondayMeetingDto>> {
    return this.meetings.meetings(limit, after);
  }

  @Get(':meetingId')
  @Requires(Permission.personDataRead)
  @ApiOperation({ summary: 'One meeting: its state and counts; no persons' })
  @ApiOkResponse({ type: MondayMeetingDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  meeting(@Param() { meetingId }: MeetingParams): Promise<MondayMeetingDto> {
    return this.meetings.meeting(meetingId);
  }

  @Post(':meetingId/open')
  @HttpCode(200)
  @Requires(Permission.personDataWrite)
  @ApiOperation({
    summary: 'Opens the meeting and freezes its agenda: the persons on the live agenda now, with their reasons (at most 500; the rest keep their place on the next agenda)',
  })
  @ApiOkResponse({ type: MondayMeetingDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: '`monday-meeting-not-yet` (before its day), `monday-meeting-already-opened`, `monday-meeting-another-open`' })
  open(@Param() { meetingId }: MeetingParams, @CurrentPrincipal() principal: Principal): Promise<MondayMeetingDto> {
    return this.meetings.open(meetingId, principal, this.clock.now());
  }

  @Put(':meetingId/items/:pseudonym')
  @Requires(Permission.personDataWrite)
  @ApiOperation({ summary: "Marks a person's item handled (after a decision at the meeting) or deferred, while the meeting is open" })
  @ApiOkResponse({ type: MeetingItemDto })
  @ApiNotFoundResponse({ description: `${NOT_FOUND}; \`monday-meeting-item-not-found\`: the person is not on its frozen agenda` })
  @ApiConflictResponse({ description: '`monday-meeting-not-open`, `monday-meeting-item-no-decision`' })
  async markItem(@Param() { meetingId, pseudonym }: MeetingItemParams, @Body() { outcome }: MarkItemDto, @CurrentPrincipal() principal: Principal): Promise<MeetingItemDto> {
    const item = await this.meetings.markItem(meetingId, pseudonym, outcome, principal, this.clock.now());
    await this.accessLog.record(principal, [pseudonym], 'meeting item', PURPOSE);
    return item;
  }

  @Post(':meetingId/close')
  @HttpCode(200)
  @Requires(Permission.personDataWrite)
  @ApiOperation({ summary: 'Closes the meeting: every item nobody marked is recorded as not reached (the person stays on the next agenda)' })
  @ApiOkResponse({ type: MondayMeetingDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: '`monday-meeting-not-open`' })
  close(@Param() { meetingId }: MeetingParams, @CurrentPrincipal() principal: Principal): Promise<MondayMeetingDto> {
    return this.meetings.close(meetingId, principal, this.clock.now());
  }

  @Post(':meetingId/approve')
  @HttpCode(200)
  @Requires(Permission.personDataWrite)
  @ApiOperation({ summary: 'Approves the minutes of a closed meeting, once; then nothing of the meeting changes' })
  @ApiOkResponse({ type: MondayMeetingDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: '`monday-meeting-not-closed`, `monday-meeting-minutes-approved`' })
  approve(@Param() { meetingId }: MeetingParams, @CurrentPrincipal() principal: Principal): Promise<MondayMeetingDto> {
    return this.meetings.approve(meetingId, principal, this.clock.now());
  }

  @Get(':meetingId/items')
  @Requires(Permission.personDataRead)
  @ApiOperation({ summary: "The meeting's frozen agenda, a page at a time, each person with what the meeting recorded about them; the persons read are access-logged" })
  @ApiOkResponse({ type: MeetingItemPageDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  async items(@Param() { meetingId }: MeetingParams, @Query() { limit, after }: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<MeetingItemDto>> {
    const page = await this.meetings.items(meetingId, limit, after);
    await this.accessLog.record(principal, page.items.map((item) => item.personPseudonym), 'meeting items', PURPOSE);
    return page;
  }

  @Get(':meetingId/items/:pseudonym')
  @Requires(Permission.personDataRead)
  @ApiOperation({
    summary: "One person's item of the meeting's frozen agenda, as the items list gives it, with the next item's pseudonym; only this person's read is access-logged",
  })
  @ApiOkResponse({ type: OneMeetingItemDto })
  @ApiNotFoundResponse({ description: `${NOT_FOUND}; \`monday-meeting-item-not-found\`: the person is not on its frozen agenda` })
  async item(@Param() { meetingId, pseudonym }: MeetingItemParams, @CurrentPrincipal() principal: Principal): Promise<OneMeetingItemDto> {
    const item = await this.meetings.item(meetingId, pseudonym);
    await this.accessLog.record(principal, [pseudonym], 'meeting item', PURPOSE);
    return item;
  }

  @Get(':meetingId/minutes')
  @Requires(Permission.personDataRead)
  @ApiOperation({ summary: 'The whole minutes as JSON: the meeting and every item of its frozen agenda; access-logged' })
  @ApiOkResponse({ type: MinutesDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  minutes(@Param() { meetingId }: MeetingParams, @CurrentPrincipal() principal: Principal): Promise<MinutesDto> {
    return this.readMinutes(meetingId, principal, 'minutes');
  }

  @Get(':meetingId/minutes.html')
  @Requires(Permission.personDataRead)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'The minutes as a printable Danish A4 page; access-logged' })
  @ApiProduces('text/html')
  @ApiNotFoundResponse({ description: NOT_FOUND })
  async minutesPage(@Param() { meetingId }: MeetingParams, @CurrentPrincipal() principal: Principal): Promise<string> {
    return renderA4Page(minutesDocument(await this.readMinutes(meetingId, principal, 'minutes page'), this.clock.now()));
  }

  @Get(':meetingId/minutes.pdf')
  @Requires(Permission.personDataRead)
  @Header('Content-Type', 'application/pdf')
  @ApiOperation({ summary: 'The minutes as a Danish A4 PDF; access-logged' })
  @ApiProduces('application/pdf')
  @ApiNotFoundResponse({ description: NOT_FOUND })
  async minutesPdf(@Param() { meetingId }: MeetingParams, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const minutes = await this.readMinutes(meetingId, principal, 'minutes pdf');
    const pdf = await renderA4Pdf(minutesDocument(minutes, this.clock.now()));
    return new StreamableFile(pdf, { disposition: `attachment; filename="referat-mandagsgruppen-${minutes.meeting.meetingDate}.pdf"` });
  }

  private async readMinutes(meetingId: string, principal: Principal, action: 'minutes' | 'minutes page' | 'minutes pdf'): Promise<MinutesDto> {
    const minutes = await this.meetings.minutes(meetingId);
    await this.accessLog.record(principal, minutes.items.map((item) => item.personPseudonym), action, PURPOSE);
    return minutes;
  }
}
