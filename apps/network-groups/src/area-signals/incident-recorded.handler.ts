import { Topics, type EventEnvelope, type IncidentRecordedV2 } from '@ssp/contracts';
import { HandlesEvent, type ConsumedEvent, type ConsumedMessage, type EventHandler } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { AreaSignalsService } from './area-signals.service';

/**
 * A young person's part in an incident, taken in only as a count for the area's week. A
 * consumer batch is handled as one, so that its weeks are locked together in one order.
 */
@HandlesEvent(Topics.incidentRecorded)
export class IncidentRecordedHandler implements EventHandler<IncidentRecordedV2> {
  constructor(private readonly signals: AreaSignalsService) {}

  async handle(event: EventEnvelope<IncidentRecordedV2>, tx: EntityManager, message: ConsumedMessage): Promise<void> {
    await this.handleBatch([{ event, message }], tx);
  }

  async handleBatch(events: readonly ConsumedEvent<IncidentRecordedV2>[], tx: EntityManager): Promise<void> {
    await this.signals.recordIncidents(
      tx,
      events.map(({ event }) => event),
    );
  }
}
