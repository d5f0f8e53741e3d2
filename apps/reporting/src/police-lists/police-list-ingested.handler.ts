import { Topics, type EventEnvelope, type PoliceListIngestedV1 } from '@ssp/contracts';
import { HandlesEvent, type EventHandler } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { PoliceListSummaryEntity } from './police-list-summary.entity';

@HandlesEvent(Topics.policeListIngested)
export class PoliceListIngestedHandler implements EventHandler<PoliceListIngestedV1> {
  async handle(event: EventEnvelope<PoliceListIngestedV1>, tx: EntityManager): Promise<void> {
    const list = event.payload;
    await tx.upsert(
      PoliceListSummaryEntity,
      {
        listId: list.listId,
        source: list.source,
        listDate: list.listDate ?? null,
        rows: list.rows,
        accepted: list.accepted,
        rejected: list.rejected,
        duplicates: list.duplicates,
        ingestedAt: new Date(list.ingestedAt),
      },
      ['listId'],
    );
  }
}
