import { createEnvelope, ServiceName, Topics, type EventEnvelope, type IncidentRecordedV1, type IncidentRecordedV2, type PoliceListIngestedV1 } from '@ssp/contracts';
import { IdentityCipher, incidentRecordedV2Of, OutboxService, Pseudonymiser } from '@ssp/platform';
import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { TEST_NOW } from './test-clock';
import { TEST_IDENTITY_SECRETS } from './test-secrets';

let testKeys: { pseudonymiser: Pseudonymiser; cipher: IdentityCipher } | undefined;

/**
 * An incident with its journal number as ingestion puts it on ssp.incident.recorded.v2,
 * under the test process's keys (TEST_IDENTITY_SECRETS), so case coordination under test
 * opens the journal number.
 */
export function incidentOnTopic(incident: IncidentRecordedV1): IncidentRecordedV2 {
  testKeys ??= {
    pseudonymiser: new Pseudonymiser(Buffer.from(TEST_IDENTITY_SECRETS.PSEUDONYM_KEY, 'base64')),
    cipher: IdentityCipher.fromConfig(TEST_IDENTITY_SECRETS.IDENTITY_KEYS, TEST_IDENTITY_SECRETS.IDENTITY_ACTIVE_KEY_ID),
  };
  return incidentRecordedV2Of(incident, testKeys.pseudonymiser, testKeys.cipher);
}

/** A police incident in an area as ingestion puts it on ssp.incident.recorded.v2: a suspect of 14, the person known by the journal unless named. */
export function areaIncidentEvent(incident: { journal: string; date: string; category: string; areaId: string; person?: string }): EventEnvelope<IncidentRecordedV2> {
  const payload: IncidentRecordedV1 = {
    incidentId: randomUUID(),
    listId: randomUUID(),
    personPseudonym: createHash('sha256').update(incident.person ?? incident.journal).digest('hex'),
    pseudonymStrength: 'strong',
    journalNumber: incident.journal,
    role: 'suspect',
    incidentDate: incident.date,
    offenceCategory: incident.category,
    ageAtIncident: 14,
    areaId: incident.areaId,
  };
  return createEnvelope(Topics.incidentRecorded, incidentOnTopic(payload), { producer: ServiceName.policeListIngestion });
}

/** A police-list-ingested event as the ingestion service would publish it. */
export function policeListIngestedEvent(overrides: Partial<PoliceListIngestedV1> = {}): EventEnvelope<PoliceListIngestedV1> {
  const listId = overrides.listId ?? randomUUID();
  const payload: PoliceListIngestedV1 = {
    listId,
    contentSha256: createHash('sha256').update(listId).digest('hex'),
    source: 'upload',
    fileName: 'ssp-liste.csv',
    rows: 12,
    accepted: 10,
    rejected: 1,
    duplicates: 1,
    ingestedAt: TEST_NOW,
    ...overrides,
  };
  return createEnvelope(Topics.policeListIngested, payload, { producer: ServiceName.policeListIngestion, occurredAt: new Date(TEST_NOW) });
}

/** Commits the events through the outbox of `dataSource` in one transaction. */
export async function publishThroughOutbox(
  dataSource: DataSource,
  events: EventEnvelope<PoliceListIngestedV1>[],
  key?: string,
): Promise<void> {
  const outbox = new OutboxService();
  await dataSource.transaction((tx) =>
    outbox.publishMany(
      tx,
      Topics.policeListIngested,
      events.map((event) => ({ key: key ?? event.payload.listId, event })),
    ),
  );
}
