import { Topics, type EventEnvelope, type PoliceListIngestedV1 } from '@ssp/contracts';
import { HandlesEvent } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { insertRows } from '../insert-rows';
import { lastPerKey, Projection } from '../projection';

/** Each ingested police list as counts; the same list again replaces its counts. */
@HandlesEvent(Topics.policeListIngested)
export class PoliceListIngestedProjection extends Projection<PoliceListIngestedV1> {
  protected async project(events: readonly EventEnvelope<PoliceListIngestedV1>[], tx: EntityManager): Promise<void> {
    const lists = lastPerKey(
      events.map((event) => event.payload),
      (list) => list.listId,
    );
    await insertRows(
      tx,
      this.table('police_list_summary'),
      [
        { name: 'list_id', type: 'uuid', value: (list) => list.listId },
        { name: 'source', type: 'text', value: (list) => list.source },
        { name: 'list_date', type: 'date', value: (list) => list.listDate ?? null },
        { name: 'rows', type: 'int', value: (list) => list.rows },
        { name: 'accepted', type: 'int', value: (list) => list.accepted },
        { name: 'rejected', type: 'int', value: (list) => list.rejected },
        { name: 'duplicates', type: 'int', value: (list) => list.duplicates },
        { name: 'ingested_at', type: 'timestamptz', value: (list) => list.ingestedAt },
      ],
      lists,
      `ON CONFLICT (list_id) DO UPDATE SET source = EXCLUDED.source, list_date = EXCLUDED.list_date, rows = EXCLUDED.rows,
         accepted = EXCLUDED.accepted, rejected = EXCLUDED.rejected, duplicates = EXCLUDED.duplicates, ingested_at = EXCLUDED.ingested_at`,
    );
  }
}
