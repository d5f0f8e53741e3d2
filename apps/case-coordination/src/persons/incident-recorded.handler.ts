import { Injectable } from '@nestjs/common';
import { Topics, type EventEnvelope, type IncidentRecordedV1 } from '@ssp/contracts';
import { HandlesEvent, type EventHandler } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { PersonReviewService } from './person-review.service';

/**
 * A young person's part in an incident: the person of concern is kept by pseudonym, the
 * incident once (a replayed or repeated event changes nothing), and the person reviewed.
 */
@Injectable()
@HandlesEvent(Topics.incidentRecorded)
export class IncidentRecordedHandler implements EventHandler<IncidentRecordedV1> {
  constructor(private readonly review: PersonReviewService) {}

  async handle(event: EventEnvelope<IncidentRecordedV1>, tx: EntityManager): Promise<void> {
    const incident = event.payload;
    await tx.query(
      `INSERT INTO person (pseudonym, pseudonym_strength, last_incident_date) VALUES ($1, $2, $3)
       ON CONFLICT (pseudonym) DO UPDATE SET last_incident_date = GREATEST(person.last_incident_date, EXCLUDED.last_incident_date), erased_at = NULL`,
      [incident.personPseudonym, incident.pseudonymStrength, incident.incidentDate],
    );
    const inserted = (await tx.query(
      `INSERT INTO person_incident (incident_id, person_pseudonym, list_id, journal_number, role, incident_date, offence_category, age_at_incident, area_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (incident_id) DO NOTHING RETURNING incident_id`,
      [incident.incidentId, incident.personPseudonym, incident.listId, incident.journalNumber, incident.role, incident.incidentDate, incident.offenceCategory, incident.ageAtIncident, incident.areaId],
    )) as unknown[];
    if (inserted.length === 0) return;
    await this.review.afterNewIncident(tx, incident.personPseudonym);
  }
}
