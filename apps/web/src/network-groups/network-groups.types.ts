import type { NetworkGroups } from '@ssp/api-client';

type Schemas = NetworkGroups.components['schemas'];

/** Network groups' answers and request bodies, as docs/openapi/network-groups.json describes them (libs/api-client). */
export type Body = Schemas['BodyDto'];
export type Person = Schemas['PersonDto'];
export type Membership = Schemas['MembershipDto'];
export type MembershipPage = Schemas['MembershipPageDto'];
export type Meeting = Schemas['MeetingDto'];
export type MeetingDetail = Schemas['MeetingDetailDto'];
export type CreateMeeting = Schemas['CreateMeetingDto'];
export type MoveMeeting = Schemas['MoveMeetingDto'];
export type CancelMeeting = Schemas['CancelMeetingDto'];
export type Schedule = Schemas['ScheduleDto'];
export type SchedulePage = Schemas['SchedulePageDto'];
export type CreateSchedule = Schemas['CreateScheduleDto'];
export type UpdateSchedule = Schemas['UpdateScheduleDto'];
export type AddAgendaItem = Schemas['AddAgendaItemDto'];
export type RecordAttendance = Schemas['RecordAttendanceDto'];
export type AttendanceStatus = Schemas['AttendanceEntryDto']['status'];
export type WriteMinutes = Schemas['WriteMinutesDto'];
export type AddDecision = Schemas['AddDecisionDto'];
export type AddActionItem = Schemas['AddActionItemDto'];
export type ActionItem = Schemas['ActionItemDto'];
export type ActionItemPage = Schemas['ActionItemPageDto'];
export type Message = Schemas['MessageDto'];
export type MessagePage = Schemas['MessagePageDto'];
export type PostMessage = Schemas['PostMessageDto'];
export type Notification = Schemas['NotificationDto'];
export type NotificationPage = Schemas['NotificationPageDto'];
export type Preferences = Schemas['PreferencesDto'];
export type Delivery = Schemas['UpdatePreferencesDto']['delivery'];
export type CalendarFeed = Schemas['CalendarFeedDto'];
export type CalendarFeedPage = Schemas['CalendarFeedPageDto'];
export type IssuedCalendarFeed = Schemas['IssuedCalendarFeedDto'];
export type AreaSignals = Schemas['AreaSignalsDto'];
export type AreaAlert = Schemas['AreaAlertDto'];
export type AreaAlertPage = Schemas['AreaAlertPageDto'];
