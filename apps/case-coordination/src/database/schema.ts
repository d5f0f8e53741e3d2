import { CreateReferenceData1764300000000, type ServiceSchema } from '@ssp/platform';
import { CreatePersonsAndCases1763800000400 } from './migrations/1763800000400-create-persons-and-cases.migration';
import { CreateMeetingRecords1763800000500 } from './migrations/1763800000500-create-meeting-records.migration';
import { CreatePersonMerges1763800000600 } from './migrations/1763800000600-create-person-merges.migration';
import { CreateKeyCheck1763800000700 } from './migrations/1763800000700-create-key-check.migration';
import { CreatePersonSearch1763800000800 } from './migrations/1763800000800-create-person-search.migration';
import { CreateLikelyDuplicates1763800000900 } from './migrations/1763800000900-create-likely-duplicates.migration';
import { AddAgendaOrder1763800001000 } from './migrations/1763800001000-add-agenda-order.migration';
import { AddIncidentBaseline1763800001100 } from './migrations/1763800001100-add-incident-baseline.migration';
import { CreateCaseReopenings1763800001200 } from './migrations/1763800001200-create-case-reopenings.migration';
import { CarryMerges1763800001300 } from './migrations/1763800001300-carry-merges.migration';
import { IndexJournalNumbers1763800001400 } from './migrations/1763800001400-index-journal-numbers.migration';
import { CreatePersonConcerns1763800001500 } from './migrations/1763800001500-create-person-concerns.migration';
import { AddIncidentDetails1763800001600 } from './migrations/1763800001600-add-incident-details.migration';
import { AddAgendaNewestOrder1763800001700 } from './migrations/1763800001700-add-agenda-newest-order.migration';
import { KeepInterventionDueOnFlags1763800001800 } from './migrations/1763800001800-keep-intervention-due-on-flags.migration';
import { RecordAssessments1763800001900 } from './migrations/1763800001900-record-assessments.migration';
import { IndexInterventionLists1763800002000 } from './migrations/1763800002000-index-intervention-lists.migration';
import { IndexAssessmentClocks1763800002100 } from './migrations/1763800002100-index-assessment-clocks.migration';
import { CreateMondayMeetings1763800002200 } from './migrations/1763800002200-create-monday-meetings.migration';
import { AssignInterventionsToRegistryPeople1763800002500 } from './migrations/1763800002500-assign-interventions-to-registry-people.migration';
import { CreateReferrals1763800002300 } from './migrations/1763800002300-create-referrals.migration';
import { CreateErasureReceipts1763800002400 } from './migrations/1763800002400-create-erasure-receipts.migration';

/** Written in plain SQL by the consumers and services; no entities are needed. */
export const SCHEMA: ServiceSchema = { entities: [], migrations: [CreatePersonsAndCases1763800000400, CreateMeetingRecords1763800000500, CreatePersonMerges1763800000600, CreateKeyCheck1763800000700, CreatePersonSearch1763800000800, CreateLikelyDuplicates1763800000900, AddAgendaOrder1763800001000, AddIncidentBaseline1763800001100, CreateCaseReopenings1763800001200, CarryMerges1763800001300, IndexJournalNumbers1763800001400, CreatePersonConcerns1763800001500, AddIncidentDetails1763800001600, AddAgendaNewestOrder1763800001700, KeepInterventionDueOnFlags1763800001800, RecordAssessments1763800001900, IndexInterventionLists1763800002000, IndexAssessmentClocks1763800002100, CreateMondayMeetings1763800002200, CreateReferrals1763800002300, CreateErasureReceipts1763800002400, AssignInterventionsToRegistryPeople1763800002500, CreateReferenceData1764300000000] };
