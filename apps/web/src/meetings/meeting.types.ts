import type { CaseCoordination } from '@ssp/api-client';

type Schemas = CaseCoordination.components['schemas'];

/** Case coordination's Monday-meeting answers and request bodies, as docs/openapi/case-coordination.json describes them (libs/api-client). */
export type MondayMeeting = Schemas['MondayMeetingDto'];
export type MondayMeetingPage = Schemas['MondayMeetingPageDto'];
export type MeetingItem = Schemas['MeetingItemDto'];
export type OneMeetingItem = Schemas['OneMeetingItemDto'];
export type MeetingItemPage = Schemas['MeetingItemPageDto'];
export type Minutes = Schemas['MinutesDto'];
export type Person = Schemas['PersonDto'];
export type PersonIncident = Schemas['PersonIncidentDto'];
export type CreateNote = Schemas['CreateNoteDto'];
export type CreateDecision = Schemas['CreateDecisionDto'];
export type CreateIntervention = Schemas['CreateInterventionDto'];
export type MarkItem = Schemas['MarkItemDto'];
export type Consent = Schemas['ConsentDto'];
