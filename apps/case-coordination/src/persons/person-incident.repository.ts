import type { IncidentRecordedV1 } from '@ssp/contracts';
import type { EntityManager } from 'typeorm';

/** The SQL of persons and their incidents as the incident topic fills them; one statement per table for a whole batch. */
export class PersonIncidentRepository {
  constructor(private readonly manager: EntityManager) {}

  /** One row per person, in pseudonym order so that concurrent batches lock rows in the same order. */
  async upsertPersons(incidents: readonly IncidentRecordedV1[]): Promise<void> {
    const persons = new Map<string, { strength: string; lastIncidentDate: string }>();
    for (const incident of incidents) {
      const known = persons.get(incident.personPseudonym);
      if (!known) persons.set(incident.personPseudonym, { strength: incident.pseudonymStrength, lastIncidentDate: incident.incidentDate });
      else if (incident.incidentDate > known.lastIncidentDate) known.lastIncidentDate = incident.incidentDate;
    }
    const pseudonyms = [...persons.keys()].sort();
    await this.manager.query(
      `INSERT INTO person (pseudonym, pseudonym_strength, last_incident_date)
       SELECT * FROM unnest($1::bpchar[], $2::text[], $3::date[])
       ON CONFLICT (pseudonym) DO UPDATE SET last_incident_date = GREATEST(person.last_incident_date, EXCLUDED.last_incident_date), erased_at = NULL`,
      [pseudonyms, pseudonyms.map((pseudonym) => persons.get(pseudonym)!.strength), pseudonyms.map((pseudonym) => persons.get(pseudonym)!.lastIncidentDate)],
    );
  }

  /** Inserts the incidents not seen before; returns their ids. */
  async insertNewIncidents(incidents: readonly IncidentRecordedV1[]): Promise<Set<string>> {
    const column = <K extends keyof IncidentRecordedV1>(key: K) => incidents.map((incident) => incident[key]);
    const inserted = (await this.manager.query(
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
}
