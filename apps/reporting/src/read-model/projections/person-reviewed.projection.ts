import { Topics, type EventEnvelope, type PersonReviewedV1 } from '@ssp/contracts';
import { HandlesEvent } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { danishDayOf } from '../../rules/event-day';
import { insertRows } from '../insert-rows';
import { Projection } from '../projection';

/** The Monday group's decisions, by kind; once per decision. */
@HandlesEvent(Topics.personReviewed)
export class PersonReviewedProjection extends Projection<PersonReviewedV1> {
  protected async project(events: readonly EventEnvelope<PersonReviewedV1>[], tx: EntityManager): Promise<void> {
    await insertRows(
      tx,
      this.table('decision'),
      [
        { name: 'decision_id', type: 'uuid', value: (decision) => decision.decisionId },
        { name: 'case_id', type: 'uuid', value: (decision) => decision.caseId },
        { name: 'person_pseudonym', type: 'bpchar', value: (decision) => decision.personPseudonym },
        { name: 'kind', type: 'text', value: (decision) => decision.decision },
        { name: 'referral_body', type: 'text', value: (decision) => decision.referralBody ?? null },
        { name: 'case_state', type: 'text', value: (decision) => decision.caseState },
        { name: 'decided_at', type: 'timestamptz', value: (decision) => decision.decidedAt },
        { name: 'decided_on', type: 'date', value: (decision) => danishDayOf(decision.decidedAt) },
        { name: 'meeting_date', type: 'date', value: (decision) => decision.meetingDate ?? null },
      ],
      events.map((event) => event.payload),
      'ON CONFLICT (decision_id) DO NOTHING',
    );
  }
}
