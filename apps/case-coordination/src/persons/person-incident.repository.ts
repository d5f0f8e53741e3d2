import type { IncidentDetails, IncidentRecordedV1, IncidentRole } from '@ssp/contracts';
import type { CaseState } from '../domain';
import type { EntityManager } from 'typeorm';

/** An incident as case coordination keeps it: the event's facts with the journal number, offence text and place opened. */
export type OpenedIncident = IncidentRecordedV1 & Partial<IncidentDetails>;

export interface PersonSummaryRow {
  pseudonymStrength: string;
  caseState: CaseState | null;
}

export interface PersonIncidentRow {
  incidentId: string;
  journalNumber: string;
  role: IncidentRole;
  incidentDate: string;
  offenceCategory: string;
  areaId: string;
  offenceText: string | null;
  incidentLocation: string | null;
  school: string | null;
  reviewed: boolean;
  beforeBaseline: boolean;
}

/**
 * The SQL of persons and their incidents: as the incident topic fills them (one statement per
 * table for a whole batch), and as a person's page reads them.
 */
export class PersonIncidentRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * One row per person, in pseudonym order so that concurrent batches lock rows in the same
   * order; `last_incident_date` is the newest day of an incident or a concern (retention counts from it).
   */
  async upsertPersons(incidents: readonly Pick<IncidentRecordedV1, 'personPseudonym' | 'pseudonymStrength' | 'incidentDate'>[]): Promise<void> {
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

  /**
   * Inserts the incidents not seen before; returns the ids of those the Monday group is to
   * review. One dated before `baseline` is stored as reviewed at `now`, marked as history.
   */
  async insertNewIncidents(incidents: readonly OpenedIncident[], baseline: string | undefined, now: Date): Promise<Set<string>> {
    const column = <K extends keyof OpenedIncident>(key: K) => incidents.map((incident) => incident[key] ?? null);
    const inserted = (await this.manager.query(
      `INSERT INTO person_incident (incident_id, person_pseudonym, list_id, journal_number, role, incident_date, offence_category, age_at_incident, area_id,
                                    offence_text, incident_location, school, before_baseline, reviewed_at)
       SELECT *, CASE WHEN history THEN $14::timestamptz END FROM (
         SELECT *, coalesce(incident_date < $13::date, false) AS history
           FROM unnest($1::uuid[], $2::bpchar[], $3::uuid[], $4::text[], $5::text[], $6::date[], $7::text[], $8::int[], $9::text[], $10::text[], $11::text[], $12::text[])
             AS i(incident_id, person_pseudonym, list_id, journal_number, role, incident_date, offence_category, age_at_incident, area_id, offence_text, incident_location, school)) incoming
       ON CONFLICT (incident_id) DO NOTHING RETURNING incident_id, before_baseline`,
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
        column('offenceText'),
        column('incidentLocation'),
        column('school'),
        baseline ?? null,
        now,
      ],
    )) as { incident_id: string; before_baseline: boolean }[];
    return new Set(inserted.filter((row) => !row.before_baseline).map((row) => row.incident_id));
  }

  /** The person's pseudonym strength and active case; undefined when there is no such person. */
  async summaryOf(pseudonym: string): Promise<PersonSummaryRow | undefined> {
    const [row] = (await this.manager.query(
      `SELECT p.pseudonym_strength AS "pseudonymStrength", c.state AS "caseState"
         FROM person p LEFT JOIN person_case c ON c.person_pseudonym = p.pseudonym AND c.state <> 'closed'
        WHERE p.pseudonym = $1`,
      [pseudonym],
    )) as PersonSummaryRow[];
    return row;
  }

  /** The newest `limit` incidents of the person and of those merged into it, and how many there are in all. */
  async newestIncidentsOf(pseudonym: string, limit: number): Promise<{ rows: PersonIncidentRow[]; total: number }> {
    const rows = (await this.manager.query(
      `SELECT incident_id AS "incidentId", journal_number AS "journalNumber", role, to_char(incident_date, 'YYYY-MM-DD') AS "incidentDate",
              offence_category AS "offenceCategory", area_id AS "areaId", offence_text AS "offenceText", incident_location AS "incidentLocation", school,
              reviewed_at IS NOT NULL AS reviewed, before_baseline AS "beforeBaseline",
              count(*) OVER ()::int AS total
         FROM person_incident
        WHERE person_pseudonym = $1 OR person_pseudonym IN (SELECT pseudonym FROM person WHERE merged_into = $1)
        ORDER BY incident_date DESC, incident_id
        LIMIT $2`,
      [pseudonym, limit],
    )) as (PersonIncidentRow & { total: number })[];
    return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
  }

  /** Erasure: the police's own words (offence text and place) and the school the list named go; the codes, days and areas stay for the counts. */
  async eraseWordsOf(pseudonyms: readonly string[]): Promise<void> {
    await this.manager.query(
      'UPDATE person_incident SET offence_text = NULL, incident_location = NULL, school = NULL WHERE person_pseudonym = ANY($1) AND (offence_text IS NOT NULL OR incident_location IS NOT NULL OR school IS NOT NULL)',
      [pseudonyms],
    );
  }
}
