import { Injectable } from '@nestjs/common';
import { createEnvelope, nameBasedUuid, ServiceName, Topics, type CaseOpenedV1 } from '@ssp/contracts';
import { Clock, groupBy, OutboxService } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import type { EntityManager } from 'typeorm';
import { flagAfterReview, reviewPerson, transition, type CaseState, type ReviewIncident, type ReviewResult } from '../domain';
import { personsCountingAs } from './merged-persons';
import { ReviewFlagRepository } from './review-flag.repository';

interface IncidentRow {
  person_pseudonym: string;
  incident_id: string;
  journal_number: string;
  role: ReviewIncident['role'];
  incident_date: string;
  offence_category: string;
  age_at_incident: number;
  reviewed_at: Date | null;
}

interface CaseRow {
  id: string;
  state: CaseState;
}

interface Flag {
  pseudonym: string;
  review: ReviewResult;
}

/**
 * After new incidents: each person's case is opened (or reopened, or kept), the review rules
 * run over everything the person has done, and a flag for the next Monday-group meeting is
 * set with its priority and reasons. Works on many persons at once, one statement per step.
 */
@Injectable()
export class PersonReviewService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /**
   * `newIncidents`: each person with new incidents, with the first of them (the one that opens
   * the case). A person merged into another counts as that one: the kept person's case, review
   * and flag take the new incident.
   */
  async afterNewIncidents(tx: EntityManager, newIncidents: ReadonlyMap<string, string>): Promise<void> {
    const firstNewIncidents = await countedAsKept(tx, newIncidents);
    const persons = [...firstNewIncidents.keys()].sort();
    if (persons.length === 0) return;
    const cases = await this.casesAfterIncidents(tx, firstNewIncidents);
    const flagged = await this.reviewAndFlag(tx, persons);
    const toReview = flagged.map((pseudonym) => cases.get(pseudonym)!).filter((caseRow) => caseRow.state === 'open');
    await setCaseStates(tx, toReview.map(({ id, state }) => ({ id, state: transition(state, 'flagged-for-review') })));
  }

  /**
   * Runs the review rules over each person's incidents (those of persons merged into them
   * included) and sets the flag of each one they flag, keeping the reasons the group's decisions
   * gave (flagAfterReview); a flag the rules do not renew stays as it was. Returns the flagged.
   */
  async reviewAndFlag(tx: EntityManager, persons: readonly string[]): Promise<string[]> {
    const incidents = await incidentsOf(tx, persons);
    const withOpenIntervention = await personsWithOpenIntervention(tx, persons);
    const today = danishToday(this.clock.now());
    const flags: Flag[] = [];
    for (const pseudonym of persons) {
      const rows = incidents.get(pseudonym) ?? [];
      const review = reviewPerson({
        incidents: rows.map((row) => ({
          incidentId: row.incident_id,
          journalNumber: row.journal_number,
          role: row.role,
          incidentDate: row.incident_date,
          offenceCategory: row.offence_category,
          ageAtIncident: row.age_at_incident,
        })),
        newIncidentIds: new Set(rows.filter((row) => row.reviewed_at === null).map((row) => row.incident_id)),
        hasOpenIntervention: withOpenIntervention.has(pseudonym),
        today,
      });
      if (review.flagged) flags.push({ pseudonym, review });
    }
    const reviewFlags = new ReviewFlagRepository(tx);
    const existing = await reviewFlags.reasonsOf(flags.map(({ pseudonym }) => pseudonym));
    await reviewFlags.upsert(
      flags.map(({ pseudonym, review }) => ({ pseudonym, ...flagAfterReview(existing.get(pseudonym) ?? [], review) })),
      this.clock.now(),
    );
    // A flag set before (a follow-up) stays when the new incident flags nothing; its order still moves.
    await reviewFlags.refreshNewestIncidents(persons);
    return flags.map(({ pseudonym }) => pseudonym);
  }

  /**
   * Each person's active case after a new incident; a closed one reopens, none yet is created.
   * The new case's id and the `case opened` event's id derive from the incident that opened
   * it: handled again (after a restore to an earlier backup), it opens the same case with
   * the same event, which consumers that had it skip, instead of a second case.
   */
  private async casesAfterIncidents(tx: EntityManager, firstNewIncidents: ReadonlyMap<string, string>): Promise<Map<string, CaseRow>> {
    const persons = [...firstNewIncidents.keys()].sort();
    const rows = (await tx.query(
      'SELECT id, person_pseudonym, state FROM person_case WHERE person_pseudonym = ANY($1::bpchar[]) ORDER BY person_pseudonym, opened_at DESC FOR UPDATE',
      [persons],
    )) as (CaseRow & { person_pseudonym: string })[];
    const latest = new Map<string, CaseRow>();
    for (const row of rows) if (!latest.has(row.person_pseudonym)) latest.set(row.person_pseudonym, row);

    const openedAt = this.clock.now();
    const cases = new Map<string, CaseRow>();
    const created: { pseudonym: string; caseRow: CaseRow }[] = [];
    const reopened: { pseudonym: string; caseRow: CaseRow }[] = [];
    for (const pseudonym of persons) {
      const current = latest.get(pseudonym);
      if (current && current.state !== 'closed') cases.set(pseudonym, { id: current.id, state: transition(current.state, 'new-incident') });
      else if (current) reopened.push({ pseudonym, caseRow: { id: current.id, state: transition('closed', 'new-incident') } });
      else created.push({ pseudonym, caseRow: { id: caseIdOpenedBy(firstNewIncidents.get(pseudonym)!), state: 'open' } });
    }
    if (created.length > 0) {
      await tx.query(
        'INSERT INTO person_case (id, person_pseudonym, state, opened_at) SELECT id, pseudonym, state, $4 FROM unnest($1::uuid[], $2::bpchar[], $3::text[]) AS c(id, pseudonym, state)',
        [created.map(({ caseRow }) => caseRow.id), created.map(({ pseudonym }) => pseudonym), created.map(({ caseRow }) => caseRow.state), openedAt],
      );
    }
    if (reopened.length > 0) {
      await tx.query(
        'UPDATE person_case c SET state = r.state, opened_at = $3, closed_at = NULL FROM unnest($1::uuid[], $2::text[]) AS r(id, state) WHERE c.id = r.id',
        [reopened.map(({ caseRow }) => caseRow.id), reopened.map(({ caseRow }) => caseRow.state), openedAt],
      );
    }
    const opened = [...created.map((entry) => ({ ...entry, reopened: false })), ...reopened.map((entry) => ({ ...entry, reopened: true }))];
    for (const { pseudonym, caseRow } of opened) cases.set(pseudonym, caseRow);
    await this.outbox.publishMany(
      tx,
      Topics.caseOpened,
      opened.map(({ pseudonym, caseRow, reopened: wasClosed }) => {
        const payload: CaseOpenedV1 = { caseId: caseRow.id, personPseudonym: pseudonym, reopened: wasClosed, openedAt: openedAt.toISOString() };
        const origin = { producer: ServiceName.caseCoordination, occurredAt: openedAt, id: caseOpenedEventIdOf(firstNewIncidents.get(pseudonym)!) };
        return { key: pseudonym, event: createEnvelope(Topics.caseOpened, payload, origin) };
      }),
    );
    return cases;
  }
}

/** An incident is inserted once, so it opens (or reopens) at most one case, once. */
export const caseIdOpenedBy = (incidentId: string) => nameBasedUuid(`case|${incidentId}`);
export const caseOpenedEventIdOf = (incidentId: string) => nameBasedUuid(`case-opened|${incidentId}`);

/** The first new incident of each person they count as (themselves, or the person they were merged into), in the order given. */
async function countedAsKept(tx: EntityManager, newIncidents: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const rows = (await tx.query('SELECT pseudonym, coalesce(merged_into, pseudonym) AS kept FROM person WHERE pseudonym = ANY($1::bpchar[])', [[...newIncidents.keys()]])) as {
    pseudonym: string;
    kept: string;
  }[];
  const keptOf = new Map(rows.map((row) => [row.pseudonym, row.kept]));
  const first = new Map<string, string>();
  for (const [pseudonym, incidentId] of newIncidents) {
    const kept = keptOf.get(pseudonym) ?? pseudonym;
    if (!first.has(kept)) first.set(kept, incidentId);
  }
  return first;
}

/** Each person's incidents, those of persons merged into them included. */
async function incidentsOf(tx: EntityManager, persons: readonly string[]): Promise<Map<string, IncidentRow[]>> {
  const rows = (await tx.query(
    `SELECT m.counts_as AS person_pseudonym, incident_id, journal_number, role, to_char(incident_date, 'YYYY-MM-DD') AS incident_date, offence_category, age_at_incident, reviewed_at
       FROM person_incident i JOIN ${personsCountingAs('$1::bpchar[]')} m ON m.pseudonym = i.person_pseudonym`,
    [persons],
  )) as IncidentRow[];
  return groupBy(rows, (row) => row.person_pseudonym);
}

async function personsWithOpenIntervention(tx: EntityManager, persons: readonly string[]): Promise<Set<string>> {
  const rows = (await tx.query(
    `SELECT DISTINCT m.counts_as AS person_pseudonym FROM intervention i JOIN ${personsCountingAs('$1::bpchar[]')} m ON m.pseudonym = i.person_pseudonym WHERE i.status <> 'completed'`,
    [persons],
  )) as { person_pseudonym: string }[];
  return new Set(rows.map((row) => row.person_pseudonym));
}

async function setCaseStates(tx: EntityManager, cases: readonly CaseRow[]): Promise<void> {
  if (cases.length === 0) return;
  await tx.query('UPDATE person_case c SET state = u.state FROM unnest($1::uuid[], $2::text[]) AS u(id, state) WHERE c.id = u.id', [
    cases.map(({ id }) => id),
    cases.map(({ state }) => state),
  ]);
}
