import { IncidentRecordedV1 } from './events/incident-recorded.event';
import { PersonIdentityV1 } from './events/person-identity.event';
import { CaseOpenedV1 } from './events/case-opened.event';
import { PersonErasedV1 } from './events/person-erased.event';
import { PoliceListIngestedV1 } from './events/police-list-ingested.event';
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
    name: 'ssp.incident.recorded.v1',
    description: "A young person's part in a police incident, by pseudonym.",
    partitions: 6,
    key: 'personPseudonym',
    compacted: false,
    carriesIdentity: false,
    payload: IncidentRecordedV1,
    producers: [ServiceName.policeListIngestion],
    consumers: [ServiceName.caseCoordination, ServiceName.networkGroups, ServiceName.reporting],
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
  caseOpened: defineTopic({
    name: 'ssp.case.opened.v1',
    description: 'A person of concern got a case, or a closed case was reopened by a new incident.',
    partitions: 6,
    key: 'personPseudonym',
    compacted: false,
    carriesIdentity: false,
    payload: CaseOpenedV1,
    producers: [ServiceName.caseCoordination],
    consumers: [],
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
    consumers: [ServiceName.policeListIngestion],
  }),
} as const satisfies Record<string, TopicDefinition<object>>;

export const ALL_TOPICS: readonly TopicDefinition<object>[] = Object.values(Topics);

export function topicsProducedBy(service: ServiceName): TopicDefinition<object>[] {
  return ALL_TOPICS.filter((topic) => topic.producers.includes(service));
}

export function topicsConsumedBy(service: ServiceName): TopicDefinition<object>[] {
  return ALL_TOPICS.filter((topic) => topic.consumers.includes(service));
}
