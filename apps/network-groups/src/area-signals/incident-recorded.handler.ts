import { Topics, type EventEnvelope, type IncidentRecordedV1 } from '@ssp/contracts';
import { HandlesEvent, type EventHandler } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { AreaSignalsService } from './area-signals.service';

/** A young person's part in an incident, taken in only as a count for the area's week. */
@HandlesEvent(Topics.incidentRecorded)
export class IncidentRecordedHandler implements EventHandler<IncidentRecordedV1> {
  constructor(private readonly signals: AreaSignalsService) {}

  async handle(event: EventEnvelope<IncidentRecordedV1>, tx: EntityManager): Promise<void> {
    await this.signals.recordIncident(tx, event.payload, event);
  }
}
