import { Injectable } from '@nestjs/common';
import { CASE_CLOSE_REASONS, createEnvelope, Topics, type CaseCloseReason, type EnvelopeOrigin } from '@ssp/contracts';
import { notFound, OutboxService, refusalAsConflict } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { CaseTransitionError, transition, type CaseEvent, type CaseState } from '../domain';
import { PERSON_REFUSALS } from '../persons/person-refusals';
import { lockWritablePerson } from '../persons/writable-person';

export interface LockedCase {
  id: string;
  personPseudonym: string;
  state: CaseState;
}

function isCloseReason(event: CaseEvent): event is CaseCloseReason {
  return (CASE_CLOSE_REASONS as readonly string[]).includes(event);
}

/**
 * Moves a person's case through the state machine inside the caller's transaction: a refused
 * event is a 409 with the machine's Danish message, and a case that closes says so on
 * `ssp.case.closed.v1`. Locks person, then case (the order the incident handler takes them).
 */
@Injectable()
export class CaseLifecycleService {
  constructor(private readonly outbox: OutboxService) {}

  /** The person's case, locked; 404 when the person is unknown or erased, 409 when merged into another. */
  async lockCaseOf(tx: EntityManager, pseudonym: string): Promise<LockedCase> {
    await lockWritablePerson(tx, pseudonym);
    const [caseRow] = (await tx.query('SELECT id, state FROM person_case WHERE person_pseudonym = $1 ORDER BY opened_at DESC LIMIT 1 FOR UPDATE', [pseudonym])) as { id: string; state: CaseState }[];
    if (!caseRow) throw notFound(PERSON_REFUSALS.caseNotFound);
    return { id: caseRow.id, personPseudonym: pseudonym, state: caseRow.state };
  }

  /** Applies `events` in order and stores the state they lead to; returns it. */
  async move(tx: EntityManager, caseRow: LockedCase, events: readonly CaseEvent[], at: Date, origin: EnvelopeOrigin): Promise<CaseState> {
    if (events.length === 0) return caseRow.state;
    let state = caseRow.state;
    for (const event of events) state = this.transitionOrConflict(state, event);
    const closes = state === 'closed' && caseRow.state !== 'closed';
    await tx.query('UPDATE person_case SET state = $2, closed_at = CASE WHEN $3 THEN $4::timestamptz ELSE closed_at END WHERE id = $1', [caseRow.id, state, closes, at]);
    const closingEvent = events[events.length - 1];
    if (closes && isCloseReason(closingEvent)) {
      const payload = { caseId: caseRow.id, personPseudonym: caseRow.personPseudonym, reason: closingEvent, closedAt: at.toISOString() };
      await this.outbox.publish(tx, Topics.caseClosed, caseRow.personPseudonym, createEnvelope(Topics.caseClosed, payload, origin));
    }
    return state;
  }

  private transitionOrConflict(state: CaseState, event: CaseEvent): CaseState {
    return refusalAsConflict(CaseTransitionError, () => transition(state, event));
  }
}
