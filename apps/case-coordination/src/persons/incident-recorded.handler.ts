import { Inject, Injectable } from '@nestjs/common';
import { Topics, type EventEnvelope, type IncidentRecordedV1, type IncidentRecordedV2 } from '@ssp/contracts';
import { HandlesEvent, IdentityCipher, openJournalNumber, SERVICE_CONFIG, type ConsumedEvent, type ConsumedMessage, type EventHandler } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { PersonReviewService } from './person-review.service';

/**
 * Young people's parts in incidents: each person of concern is kept by pseudonym, each
 * incident once (a replayed or repeated event changes nothing), and the persons with new
 * incidents are reviewed. A consumer batch is written with one statement per table.
 *
 * The journal number arrives sealed under the identity key (case coordination may see it:
 * the Monday group looks incidents up in the police's records) and is kept opened, as the
 * incident's `journalNumber`; an event whose number cannot be opened fails and is
 * dead-lettered with the reason.
 */
@Injectable()
@HandlesEvent(Topics.incidentRecorded)
export class IncidentRecordedHandler implements EventHandler<IncidentRecordedV2> {
  private readonly cipher: IdentityCipher;

  constructor(
    private readonly review: PersonReviewService,
    @Inject(SERVICE_CONFIG) config: CaseCoordinationConfig,
  ) {
    this.cipher = IdentityCipher.fromConfig(config.IDENTITY_KEYS, config.IDENTITY_ACTIVE_KEY_ID);
  }

  async handle(event: EventEnvelope<IncidentRecordedV2>, tx: EntityManager, message: ConsumedMessage): Promise<void> {
    await this.handleBatch([{ event, message }], tx);
  }

  async handleBatch(events: readonly ConsumedEvent<IncidentRecordedV2>[], tx: EntityManager): Promise<void> {
    const incidents = events.map(({ event }) => this.opened(event.payload));
    await upsertPersons(tx, incidents);
    const inserted = await insertIncidents(tx, incidents);
    await this.review.afterNewIncidents(tx, firstNewIncidentOfEachPerson(incidents, inserted));
  }

  private opened(incident: IncidentRecordedV2): IncidentRecordedV1 {
    const { journalDigest: _digest, journalNumberSealed: _sealed, ...facts } = incident;
    return { ...facts, journalNumber: openJournalNumber(incident, this.cipher) };
  }
}

/** One row per person, in pseudonym order so that concurrent batches lock rows in the same order. */
async function upsertPersons(tx: EntityManager, incidents: readonly IncidentRecordedV1[]): Promise<void> {
  const persons = new Map<string, { strength: string; lastIncidentDate: string }>();
  for (const incident of incidents) {
    const known = persons.get(incident.personPseudonym);
    if (!known) persons.set(incident.personPseudonym, { strength: incident.pseudonymStrength, lastIncidentDate: incident.incidentDate });
    else if (incident.incidentDate > known.lastIncidentDate) known.lastIncidentDate = incident.incidentDate;
  }
  const pseudonyms = [...persons.keys()].sort();
  await tx.query(
    `INSERT INTO person (pseudonym, pseudonym_strength, last_incident_date)
     SELECT * FROM unnest($1::bpchar[], $2::text[], $3::date[])
     ON CONFLICT (pseudonym) DO UPDATE SET last_incident_date = GREATEST(person.last_incident_date, EXCLUDED.last_incident_date), erased_at = NULL`,
    [pseudonyms, pseudonyms.map((pseudonym) => persons.get(pseudonym)!.strength), pseudonyms.map((pseudonym) => persons.get(pseudonym)!.lastIncidentDate)],
  );
}

/** Inserts the incidents not seen before; returns their ids. */
async function insertIncidents(tx: EntityManager, incidents: readonly IncidentRecordedV1[]): Promise<Set<string>> {
  const column = <K extends keyof IncidentRecordedV1>(key: K) => incidents.map((incident) => incident[key]);
  const inserted = (await tx.query(
    `INSERT INTO person_incident (incident_id, person_pseudonym, list_id, journal_number, role, incident_date, offence_category, age_at_incident, area_id)
     SELECT * FROM unnest($1::uuid[], $2::bpchar[], $3::uuid[], $4::text[], $5::text[], $6::date[], $7::text[], $8::int[], $9::text[])
     ON CONFLICT (incident_id) DO NOTHING RETURNING incident_id`,
    [
      column('incidentId'),
      column('personPseudonym'),
      column('listId'),
      column('journalNumber'),
      column('role'),
      column('incidentDate'),
      column('offenceCategory'),
      column('ageAtIncident'),
      column('areaId'),
    ],
  )) as { incident_id: string }[];
  return new Set(inserted.map((row) => row.incident_id));
}

/**
 * Each person with a new incident, with the first of them in the order of the topic: the
 * incident that opens or reopens the person's case, whose id the case's ids derive from.
 * Per-person order is the partition's, so it is the same incident however the events are
 * batched when they are handled again.
 */
export function firstNewIncidentOfEachPerson(incidents: readonly IncidentRecordedV1[], inserted: ReadonlySet<string>): Map<string, string> {
  const first = new Map<string, string>();
  for (const incident of incidents) {
    if (inserted.has(incident.incidentId.toLowerCase()) && !first.has(incident.personPseudonym)) first.set(incident.personPseudonym, incident.incidentId.toLowerCase());
  }
  return first;
}
