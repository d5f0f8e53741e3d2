import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { BodyParams } from '../bodies/bodies.dto';
import { MeetingText, OptionalMeetingText } from './free-text.validation';
import { ACTION_ITEM_STATUSES, ATTENDANCE_STATUSES, MEETING_STATUSES, type ActionItemStatus, type AttendanceStatus, type MeetingStatus } from './meeting-rules';
import { MAX_DURATION_MINUTES, MAX_INTERVAL_WEEKS, RECURRENCE_KINDS, SCHEDULE_REFUSALS, WEEKS_OF_MONTH, type RecurrenceKind, type WeekOfMonth } from './recurrence';
import { CALENDAR_DAY_DA, IsCalendarDay, NoCprNumber, PageDto, PageQuery, type Refusals, refusedWith } from '@ssp/platform';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Meetings are listed at most this many days at a time (two years). */
export const MAX_LIST_DAYS = 731;
export const MAX_ATTENDANCE_ENTRIES = 200;

/** What a refused request about meetings and their records says: a stable code for programs, Danish for the person. */
export const MEETING_REFUSALS = {
  meetingId: { code: 'meeting-id-invalid', message: 'meetingId i adressen skal være et UUID.' },
  actionItemId: { code: 'action-item-id-invalid', message: 'actionItemId i adressen skal være et UUID.' },
  title: { code: 'meeting-title-invalid', message: 'title skal være en tekst på 1 til 200 tegn, ikke kun mellemrum.' },
  location: { code: 'meeting-location-invalid', message: 'location skal være en tekst på højst 200 tegn, eller null.' },
  day: { code: 'meeting-day-invalid', message: `day skal være ${CALENDAR_DAY_DA}.` },
  dayOutOfRange: { code: 'meeting-day-out-of-range', message: 'day skal ligge højst et år før og højst to år efter i dag.' },
  from: { code: 'meetings-from-invalid', message: `from skal være ${CALENDAR_DAY_DA}.` },
  to: { code: 'meetings-to-invalid', message: `to skal være ${CALENDAR_DAY_DA}.` },
  toBeforeFrom: { code: 'meetings-to-before-from', message: 'to må ikke ligge før from.' },
  rangeTooLong: { code: 'meetings-range-too-long', message: `from og to må højst ligge ${MAX_LIST_DAYS} dage fra hinanden. Hent en kortere periode ad gangen.` },
  notFound: { code: 'meeting-not-found', message: 'Mødet findes ikke i dette organ. Kontrollér meetingId og bodyId.' },
  agendaItemTitle: { code: 'agenda-item-title-invalid', message: 'title skal være en tekst på 1 til 200 tegn, ikke kun mellemrum.' },
  agendaItemDescription: { code: 'agenda-item-description-invalid', message: 'description skal være en tekst på højst 4000 tegn, eller null.' },
  attendanceEntries: { code: 'attendance-entries-invalid', message: `entries skal være en liste med 1 til ${MAX_ATTENDANCE_ENTRIES} linjer, hver med personId og status.` },
  attendancePersonId: { code: 'attendance-person-id-invalid', message: 'Hver linje i entries skal have personId, et UUID.' },
  attendanceStatus: { code: 'attendance-status-unknown', message: `Hver linje i entries skal have status, en af: ${ATTENDANCE_STATUSES.join(', ')}.` },
  attendancePersonRepeated: { code: 'attendance-person-repeated', message: 'entries må nævne hver personId én gang.' },
  attendancePersonNotMember: { code: 'attendance-person-not-member', message: 'Hver personId i entries skal være medlem af organet på mødedagen (se personId).' },
  minutesText: { code: 'minutes-text-invalid', message: 'text skal være en tekst på 1 til 50000 tegn, ikke kun mellemrum.' },
  decisionText: { code: 'decision-text-invalid', message: 'text skal være en tekst på 1 til 4000 tegn, ikke kun mellemrum.' },
  actionItemTitle: { code: 'action-item-title-invalid', message: 'title skal være en tekst på 1 til 200 tegn, ikke kun mellemrum.' },
  owner: { code: 'action-item-owner-invalid', message: 'ownerPersonId skal være et UUID.' },
  ownerNotMember: { code: 'action-item-owner-not-member', message: 'ownerPersonId skal være medlem af organet på mødedagen.' },
  deadline: { code: 'action-item-deadline-invalid', message: `deadline skal være ${CALENDAR_DAY_DA}.` },
  deadlineBeforeMeeting: { code: 'action-item-deadline-before-meeting', message: 'deadline må ikke ligge før mødedagen (se meetingDay).' },
  actionItemStatus: { code: 'action-item-status-invalid', message: 'status skal være done.' },
  actionItemsStatus: { code: 'action-items-status-unknown', message: `status skal være en af: ${ACTION_ITEM_STATUSES.join(', ')}.` },
  movedToPast: { code: 'meeting-moved-to-past', message: 'day og startTime skal ligge efter nu: et møde flyttes til en kommende tid.' },
  cancelReason: { code: 'meeting-cancel-reason-invalid', message: 'reason skal være en tekst på 1 til 1000 tegn, ikke kun mellemrum: hvorfor mødet aflyses.' },
  scheduleId: { code: 'schedule-id-invalid', message: 'scheduleId i adressen skal være et UUID.' },
  scheduleNotFound: { code: 'schedule-not-found', message: 'Mødeplanen findes ikke i dette organ. Kontrollér scheduleId og bodyId.' },
  scheduleChangeEmpty: { code: 'schedule-change-empty', message: 'Angiv mindst ét af title, startTime, durationMinutes, until og location.' },
  actionItemNotFound: { code: 'action-item-not-found', message: 'Opgaven findes ikke på dette møde. Kontrollér actionItemId.' },
} as const satisfies Refusals;

export class MeetingParams extends BodyParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', refusedWith(MEETING_REFUSALS.meetingId)) meetingId!: string;
}

export class ScheduleParams extends BodyParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', refusedWith(MEETING_REFUSALS.scheduleId)) scheduleId!: string;
}

export class ActionItemParams extends MeetingParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', refusedWith(MEETING_REFUSALS.actionItemId)) actionItemId!: string;
}

export class CreateScheduleDto {
  @MeetingText(SCHEDULE_REFUSALS.title, 200, 'Netværksmøde')
  title!: string;

  @ApiProperty({ enum: RECURRENCE_KINDS, description: 'weekly: every intervalWeeks weeks on the weekday; monthly: on the weekOfMonth-th weekday of each month' })
  @IsIn(RECURRENCE_KINDS, refusedWith(SCHEDULE_REFUSALS.recurrence))
  recurrence!: RecurrenceKind;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_INTERVAL_WEEKS, description: 'Weekly schedules only: 1 every week, 2 every other week, …' })
  @ValidateIf((request: CreateScheduleDto) => request.recurrence === 'weekly' || request.intervalWeeks !== undefined)
  @IsInt(refusedWith(SCHEDULE_REFUSALS.intervalWeeks))
  @Min(1, refusedWith(SCHEDULE_REFUSALS.intervalWeeks))
  @Max(MAX_INTERVAL_WEEKS, refusedWith(SCHEDULE_REFUSALS.intervalWeeks))
  intervalWeeks?: number;

  @ApiPropertyOptional({ enum: WEEKS_OF_MONTH, description: 'Monthly schedules only: 1 to 4, or -1 for the last such weekday of the month' })
  @ValidateIf((request: CreateScheduleDto) => request.recurrence === 'monthly' || request.weekOfMonth !== undefined)
  @IsIn(WEEKS_OF_MONTH, refusedWith(SCHEDULE_REFUSALS.weekOfMonth))
  weekOfMonth?: WeekOfMonth;

  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 Monday … 7 Sunday' })
  @IsInt(refusedWith(SCHEDULE_REFUSALS.weekday))
  @Min(1, refusedWith(SCHEDULE_REFUSALS.weekday))
  @Max(7, refusedWith(SCHEDULE_REFUSALS.weekday))
  weekday!: number;

  @ApiProperty({ example: '16:00', pattern: TIME.source, description: 'Wall time in Copenhagen' })
  @Matches(TIME, refusedWith(SCHEDULE_REFUSALS.startTime))
  startTime!: string;

  @ApiProperty({ minimum: 1, maximum: MAX_DURATION_MINUTES, example: 120 })
  @IsInt(refusedWith(SCHEDULE_REFUSALS.durationMinutes))
  @Min(1, refusedWith(SCHEDULE_REFUSALS.durationMinutes))
  @Max(MAX_DURATION_MINUTES, refusedWith(SCHEDULE_REFUSALS.durationMinutes))
  durationMinutes!: number;

  @ApiProperty({ format: 'date', description: 'No meeting before this day' })
  @IsCalendarDay(refusedWith(SCHEDULE_REFUSALS.firstDay))
  firstDay!: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'No meeting after this day; left out, the schedule runs on' })
  @IsOptional()
  @IsCalendarDay(refusedWith(SCHEDULE_REFUSALS.until))
  until?: string | null;

  @OptionalMeetingText(MEETING_REFUSALS.location, 200)
  location?: string | null;
}

/** What of a schedule can change; the recurrence itself cannot (end the schedule with until and add another). */
export class UpdateScheduleDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString(refusedWith(SCHEDULE_REFUSALS.title))
  @MaxLength(200, refusedWith(SCHEDULE_REFUSALS.title))
  @Matches(/\S/, refusedWith(SCHEDULE_REFUSALS.title))
  @NoCprNumber()
  title?: string;

  @ApiPropertyOptional({ example: '16:00', pattern: TIME.source, description: 'Wall time in Copenhagen, for the meetings from now on' })
  @IsOptional()
  @Matches(TIME, refusedWith(SCHEDULE_REFUSALS.startTime))
  startTime?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_DURATION_MINUTES })
  @IsOptional()
  @IsInt(refusedWith(SCHEDULE_REFUSALS.durationMinutes))
  @Min(1, refusedWith(SCHEDULE_REFUSALS.durationMinutes))
  @Max(MAX_DURATION_MINUTES, refusedWith(SCHEDULE_REFUSALS.durationMinutes))
  durationMinutes?: number;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'The last day with a meeting; null: the schedule runs on. Later meetings are cancelled' })
  @IsOptional()
  @IsCalendarDay(refusedWith(SCHEDULE_REFUSALS.until))
  until?: string | null;

  @OptionalMeetingText(MEETING_REFUSALS.location, 200)
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
  @MeetingText(MEETING_REFUSALS.title, 200)
  title!: string;

  @ApiProperty({ format: 'date', description: 'The Copenhagen day: within a year before and two years after today' })
  @IsCalendarDay(refusedWith(MEETING_REFUSALS.day))
  day!: string;

  @ApiProperty({ example: '16:00', pattern: TIME.source, description: 'Wall time in Copenhagen' })
  @Matches(TIME, refusedWith(SCHEDULE_REFUSALS.startTime))
  startTime!: string;

  @ApiProperty({ minimum: 1, maximum: MAX_DURATION_MINUTES })
  @IsInt(refusedWith(SCHEDULE_REFUSALS.durationMinutes))
  @Min(1, refusedWith(SCHEDULE_REFUSALS.durationMinutes))
  @Max(MAX_DURATION_MINUTES, refusedWith(SCHEDULE_REFUSALS.durationMinutes))
  durationMinutes!: number;

  @OptionalMeetingText(MEETING_REFUSALS.location, 200)
  location?: string | null;
}

/** A meeting moved to another day, time or place (its record goes with it). */
export class MoveMeetingDto {
  @ApiProperty({ format: 'date', description: 'The new Copenhagen day: within a year before and two years after today' })
  @IsCalendarDay(refusedWith(MEETING_REFUSALS.day))
  day!: string;

  @ApiProperty({ example: '16:00', pattern: TIME.source, description: 'Wall time in Copenhagen' })
  @Matches(TIME, refusedWith(SCHEDULE_REFUSALS.startTime))
  startTime!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_DURATION_MINUTES, description: 'Left out, the meeting keeps its length' })
  @IsOptional()
  @IsInt(refusedWith(SCHEDULE_REFUSALS.durationMinutes))
  @Min(1, refusedWith(SCHEDULE_REFUSALS.durationMinutes))
  @Max(MAX_DURATION_MINUTES, refusedWith(SCHEDULE_REFUSALS.durationMinutes))
  durationMinutes?: number;

  @OptionalMeetingText(MEETING_REFUSALS.location, 200)
  location?: string | null;
}

export class CancelMeetingDto {
  @MeetingText(MEETING_REFUSALS.cancelReason, 1000, 'For få kan deltage')
  reason!: string;
}

export class MeetingsQuery {
  @ApiPropertyOptional({ format: 'date', description: 'First Copenhagen day, included; today if left out' })
  @IsOptional()
  @IsCalendarDay(refusedWith(MEETING_REFUSALS.from))
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last Copenhagen day, included; the scheduling horizon if left out' })
  @IsOptional()
  @IsCalendarDay(refusedWith(MEETING_REFUSALS.to))
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
  @ApiProperty({ enum: MEETING_STATUSES, description: 'held once the minutes are approved; cancelled with a reason' }) status!: MeetingStatus;
  @ApiProperty({ nullable: true, type: String, description: 'When it was cancelled' }) cancelledAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why it was cancelled' }) cancelReason!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'When it was last moved by hand; a change of its schedule leaves it be from then on' }) movedAt!: string | null;
}

/** A network group's meeting in the view across the groups: the meeting, and which group and area it is of. */
export class NetworkGroupMeetingDto extends MeetingDto {
  @ApiProperty({ example: 'Netværksgruppe Langå' }) bodyName!: string;
  @ApiProperty({ nullable: true, type: String, example: 'langaa' }) areaId!: string | null;
}

export class NetworkGroupMeetingPageDto extends PageDto {
  @ApiProperty({ type: [NetworkGroupMeetingDto], description: 'By start, then id' }) items!: NetworkGroupMeetingDto[];
}

export class NetworkGroupMeetingsQuery extends IntersectionType(MeetingsQuery, PageQuery) {}

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
  @MeetingText(MEETING_REFUSALS.agendaItemTitle, 200)
  title!: string;

  @OptionalMeetingText(MEETING_REFUSALS.agendaItemDescription, 4000)
  description?: string | null;
}

export class AttendanceEntryDto {
  @ApiProperty({ format: 'uuid', description: 'A member of the body on the meeting day' })
  @IsUUID('all', refusedWith(MEETING_REFUSALS.attendancePersonId))
  personId!: string;

  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  @IsIn(ATTENDANCE_STATUSES, refusedWith(MEETING_REFUSALS.attendanceStatus))
  status!: AttendanceStatus;
}

export class RecordAttendanceDto {
  @ApiProperty({ type: [AttendanceEntryDto], maxItems: MAX_ATTENDANCE_ENTRIES })
  @IsArray(refusedWith(MEETING_REFUSALS.attendanceEntries))
  @ArrayNotEmpty(refusedWith(MEETING_REFUSALS.attendanceEntries))
  @ArrayMaxSize(MAX_ATTENDANCE_ENTRIES, refusedWith(MEETING_REFUSALS.attendanceEntries))
  @ValidateNested({ each: true, ...refusedWith(MEETING_REFUSALS.attendanceEntries) })
  @Type(() => AttendanceEntryDto)
  entries!: AttendanceEntryDto[];
}

export class WriteMinutesDto {
  @MeetingText(MEETING_REFUSALS.minutesText, 50000)
  text!: string;
}

export class AddDecisionDto {
  @MeetingText(MEETING_REFUSALS.decisionText, 4000)
  text!: string;
}

export class AddActionItemDto {
  @MeetingText(MEETING_REFUSALS.actionItemTitle, 200)
  title!: string;

  @ApiProperty({ format: 'uuid', description: 'A member of the body on the meeting day' })
  @IsUUID('all', refusedWith(MEETING_REFUSALS.owner))
  ownerPersonId!: string;

  @ApiProperty({ format: 'date', description: 'The meeting day or later' })
  @IsCalendarDay(refusedWith(MEETING_REFUSALS.deadline))
  deadline!: string;
}

export class UpdateActionItemDto {
  @ApiProperty({ enum: ['done'] })
  @IsIn(['done'], refusedWith(MEETING_REFUSALS.actionItemStatus))
  status!: 'done';
}

export class ActionItemsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ACTION_ITEM_STATUSES })
  @IsOptional()
  @IsIn(ACTION_ITEM_STATUSES, refusedWith(MEETING_REFUSALS.actionItemsStatus))
  status?: ActionItemStatus;
}

export class ActionItemPageDto extends PageDto {
  @ApiProperty({ type: [ActionItemDto], description: 'By deadline' }) items!: ActionItemDto[];
}
