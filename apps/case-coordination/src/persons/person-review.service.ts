import { Injectable } from '@nestjs/common';
import { createEnvelope, nameBasedUuid, ServiceName, Topics, type CaseOpenedV1 } from '@ssp/contracts';
import { Clock, OutboxService, ReferenceDataRepository } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import type { EntityManager } from 'typeorm';
import { flagAfterReview, flagWithReason, reviewPerson, transition, type ReviewReason, type ReviewResult } from '../domain';
import { PersonReviewRepository, type CaseRow } from './person-review.repository';
import { ReviewFlagRepository } from './review-flag.repository';

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
    const cases = await this.casesOpenedBy(tx, firstNewIncidents);
    const flagged = await this.reviewAndFlag(tx, persons);
    const toReview = flagged.map((pseudonym) => cases.get(pseudonym)!).filter((caseRow) => caseRow.state === 'open');
    await new PersonReviewRepository(tx).setCaseStates(toReview.map(({ id, state }) => ({ id, state: transition(state, 'flagged-for-review') })));
  }

  /**
   * After a member's concern (`concernId`): the case of the person it counts as opens, reopens
   * or is kept as after a new incident, and their flag takes the concern's reason beside those
   * it had.
   */
  async afterConcern(tx: EntityManager, pseudonym: string, concernId: string, reason: ReviewReason<string>): Promise<void> {
    const opening = await countedAsKept(tx, new Map([[pseudonym, concernId]]));
    const [kept] = [...opening.keys()];
    const caseRow = (await this.casesOpenedBy(tx, opening)).get(kept)!;
    const flags = new ReviewFlagRepository(tx);
    await flags.upsert([{ pseudonym: kept, ...flagWithReason(await flags.reasonsForUpdate(kept), reason) }], this.clock.now());
    await flags.refreshConcerns([kept]);
    if (caseRow.state === 'open') await new PersonReviewRepository(tx).setCaseStates([{ id: caseRow.id, state: transition('open', 'flagged-for-review') }]);
  }

  /**
   * Runs the review rules over each person's incidents (those of persons merged into them
   * included) and sets the flag of each one they flag, keeping the reasons the group's decisions
   * gave (flagAfterReview); a flag the rules do not renew stays as it was. Returns the flagged.
   */
  async reviewAndFlag(tx: EntityManager, persons: readonly string[]): Promise<string[]> {
    const repository = new PersonReviewRepository(tx);
    const incidents = await repository.incidentsOf(persons);
    const withOpenIntervention = await repository.personsWithOpenIntervention(persons);
    const today = danishToday(this.clock.now());
    const names = await new ReferenceDataRepository(tx).names();
    const offenceCategoryName = (categoryId: string) => names.offenceCategory(categoryId);
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
        offenceCategoryName,
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
    // The flags just set were refreshed with them.
    const flagged = new Set(flags.map(({ pseudonym }) => pseudonym));
    await reviewFlags.refreshNewestIncidents(persons.filter((pseudonym) => !flagged.has(pseudonym)));
    return [...flagged];
  }

  /**
   * Each person's active case after something new (an incident or a concern, by id in
   * `openings`); a closed one reopens, none yet is created. The new case's id and the `case
   * opened` event's id derive from what opened it: handled again (after a restore to an
   * earlier backup), it opens the same case with the same event, which consumers that had it
   * skip, instead of a second case.
   */
  private async casesOpenedBy(tx: EntityManager, openings: ReadonlyMap<string, string>): Promise<Map<string, CaseRow>> {
    const persons = [...openings.keys()].sort();
    const repository = new PersonReviewRepository(tx);
    const latest = await repository.latestCasesForUpdate(persons);

    const openedAt = this.clock.now();
    const cases = new Map<string, CaseRow>();
    const created: { pseudonym: string; caseRow: CaseRow }[] = [];
    const reopened: { pseudonym: string; caseRow: CaseRow }[] = [];
    for (const pseudonym of persons) {
      const current = latest.get(pseudonym);
      if (current && current.state !== 'closed') cases.set(pseudonym, { id: current.id, state: transition(current.state, 'new-incident') });
      else if (current) reopened.push({ pseudonym, caseRow: { id: current.id, state: transition('closed', 'new-incident') } });
      else created.push({ pseudonym, caseRow: { id: caseIdOpenedBy(openings.get(pseudonym)!), state: 'open' } });
    }
    await repository.insertCases(created, openedAt);
    await repository.reopenCases(reopened.map(({ caseRow }) => caseRow), openedAt);
    const opened = [...created.map((entry) => ({ ...entry, reopened: false })), ...reopened.map((entry) => ({ ...entry, reopened: true }))];
    for (const { pseudonym, caseRow } of opened) cases.set(pseudonym, caseRow);
    await this.outbox.publishMany(
      tx,
      Topics.caseOpened,
      opened.map(({ pseudonym, caseRow, reopened: wasClosed }) => {
        const payload: CaseOpenedV1 = { caseId: caseRow.id, personPseudonym: pseudonym, reopened: wasClosed, openedAt: openedAt.toISOString() };
        const origin = { producer: ServiceName.caseCoordination, occurredAt: openedAt, id: caseOpenedEventIdOf(openings.get(pseudonym)!) };
        return { key: pseudonym, event: createEnvelope(Topics.caseOpened, payload, origin) };
      }),
    );
    return cases;
  }
}

/** An incident or a concern is inserted once, so it opens (or reopens) at most one case, once. */
export const caseIdOpenedBy = (openingId: string) => nameBasedUuid(`case|${openingId}`);
export const caseOpenedEventIdOf = (openingId: string) => nameBasedUuid(`case-opened|${openingId}`);

/** The first new incident of each person they count as (themselves, or the person they were merged into), in the order given. */
async function countedAsKept(tx: EntityManager, newIncidents: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const keptOf = await new PersonReviewRepository(tx).keptPersonsOf([...newIncidents.keys()]);
  const first = new Map<string, string>();
  for (const [pseudonym, incidentId] of newIncidents) {
    const kept = keptOf.get(pseudonym) ?? pseudonym;
    if (!first.has(kept)) first.set(kept, incidentId);
  }
  return first;
}
