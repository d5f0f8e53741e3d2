import { groupBy } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import type { CaseState, ReviewIncident } from '../domain';
import { rowsCountingAs } from './merged-persons';

export interface IncidentRow {
  person_pseudonym: string;
  incident_id: string;
  journal_number: string;
  role: ReviewIncident['role'];
  incident_date: string;
  offence_category: string;
  age_at_incident: number;
  reviewed_at: Date | null;
}

export interface CaseRow {
  id: string;
  state: CaseState;
}

/** The SQL of reviewing persons after new incidents: who they count as, their incidents and interventions, their cases. One statement per step for a whole batch. */
export class PersonReviewRepository {
  constructor(private readonly manager: EntityManager) {}

  /** For each pseudonym, the person it counts as: the one it was merged into, or itself. */
  async keptPersonsOf(pseudonyms: readonly string[]): Promise<Map<string, string>> {
    const rows = (await this.manager.query('SELECT pseudonym, coalesce(merged_into, pseudonym) AS kept FROM person WHERE pseudonym = ANY($1::bpchar[])', [pseudonyms])) as {
      pseudonym: string;
      kept: string;
    }[];
    return new Map(rows.map((row) => [row.pseudonym, row.kept]));
  }

  /** Each person's incidents, those of persons merged into them included. */
  async incidentsOf(persons: readonly string[]): Promise<Map<string, IncidentRow[]>> {
    const rows = (await this.manager.query(
      `SELECT counts_as AS person_pseudonym, incident_id, journal_number, role, incident_date, offence_category, age_at_incident, reviewed_at FROM (${rowsCountingAs(
        'person_incident',
        "t.incident_id, t.journal_number, t.role, to_char(t.incident_date, 'YYYY-MM-DD') AS incident_date, t.offence_category, t.age_at_incident, t.reviewed_at",
        '$1::bpchar[]',
      )}) incidents`,
      [persons],
    )) as IncidentRow[];
    return groupBy(rows, (row) => row.person_pseudonym);
  }

  /** The persons with an intervention not completed (theirs or one of a person merged into them). */
  async personsWithOpenIntervention(persons: readonly string[]): Promise<Set<string>> {
    const rows = (await this.manager.query(
      `SELECT DISTINCT counts_as AS person_pseudonym FROM (${rowsCountingAs('intervention', 't.id', '$1::bpchar[]', "t.status <> 'completed'")}) open`,
      [persons],
    )) as { person_pseudonym: string }[];
    return new Set(rows.map((row) => row.person_pseudonym));
  }

  /** Each person's newest case, locked until the transaction ends (in pseudonym order). */
  async latestCasesForUpdate(persons: readonly string[]): Promise<Map<string, CaseRow>> {
    const rows = (await this.manager.query(
      'SELECT id, person_pseudonym, state FROM person_case WHERE person_pseudonym = ANY($1::bpchar[]) ORDER BY person_pseudonym, opened_at DESC FOR UPDATE',
      [persons],
    )) as (CaseRow & { person_pseudonym: string })[];
    const latest = new Map<string, CaseRow>();
    for (const row of rows) if (!latest.has(row.person_pseudonym)) latest.set(row.person_pseudonym, { id: row.id, state: row.state });
    return latest;
  }

  async insertCases(cases: readonly { pseudonym: string; caseRow: CaseRow }[], openedAt: Date): Promise<void> {
    if (cases.length === 0) return;
    await this.manager.query(
      'INSERT INTO person_case (id, person_pseudonym, state, opened_at) SELECT id, pseudonym, state, $4 FROM unnest($1::uuid[], $2::bpchar[], $3::text[]) AS c(id, pseudonym, state)',
      [cases.map(({ caseRow }) => caseRow.id), cases.map(({ pseudonym }) => pseudonym), cases.map(({ caseRow }) => caseRow.state), openedAt],
    );
  }

  async reopenCases(cases: readonly CaseRow[], openedAt: Date): Promise<void> {
    if (cases.length === 0) return;
    await this.manager.query(
      'UPDATE person_case c SET state = r.state, opened_at = $3, closed_at = NULL FROM unnest($1::uuid[], $2::text[]) AS r(id, state) WHERE c.id = r.id',
      [cases.map(({ id }) => id), cases.map(({ state }) => state), openedAt],
    );
  }

  async setCaseStates(cases: readonly CaseRow[]): Promise<void> {
    if (cases.length === 0) return;
    await this.manager.query('UPDATE person_case c SET state = u.state FROM unnest($1::uuid[], $2::text[]) AS u(id, state) WHERE c.id = u.id', [
      cases.map(({ id }) => id),
      cases.map(({ state }) => state),
    ]);
  }
}
