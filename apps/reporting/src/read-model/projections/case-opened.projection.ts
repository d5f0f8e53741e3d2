import { Topics, type CaseOpenedV1, type EventEnvelope } from '@ssp/contracts';
import { HandlesEvent } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { danishDayOf } from '../../rules/event-day';
import { insertRows } from '../insert-rows';
import { Projection } from '../projection';

/** A person flagged: a case opened, or reopened by a new incident; once per case and moment. */
@HandlesEvent(Topics.caseOpened)
export class CaseOpenedProjection extends Projection<CaseOpenedV1> {
  protected async project(events: readonly EventEnvelope<CaseOpenedV1>[], tx: EntityManager): Promise<void> {
    await insertRows(
      tx,
      this.table('case_opening'),
      [
        { name: 'case_id', type: 'uuid', value: (opened) => opened.caseId },
        { name: 'opened_at', type: 'timestamptz', value: (opened) => opened.openedAt },
        { name: 'person_pseudonym', type: 'bpchar', value: (opened) => opened.personPseudonym },
        { name: 'reopened', type: 'boolean', value: (opened) => opened.reopened },
        { name: 'opened_on', type: 'date', value: (opened) => danishDayOf(opened.openedAt) },
      ],
      events.map((event) => event.payload),
      'ON CONFLICT (case_id, opened_at) DO NOTHING',
    );
  }
}
