import type { IncidentRecordedV1, IncidentRecordedV2 } from '@ssp/contracts';
import type { IdentityCipher } from './identity-cipher';
import type { Pseudonymiser } from './pseudonymiser';

/** What the journal number is bound to when sealed, so a sealed number cannot be moved to another incident. */
function sealedFor(incidentId: string): string {
  return `journal-number:${incidentId}`;
}

/**
 * An incident as ssp.incident.recorded.v2 tells it: the journal number replaced by its keyed
 * digest and sealed under the identity key. Ingestion uses it for every new incident, and
 * its upcast-incidents command for the history of the retired v1.
 */
export function incidentRecordedV2Of(incident: IncidentRecordedV1, pseudonymiser: Pseudonymiser, cipher: IdentityCipher): IncidentRecordedV2 {
  const { journalNumber, ...facts } = incident;
  return {
    ...facts,
    journalDigest: pseudonymiser.ofJournalNumber(journalNumber),
    journalNumberSealed: cipher.encrypt(journalNumber, sealedFor(incident.incidentId)),
  };
}

/** The journal number of an incident, for holders of the identity keys; throws if the value was sealed for another incident or altered. */
export function openJournalNumber(incident: Pick<IncidentRecordedV2, 'incidentId' | 'journalNumberSealed'>, cipher: IdentityCipher): string {
  return cipher.decrypt(incident.journalNumberSealed, sealedFor(incident.incidentId));
}

