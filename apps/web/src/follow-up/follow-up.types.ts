import type { CaseCoordination } from '@ssp/api-client';

type Schemas = CaseCoordination.components['schemas'];

/** Case coordination's answers that the follow-up pages show, as docs/openapi/case-coordination.json describes them (libs/api-client). */
export type InterventionPage = Schemas['InterventionPageDto'];
export type InterventionItem = Schemas['InterventionListItemDto'];
export type Intervention = Schemas['InterventionDto'];
export type NotificationClockPage = Schemas['AssessmentClockPageDto'];
export type NotificationClock = Schemas['NotificationClockDto'];
export type Decision = Schemas['DecisionDto'];
export type ReferralPage = Schemas['ReferralSummaryPageDto'];
export type ReferralSummary = Schemas['ReferralSummaryDto'];
export type Referral = Schemas['ReferralDto'];

/** What the forms send, as the service's API takes it. */
export type InterventionStatusChange = Schemas['UpdateInterventionDto'];
export type InterventionOwnerChange = Schemas['ChangeInterventionOwnerDto'];
export type AssessmentRecord = Schemas['RecordAssessmentDto'];
export type ReferralAnswer = Schemas['AnswerReferralDto'];
