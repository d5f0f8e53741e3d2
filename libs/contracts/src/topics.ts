import { IncidentRecordedV1, IncidentRecordedV2 } from './events/incident-recorded.event';
import { PersonIdentityV1 } from './events/person-identity.event';
import { CaseOpenedV1 } from './events/case-opened.event';
import { ConcernRaisedV1 } from './events/concern-raised.event';
import { PersonErasedV1 } from './events/person-erased.event';
import { PoliceListIngestedV1 } from './events/police-list-ingested.event';
import { PersonReviewedV1 } from './events/person-reviewed.event';
import { InterventionAssignedV1 } from './events/intervention-assigned.event';
import { InterventionCompletedV1 } from './events/intervention-completed.event';
import { InterventionOverdueV1 } from './events/intervention-overdue.event';
import { InterventionDueSoonV1 } from './events/intervention-due-soon.event';
import { CaseClosedV1 } from './events/case-closed.event';
import { MeetingScheduledV1 } from './events/meeting-scheduled.event';
import { MeetingHeldV1 } from './events/meeting-held.event';
import { MondayMeetingRecordedV1 } from './events/monday-meeting-recorded.event';
import { InitiativeLaunchedV1 } from './events/initiative-launched.event';
import { AreaAlertRaisedV1 } from './events/area-alert-raised.event';
import { MembershipV1 } from './events/membership.event';
import { AreaV1, OffenceCategoryV1 } from './events/reference-data.event';
import { ReferralAnsweredV1, ReferralMadeV1 } from './events/referral.event';
import { ServiceName } from './services';
import { defineTopic, type TopicDefinition } from './topic-definition';

/*
 * The catalogue of every topic in the suite.
 *
 * WARNING: a published topic name never changes. A breaking change to a payload is a new
 * topic (`.v2`), published beside the old one until every consumer has moved.
 */
export const Topics = {
  policeListIngested: defineTopic({
    name: 'ssp.police-list.ingested.v1',
    description: 'A police SSP list was read: its counts of rows, accepted, rejected and duplicate rows.',
    partitions: 3,
    key: 'listId',
    compacted: false,
    carriesIdentity: false,
    payload: PoliceListIngestedV1,
    producers: [ServiceName.policeListIngestion],
    consumers: [ServiceName.reporting],
  }),
  incidentRecorded: defineTopic({
    name: 'ssp.incident.recorded.v2',
    description: "A young person's part in a police incident, by pseudonym; the journal number as a keyed digest, and sealed for identity holders.",
    partitions: 6,
    key: 'personPseudonym',
    compacted: false,
    carriesIdentity: false,
    payload: IncidentRecordedV2,
    producers: [ServiceName.policeListIngestion],
    consumers: [ServiceName.caseCoordination, ServiceName.networkGroups, ServiceName.reporting],
  }),
  incidentRecordedV1: defineTopic({
    name: 'ssp.incident.recorded.v1',
    description:
      'Retired: the same incidents with the journal number in clear. Nothing publishes it; ingestion\'s upcast-incidents command reads its history once and copies it to ssp.incident.recorded.v2 with the same event ids. Delete the topic once that is done.',
    partitions: 6,
    key: 'personPseudonym',
    compacted: false,
    carriesIdentity: false,
    payload: IncidentRecordedV1,
    producers: [],
    consumers: [],
  }),
  personIdentity: defineTopic({
    name: 'ssp.person.identity.v1',
    description: 'The encrypted identity behind a pseudonym; compacted, a tombstone erases it. Case coordination only.',
    partitions: 6,
    key: 'personPseudonym',
    compacted: true,
    carriesIdentity: true,
    payload: PersonIdentityV1,
    producers: [ServiceName.policeListIngestion],
    consumers: [ServiceName.caseCoordination],
  }),
  concernRaised: defineTopic({
    name: 'ssp.concern.raised.v1',
    description:
      "A member of the SSP cooperation raised a concern about a child, by the pseudonym a police list would give; the worry and who raised it sealed for identity holders.",
    partitions: 6,
    key: 'personPseudonym',
    compacted: false,
    carriesIdentity: false,
    payload: ConcernRaisedV1,
    producers: [ServiceName.policeListIngestion],
    consumers: [ServiceName.caseCoordination],
  }),
  membership: defineTopic({
    name: 'ssp.registry.membership.v1',
    description:
      "Who belongs to which SSP body, from when to when, as network groups' registry says: compacted by membership id, a tombstone removes one. Every service takes a caller's bodies and areas from it.",
    partitions: 3,
    key: 'membershipId',
    compacted: true,
    carriesIdentity: false,
    payload: MembershipV1,
    producers: [ServiceName.networkGroups],
    consumers: [ServiceName.policeListIngestion, ServiceName.caseCoordination, ServiceName.networkGroups, ServiceName.reporting],
  }),
  area: defineTopic({
    name: 'ssp.reference.area.v1',
    description:
      "The local areas as the secretariat keeps them in the ingestion: compacted by area id; a withdrawn area keeps its name for earlier incidents. Network groups give a new area its network group and alerts, reporting labels its statistics, case coordination names it on the agenda.",
    partitions: 1,
    key: 'areaId',
    compacted: true,
    carriesIdentity: false,
    payload: AreaV1,
    producers: [ServiceName.policeListIngestion],
    consumers: [ServiceName.caseCoordination, ServiceName.networkGroups, ServiceName.reporting],
  }),
  offenceCategory: defineTopic({
    name: 'ssp.reference.offence-category.v1',
    description: 'The offence categories as the secretariat keeps them in the ingestion: compacted by category id; a withdrawn category keeps its name for earlier incidents.',
    partitions: 1,
    key: 'categoryId',
    compacted: true,
    carriesIdentity: false,
    payload: OffenceCategoryV1,
    producers: [ServiceName.policeListIngestion],
    consumers: [ServiceName.caseCoordination, ServiceName.networkGroups, ServiceName.reporting],
  }),
  caseOpened: defineTopic({
    name: 'ssp.case.opened.v1',
    description: 'A person of concern got a case, or a closed case was reopened by a new incident or by a decision of the Monday group.',
    partitions: 6,
    key: 'personPseudonym',
    compacted: false,
    carriesIdentity: false,
    payload: CaseOpenedV1,
    producers: [ServiceName.caseCoordination],
    consumers: [ServiceName.reporting],
  }),
  personErased: defineTopic({
    name: 'ssp.person.erased.v1',
    description: "A person's identity was erased (retention or request); holders of the identity delete it.",
    partitions: 6,
    key: 'personPseudonym',
    compacted: false,
    carriesIdentity: false,
    payload: PersonErasedV1,
    producers: [ServiceName.caseCoordination],
    consumers: [ServiceName.policeListIngestion, ServiceName.reporting],
  }),
  personReviewed: defineTopic({
    name: 'ssp.person.reviewed.v1',
    description: 'The Monday group reviewed a person of concern and decided (no action, concern conversation, notification, referral, follow-up); no free text.',
    partitions: 6,
    key: 'personPseudonym',
    compacted: false,
    carriesIdentity: false,
    payload: PersonReviewedV1,
    producers: [ServiceName.caseCoordination],
    consumers: [ServiceName.reporting],
  }),
  interventionAssigned: defineTopic({
    name: 'ssp.intervention.assigned.v1',
    description:
      "An intervention was agreed for a person of concern, with its owner body, the responsible registry person's sign-in subject and deadline; again when the responsible changes. The title stays in case coordination; network groups tell the responsible.",
    partitions: 6,
    key: 'personPseudonym',
    compacted: false,
    carriesIdentity: false,
    payload: InterventionAssignedV1,
    producers: [ServiceName.caseCoordination],
    consumers: [ServiceName.networkGroups, ServiceName.reporting],
  }),
  interventionCompleted: defineTopic({
    name: 'ssp.intervention.completed.v1',
    description: 'An intervention was completed; its outcome stays in case coordination.',
    partitions: 6,
    key: 'personPseudonym',
    compacted: false,
    carriesIdentity: false,
    payload: InterventionCompletedV1,
    producers: [ServiceName.caseCoordination],
    consumers: [ServiceName.reporting],
  }),
  interventionOverdue: defineTopic({
    name: 'ssp.intervention.overdue.v1',
    description: "An intervention's deadline passed without it being completed; published once per intervention. Network groups tell the responsible.",
    partitions: 6,
    key: 'personPseudonym',
    compacted: false,
    carriesIdentity: false,
    payload: InterventionOverdueV1,
    producers: [ServiceName.caseCoordination],
    consumers: [ServiceName.networkGroups, ServiceName.reporting],
  }),
  interventionDueSoon: defineTopic({
    name: 'ssp.intervention.due-soon.v1',
    description:
      "An open intervention's deadline is a few days off (INTERVENTION_DUE_SOON_DAYS); published once per intervention to remind its responsible, whom network groups tell. No title, no names.",
    partitions: 6,
    key: 'personPseudonym',
    compacted: false,
    carriesIdentity: false,
    payload: InterventionDueSoonV1,
    producers: [ServiceName.caseCoordination],
    consumers: [ServiceName.networkGroups],
  }),
  caseClosed: defineTopic({
    name: 'ssp.case.closed.v1',
    description: "A person's case was closed: a decision of no action, or every intervention completed.",
    partitions: 6,
    key: 'personPseudonym',
    compacted: false,
    carriesIdentity: false,
    payload: CaseClosedV1,
    producers: [ServiceName.caseCoordination],
    consumers: [ServiceName.reporting],
  }),
  referralMade: defineTopic({
    name: 'ssp.referral.made.v1',
    description: "The Monday group referred a person to SSP-U, SSP+ or the family department by a decision; ids, the receiving body and the consent's form, no reason text. Network groups tell the receiving body's members.",
    partitions: 6,
    key: 'personPseudonym',
    compacted: false,
    carriesIdentity: false,
    payload: ReferralMadeV1,
    producers: [ServiceName.caseCoordination],
    consumers: [ServiceName.networkGroups],
  }),
  referralAnswered: defineTopic({
    name: 'ssp.referral.answered.v1',
    description: "The receiving body accepted or declined a referral; ids and the answer's code, no note. Network groups tell the Monday group's members.",
    partitions: 6,
    key: 'personPseudonym',
    compacted: false,
    carriesIdentity: false,
    payload: ReferralAnsweredV1,
    producers: [ServiceName.caseCoordination],
    consumers: [ServiceName.networkGroups],
  }),
  meetingScheduled: defineTopic({
    name: 'ssp.meeting.scheduled.v1',
    description: "A body's meeting was put in the calendar.",
    partitions: 3,
    key: 'bodyId',
    compacted: false,
    carriesIdentity: false,
    payload: MeetingScheduledV1,
    producers: [ServiceName.networkGroups],
    consumers: [ServiceName.caseCoordination, ServiceName.reporting],
  }),
  meetingHeld: defineTopic({
    name: 'ssp.meeting.held.v1',
    description: "A body's meeting took place and its minutes were approved; counts only.",
    partitions: 3,
    key: 'bodyId',
    compacted: false,
    carriesIdentity: false,
    payload: MeetingHeldV1,
    producers: [ServiceName.networkGroups],
    consumers: [ServiceName.reporting],
  }),
  mondayMeetingRecorded: defineTopic({
    name: 'ssp.monday-meeting.recorded.v1',
    description:
      "Case coordination's record of a Monday-group meeting opened, closed or approved, by the calendar's meeting id; counts only. Network groups shows it on the meeting's agenda.",
    partitions: 1,
    key: 'meetingId',
    compacted: true,
    carriesIdentity: false,
    payload: MondayMeetingRecordedV1,
    producers: [ServiceName.caseCoordination],
    consumers: [ServiceName.networkGroups],
  }),
  initiativeLaunched: defineTopic({
    name: 'ssp.initiative.launched.v1',
    description: 'A local initiative, campaign, course or project was launched for groups and areas.',
    partitions: 3,
    key: 'initiativeId',
    compacted: false,
    carriesIdentity: false,
    payload: InitiativeLaunchedV1,
    producers: [ServiceName.networkGroups],
    consumers: [ServiceName.reporting],
  }),
  areaAlertRaised: defineTopic({
    name: 'ssp.area.alert-raised.v1',
    description: 'An offence category rose well above its recent level in a local area in one week; anonymised counts only.',
    partitions: 3,
    key: 'areaId',
    compacted: false,
    carriesIdentity: false,
    payload: AreaAlertRaisedV1,
    producers: [ServiceName.networkGroups],
    consumers: [ServiceName.reporting],
  }),
} as const satisfies Record<string, TopicDefinition<object>>;

export const ALL_TOPICS: readonly TopicDefinition<object>[] = Object.values(Topics);

export function topicsProducedBy(service: ServiceName): TopicDefinition<object>[] {
  return ALL_TOPICS.filter((topic) => topic.producers.includes(service));
}

export function topicsConsumedBy(service: ServiceName): TopicDefinition<object>[] {
  return ALL_TOPICS.filter((topic) => topic.consumers.includes(service));
}
