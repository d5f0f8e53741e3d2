import { Injectable } from '@nestjs/common';
import { groupBy } from '@ssp/platform';
import { DataSource } from 'typeorm';
import type { AgendaIntervention, CaseState, ReviewIncident, ReviewReason } from '../domain';

/** An agenda row's place in the order: priority (descending), newest new incident (descending, '' for none), pseudonym. */
export type AgendaKey = readonly [priority: number, newestIncidentDate: string, pseudonym: string];

export interface AgendaCandidateRow {
  pseudonym: string;
  /** The review flag's priority; null when the person is on the agenda only for an overdue intervention. */
  reviewPriority: number | null;
  reasons: ReviewReason[] | null;
  caseState: CaseState | null;
  key: AgendaKey;
}

/** At most `limit` of a person's nested rows, and how many there are in all. */
export interface Capped<T> {
  rows: T[];
  total: number;
}

/**
 * The agenda's queries. The candidates are read a page at a time in the domain's order
 * (buildAgenda: priority, newest new incident, pseudonym), computed by the database so that
 * only the page's rows reach the service whatever the number of persons; a person's incidents
 * and interventions are capped per person the same way.
 */
@Injectable()
export class AgendaRepository {
  constructor(private readonly dataSource: DataSource) {}

  async candidates(meetingDate: string, overdueWeight: number, after: AgendaKey | undefined, limit: number): Promise<AgendaCandidateRow[]> {
    const rows: { pseudonym: string; review_priority: number | null; reasons: ReviewReason[] | null; case_state: CaseState | null; priority: number; newest: string }[] = await this.dataSource.query(
      `WITH candidate AS (
         SELECT p.pseudonym::text AS pseudonym, f.priority AS review_priority, f.reasons, c.state AS case_state,
                coalesce(f.priority, 0) + CASE WHEN overdue.any THEN $2::int ELSE 0 END AS priority,
                coalesce((SELECT to_char(max(i.incident_date), 'YYYY-MM-DD') FROM person_incident i
                           WHERE i.person_pseudonym = p.pseudonym AND i.reviewed_at IS NULL), '') AS newest
           FROM person p
           LEFT JOIN review_flag f ON f.person_pseudonym = p.pseudonym
           LEFT JOIN person_case c ON c.person_pseudonym = p.pseudonym AND c.state <> 'closed'
           CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM intervention i WHERE i.person_pseudonym = p.pseudonym AND i.status <> 'completed' AND i.deadline < $1::date) AS any) overdue
          WHERE p.erased_at IS NULL AND p.merged_into IS NULL AND (f.person_pseudonym IS NOT NULL OR overdue.any)
       )
       SELECT pseudonym, review_priority, reasons, case_state, priority, newest FROM candidate
        WHERE $3::int IS NULL
           OR priority < $3::int
           OR (priority = $3::int AND (newest COLLATE "C" < $4::text OR (newest = $4::text AND pseudonym COLLATE "C" > $5::text)))
        ORDER BY priority DESC, newest COLLATE "C" DESC, pseudonym COLLATE "C"
        LIMIT $6`,
      [meetingDate, overdueWeight, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit],
    );
    return rows.map((row) => ({
      pseudonym: row.pseudonym,
      reviewPriority: row.review_priority,
      reasons: row.reasons,
      caseState: row.case_state,
      key: [row.priority, row.newest, row.pseudonym] as const,
    }));
  }

  /** The newest `limit` unreviewed incidents of each person. */
  async newIncidentsOf(pseudonyms: readonly string[], limit: number): Promise<Map<string, Capped<ReviewIncident>>> {
    const rows: (ReviewIncident & { personPseudonym: string; total: number })[] = await this.dataSource.query(
      `SELECT "personPseudonym", "incidentId", "journalNumber", role, "incidentDate", "offenceCategory", "ageAtIncident", total FROM (
         SELECT person_pseudonym::text AS "personPseudonym", incident_id AS "incidentId", journal_number AS "journalNumber", role,
                to_char(incident_date, 'YYYY-MM-DD') AS "incidentDate", offence_category AS "offenceCategory", age_at_incident AS "ageAtIncident",
                row_number() OVER (PARTITION BY person_pseudonym ORDER BY incident_date DESC, incident_id) AS n,
                count(*) OVER (PARTITION BY person_pseudonym)::int AS total
           FROM person_incident WHERE person_pseudonym = ANY($1) AND reviewed_at IS NULL) numbered
        WHERE n <= $2 ORDER BY "personPseudonym", n`,
      [pseudonyms, limit],
    );
    return capped(rows, ({ personPseudonym: _person, total: _total, ...incident }) => incident);
  }

  /** The first `limit` open interventions of each person by deadline: the overdue ones come first. */
  async openInterventionsOf(pseudonyms: readonly string[], limit: number): Promise<Map<string, Capped<AgendaIntervention>>> {
    const rows: (AgendaIntervention & { personPseudonym: string; total: number })[] = await this.dataSource.query(
      `SELECT "personPseudonym", id, title, "ownerBody", responsible, deadline, status, total FROM (
         SELECT person_pseudonym::text AS "personPseudonym", id, title, owner_body AS "ownerBody", responsible, to_char(deadline, 'YYYY-MM-DD') AS deadline, status,
                row_number() OVER (PARTITION BY person_pseudonym ORDER BY deadline, id) AS n,
                count(*) OVER (PARTITION BY person_pseudonym)::int AS total
           FROM intervention WHERE person_pseudonym = ANY($1) AND status <> 'completed') numbered
        WHERE n <= $2 ORDER BY "personPseudonym", n`,
      [pseudonyms, limit],
    );
    return capped(rows, ({ personPseudonym: _person, total: _total, ...intervention }) => intervention);
  }

  /** The newest unanswered notification to the family department per person. */
  async assessmentsDueOf(pseudonyms: readonly string[]): Promise<Map<string, Date>> {
    const rows: { person_pseudonym: string; assessment_due_at: Date }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (person_pseudonym) person_pseudonym::text AS person_pseudonym, assessment_due_at FROM person_decision
        WHERE person_pseudonym = ANY($1) AND assessment_due_at IS NOT NULL AND assessment_answered_at IS NULL
        ORDER BY person_pseudonym, decided_at DESC`,
      [pseudonyms],
    );
    return new Map(rows.map((row) => [row.person_pseudonym, row.assessment_due_at]));
  }
}

function capped<R extends { personPseudonym: string; total: number }, V>(rows: readonly R[], valueOf: (row: R) => V): Map<string, Capped<V>> {
  return new Map([...groupBy(rows, (row) => row.personPseudonym)].map(([pseudonym, group]) => [pseudonym, { rows: group.map(valueOf), total: group[0].total }]));
}
