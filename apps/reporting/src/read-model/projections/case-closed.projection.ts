import { Topics, type CaseClosedV1, type EventEnvelope } from '@ssp/contracts';
import { HandlesEvent } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { danishDayOf } from '../../rules/event-day';
import { insertRows } from '../insert-rows';
import { Projection } from '../projection';

/** A case closed, with why; once per case and moment. */
@HandlesEvent(Topics.caseClosed)
export class CaseClosedProjection extends Projection<CaseClosedV1> {
  protected async project(events: readonly EventEnvelope<CaseClosedV1>[], tx: EntityManager): Promise<void> {
    await insertRows(
      tx,
      this.table('case_closing'),
      [
        { name: 'case_id', type: 'uuid', value: (closed) => closed.caseId },
        { name: 'closed_at', type: 'timestamptz', value: (closed) => closed.closedAt },
        { name: 'person_pseudonym', type: 'bpchar', value: (closed) => closed.personPseudonym },
        { name: 'reason', type: 'text', value: (closed) => closed.reason },
        { name: 'closed_on', type: 'date', value: (closed) => danishDayOf(closed.closedAt) },
      ],
      events.map((event) => event.payload),
      'ON CONFLICT (case_id, closed_at) DO NOTHING',
    );
  }
}
