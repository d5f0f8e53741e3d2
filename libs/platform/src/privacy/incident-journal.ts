import type { IncidentDetails, IncidentRecordedV1, IncidentRecordedV2 } from '@ssp/contracts';
import type { IdentityCipher } from './identity-cipher';
import type { Pseudonymiser } from './pseudonymiser';

/** What the journal number is bound to when sealed, so a sealed number cannot be moved to another incident. */
function sealedFor(incidentId: string): string {
  return `journal-number:${incidentId}`;
}

/** The same for the offence text and place. */
function detailsSealedFor(incidentId: string): string {
  return `incident-details:${incidentId}`;
}

/**
 * An incident as ssp.incident.recorded.v2 tells it: the journal number replaced by its keyed
 * digest and sealed under the identity key. Ingestion uses it for every new incident, and
 * its upcast-incidents command for the history of the retired v1.
 */
export function incidentRecordedV2Of(incident: IncidentRecordedV1, pseudonymiser: Pseudonymiser, cipher: IdentityCipher, details?: IncidentDetails): IncidentRecordedV2 {
  const { journalNumber, ...facts } = incident;
  const sealedDetails = details === undefined ? undefined : { offenceText: details.offenceText, ...(details.incidentLocation === undefined ? {} : { incidentLocation: details.incidentLocation }) };
  return {
    ...facts,
    journalDigest: pseudonymiser.ofJournalNumber(journalNumber),
    journalNumberSealed: cipher.encrypt(journalNumber, sealedFor(incident.incidentId)),
    ...(sealedDetails === undefined ? {} : { detailsSealed: cipher.encrypt(JSON.stringify(sealedDetails), detailsSealedFor(incident.incidentId)) }),
  };
}

/** The journal number of an incident, for holders of the identity keys; throws if the value was sealed for another incident or altered. */
export function openJournalNumber(incident: Pick<IncidentRecordedV2, 'incidentId' | 'journalNumberSealed'>, cipher: IdentityCipher): string {
  return cipher.decrypt(incident.journalNumberSealed, sealedFor(incident.incidentId));
}


/**
 * The offence text and place of an incident, for holders of the identity keys; undefined for
 * an incident published without them; throws if they were sealed for another incident, altered,
 * or are not details.
 */
export function openIncidentDetails(incident: Pick<IncidentRecordedV2, 'incidentId' | 'detailsSealed'>, cipher: IdentityCipher): IncidentDetails | undefined {
  if (incident.detailsSealed === undefined) return undefined;
  const details = JSON.parse(cipher.decrypt(incident.detailsSealed, detailsSealedFor(incident.incidentId))) as Partial<IncidentDetails>;
  if (typeof details.offenceText !== 'string' || !['string', 'undefined'].includes(typeof details.incidentLocation)) throw new TypeError('the sealed details of an incident hold no offence text');
  return { offenceText: details.offenceText, ...(details.incidentLocation === undefined ? {} : { incidentLocation: details.incidentLocation }) };
}
