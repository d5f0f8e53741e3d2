import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { BodyParams } from '../bodies/bodies.dto';
import { MeetingText, OptionalMeetingText } from './free-text.validation';
import { ACTION_ITEM_STATUSES, ATTENDANCE_STATUSES, type ActionItemStatus, type AttendanceStatus } from './meeting-rules';
import { MAX_DURATION_MINUTES, MAX_INTERVAL_WEEKS, RECURRENCE_KINDS, WEEKS_OF_MONTH, type RecurrenceKind, type WeekOfMonth } from './recurrence';
import { IsCalendarDay, PageDto, PageQuery } from '@ssp/platform';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class MeetingParams extends BodyParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'meetingId must be a UUID' }) meetingId!: string;
}

export class ActionItemParams extends MeetingParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'actionItemId must be a UUID' }) actionItemId!: string;
}

export class CreateScheduleDto {
  @MeetingText('title', 200, 'Netværksmøde')
  title!: string;

  @ApiProperty({ enum: RECURRENCE_KINDS, description: 'weekly: every intervalWeeks weeks on the weekday; monthly: on the weekOfMonth-th weekday of each month' })
  @IsIn(RECURRENCE_KINDS, { message: `recurrence must be one of ${RECURRENCE_KINDS.join(', ')}` })
  recurrence!: RecurrenceKind;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_INTERVAL_WEEKS, description: 'Weekly schedules only: 1 every week, 2 every other week, …' })
  @ValidateIf((request: CreateScheduleDto) => request.recurrence === 'weekly' || request.intervalWeeks !== undefined)
  @IsInt({ message: 'intervalWeeks must be a whole number (required for a weekly schedule)' })
  @Min(1)
  @Max(MAX_INTERVAL_WEEKS)
  intervalWeeks?: number;

  @ApiPropertyOptional({ enum: WEEKS_OF_MONTH, description: 'Monthly schedules only: 1 to 4, or -1 for the last such weekday of the month' })
  @ValidateIf((request: CreateScheduleDto) => request.recurrence === 'monthly' || request.weekOfMonth !== undefined)
  @IsIn(WEEKS_OF_MONTH, { message: 'weekOfMonth must be 1, 2, 3, 4 or -1 (the last); required for a monthly schedule' })
  weekOfMonth?: WeekOfMonth;

  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 Monday … 7 Sunday' })
  @IsInt({ message: 'weekday must be 1 (Monday) to 7 (Sunday)' })
  @Min(1, { message: 'weekday must be 1 (Monday) to 7 (Sunday)' })
  @Max(7, { message: 'weekday must be 1 (Monday) to 7 (Sunday)' })
  weekday!: number;

  @ApiProperty({ example: '16:00', pattern: TIME.source, description: 'Wall time in Copenhagen' })
  @Matches(TIME, { message: 'startTime must be a time of day, HH:MM (Copenhagen time)' })
  startTime!: string;

  @ApiProperty({ minimum: 1, maximum: MAX_DURATION_MINUTES, example: 120 })
  @IsInt({ message: `durationMinutes must be a whole number from 1 to ${MAX_DURATION_MINUTES}` })
  @Min(1)
  @Max(MAX_DURATION_MINUTES)
  durationMinutes!: number;

  @ApiProperty({ format: 'date', description: 'No meeting before this day' })
  @IsCalendarDay()
  firstDay!: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'No meeting after this day; left out, the schedule runs on' })
  @IsOptional()
  @IsCalendarDay()
  until?: string | null;

  @OptionalMeetingText(200)
  location?: string | null;
}

export class ScheduleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() bodyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: RECURRENCE_KINDS }) recurrence!: RecurrenceKind;
  @ApiProperty({ nullable: true, type: Number }) intervalWeeks!: number | null;
  @ApiProperty({ nullable: true, type: Number, enum: WEEKS_OF_MONTH }) weekOfMonth!: WeekOfMonth | null;
  @ApiProperty() weekday!: number;
  @ApiProperty({ example: '14:00' }) startTime!: string;
  @ApiProperty() durationMinutes!: number;
  @ApiProperty({ format: 'date' }) firstDay!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) until!: string | null;
  @ApiProperty({ nullable: true, type: String }) location!: string | null;
  @ApiProperty({ description: 'The Monday group schedule seeded at start-up says monday-group', nullable: true, type: String }) seed!: string | null;
  @ApiProperty() createdAt!: string;
}

export class SchedulePageDto extends PageDto {
  @ApiProperty({ type: [ScheduleDto], description: 'Oldest first' }) items!: ScheduleDto[];
}

export class CreateMeetingDto {
  @MeetingText('title', 200)
  title!: string;

  @ApiProperty({ format: 'date', description: 'The Copenhagen day: within a year before and two years after today' })
  @IsCalendarDay()
  day!: string;

  @ApiProperty({ example: '16:00', pattern: TIME.source, description: 'Wall time in Copenhagen' })
  @Matches(TIME, { message: 'startTime must be a time of day, HH:MM (Copenhagen time)' })
  startTime!: string;

  @ApiProperty({ minimum: 1, maximum: MAX_DURATION_MINUTES })
  @IsInt({ message: `durationMinutes must be a whole number from 1 to ${MAX_DURATION_MINUTES}` })
  @Min(1)
  @Max(MAX_DURATION_MINUTES)
  durationMinutes!: number;

  @OptionalMeetingText(200)
  location?: string | null;
}

export class MeetingsQuery {
  @ApiPropertyOptional({ format: 'date', description: 'First Copenhagen day, included; today if left out' })
  @IsOptional()
  @IsCalendarDay()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last Copenhagen day, included; the scheduling horizon if left out' })
  @IsOptional()
  @IsCalendarDay()
  to?: string;
}

export class MeetingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() bodyId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null for a single meeting' }) scheduleId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) location!: string | null;
  @ApiProperty({ description: 'UTC instant' }) startsAt!: string;
  @ApiProperty({ description: 'UTC instant' }) endsAt!: string;
  @ApiProperty({ format: 'date', description: 'The Copenhagen day' }) day!: string;
  @ApiProperty({ example: '14:00', description: 'The Copenhagen wall time' }) startTime!: string;
  @ApiProperty({ enum: ['scheduled', 'held'], description: 'held once the minutes are approved' }) status!: 'scheduled' | 'held';
}

export class AgendaItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null while it waits for the body to have an upcoming meeting' }) meetingId!: string | null;
  @ApiProperty() bodyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ example: 'manual', description: "manual, or the module that added it (e.g. 'area-alert')" }) source!: string;
  @ApiProperty({ nullable: true, type: String }) sourceId!: string | null;
  @ApiProperty() createdAt!: string;
}

export class AttendanceDto {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() personName!: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) status!: AttendanceStatus;
  @ApiProperty() recordedAt!: string;
}

export class DecisionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty() text!: string;
  @ApiProperty() createdAt!: string;
}

export class ActionItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty() bodyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) ownerPersonId!: string;
  @ApiProperty() ownerName!: string;
  @ApiProperty({ format: 'date' }) deadline!: string;
  @ApiProperty({ enum: ACTION_ITEM_STATUSES }) status!: ActionItemStatus;
  @ApiProperty({ nullable: true, type: String }) doneAt!: string | null;
  @ApiProperty() createdAt!: string;
}

export class MeetingDetailDto extends MeetingDto {
  @ApiProperty({ type: [AgendaItemDto] }) agenda!: AgendaItemDto[];
  @ApiProperty({ type: [AttendanceDto] }) attendance!: AttendanceDto[];
  @ApiProperty({ nullable: true, type: String }) minutes!: string | null;
  @ApiProperty({ nullable: true, type: String }) minutesApprovedAt!: string | null;
  @ApiProperty({ type: [DecisionDto] }) decisions!: DecisionDto[];
  @ApiProperty({ type: [ActionItemDto] }) actionItems!: ActionItemDto[];
}

export class AddAgendaItemDto {
  @MeetingText('title', 200)
  title!: string;

  @OptionalMeetingText(4000)
  description?: string | null;
}

export class AttendanceEntryDto {
  @ApiProperty({ format: 'uuid', description: 'A member of the body on the meeting day' })
  @IsUUID('all', { message: 'personId must be a UUID' })
  personId!: string;

  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  @IsIn(ATTENDANCE_STATUSES, { message: `status must be one of ${ATTENDANCE_STATUSES.join(', ')}` })
  status!: AttendanceStatus;
}

export class RecordAttendanceDto {
  @ApiProperty({ type: [AttendanceEntryDto], maxItems: 200 })
  @IsArray({ message: 'entries must be a list' })
  @ArrayNotEmpty({ message: 'entries must not be empty' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryDto)
  entries!: AttendanceEntryDto[];
}

export class WriteMinutesDto {
  @MeetingText('text', 50000)
  text!: string;
}

export class AddDecisionDto {
  @MeetingText('text', 4000)
  text!: string;
}

export class AddActionItemDto {
  @MeetingText('title', 200)
  title!: string;

  @ApiProperty({ format: 'uuid', description: 'A member of the body on the meeting day' })
  @IsUUID('all', { message: 'ownerPersonId must be a UUID' })
  ownerPersonId!: string;

  @ApiProperty({ format: 'date', description: 'The meeting day or later' })
  @IsCalendarDay()
  deadline!: string;
}

export class UpdateActionItemDto {
  @ApiProperty({ enum: ['done'] })
  @IsIn(['done'], { message: 'status must be done' })
  status!: 'done';
}

export class ActionItemsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ACTION_ITEM_STATUSES })
  @IsOptional()
  @IsIn(ACTION_ITEM_STATUSES, { message: `status must be one of ${ACTION_ITEM_STATUSES.join(', ')}` })
  status?: ActionItemStatus;
}

export class ActionItemPageDto extends PageDto {
  @ApiProperty({ type: [ActionItemDto], description: 'By deadline' }) items!: ActionItemDto[];
}
