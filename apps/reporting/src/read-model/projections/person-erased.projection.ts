import { Topics, type EventEnvelope, type PersonErasedV1 } from '@ssp/contracts';
import { HandlesEvent } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { danishDayOf } from '../../rules/event-day';
import { insertRows } from '../insert-rows';
import { Projection } from '../projection';

/**
 * An erasure, counted: reporting holds no identity to delete, and the counts stay (DESIGN.md:
 * "aggregates stay"). The pseudonym is not kept with it: a count of erasures by reason and
 * day needs no person. Why the person's pseudonymous facts stay is in docs/reporting.md.
 */
@HandlesEvent(Topics.personErased)
export class PersonErasedProjection extends Projection<PersonErasedV1> {
  protected async project(events: readonly EventEnvelope<PersonErasedV1>[], tx: EntityManager): Promise<void> {
    await insertRows(
      tx,
      this.table('person_erasure'),
      [
        { name: 'event_id', type: 'uuid', value: (event) => event.id },
        { name: 'reason', type: 'text', value: (event) => event.payload.reason },
        { name: 'erased_on', type: 'date', value: (event) => danishDayOf(event.payload.erasedAt) },
      ],
      events,
      'ON CONFLICT (event_id) DO NOTHING',
    );
  }
}
