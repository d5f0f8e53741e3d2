import { Inject, Injectable } from '@nestjs/common';
import { Topics, type EventEnvelope, type IncidentRecordedV1, type IncidentRecordedV2 } from '@ssp/contracts';
import { Clock, HandlesEvent, IdentityCipher, openIncidentDetails, openJournalNumber, SERVICE_CONFIG, type ConsumedEvent, type ConsumedMessage, type EventHandler } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { PersonIncidentRepository, type OpenedIncident } from './person-incident.repository';
import { PersonReviewService } from './person-review.service';

/**
 * Young people's parts in incidents: each person of concern is kept by pseudonym, each
 * incident once (a replayed or repeated event changes nothing), and the persons with new
 * incidents are reviewed. Incidents dated before AGENDA_BASELINE_DATE are kept as history:
 * they review no one and open no case. A consumer batch is written with one statement per table.
 *
 * The journal number arrives sealed under the identity key (case coordination may see it:
 * the Monday group looks incidents up in the police's records) and is kept opened, as the
 * incident's `journalNumber`, and so do the police's offence text and place when the event
 * has them; an event whose sealed values cannot be opened fails and is dead-lettered with the
 * reason.
 */
@Injectable()
@HandlesEvent(Topics.incidentRecorded)
export class IncidentRecordedHandler implements EventHandler<IncidentRecordedV2> {
  private readonly cipher: IdentityCipher;
  private readonly baseline: string | undefined;

  constructor(
    private readonly review: PersonReviewService,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) config: CaseCoordinationConfig,
  ) {
    this.cipher = IdentityCipher.fromConfig(config.IDENTITY_KEYS, config.IDENTITY_ACTIVE_KEY_ID);
    this.baseline = config.AGENDA_BASELINE_DATE;
  }

  async handle(event: EventEnvelope<IncidentRecordedV2>, tx: EntityManager, message: ConsumedMessage): Promise<void> {
    await this.handleBatch([{ event, message }], tx);
  }

  async handleBatch(events: readonly ConsumedEvent<IncidentRecordedV2>[], tx: EntityManager): Promise<void> {
    const incidents = events.map(({ event }) => this.opened(event.payload));
    const repository = new PersonIncidentRepository(tx);
    await repository.upsertPersons(incidents);
    const inserted = await repository.insertNewIncidents(incidents, this.baseline, this.clock.now());
    await this.review.afterNewIncidents(tx, firstNewIncidentOfEachPerson(incidents, inserted));
  }

  private opened(incident: IncidentRecordedV2): OpenedIncident {
    const { journalDigest: _digest, journalNumberSealed: _sealed, detailsSealed: _details, ...facts } = incident;
    return { ...facts, journalNumber: openJournalNumber(incident, this.cipher), ...openIncidentDetails(incident, this.cipher) };
  }
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
