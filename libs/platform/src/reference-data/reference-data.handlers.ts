import { Topics, type AreaV1, type EventEnvelope, type OffenceCategoryV1 } from '@ssp/contracts';
import type { EntityManager } from 'typeorm';
import { HandlesEvent, type EventHandler } from '../consumer/event-handler';
import { ReferenceDataRepository } from './reference-data.repository';

/** Keeps this service's copy of the areas: each event is an area as it now stands. */
@HandlesEvent(Topics.area)
export class AreaHandler implements EventHandler<AreaV1> {
  async handle(event: EventEnvelope<AreaV1>, tx: EntityManager): Promise<void> {
    await new ReferenceDataRepository(tx).putArea(event.payload);
  }
}

/** Keeps this service's copy of the offence categories: each event is a category as it now stands. */
@HandlesEvent(Topics.offenceCategory)
export class OffenceCategoryHandler implements EventHandler<OffenceCategoryV1> {
  async handle(event: EventEnvelope<OffenceCategoryV1>, tx: EntityManager): Promise<void> {
    await new ReferenceDataRepository(tx).putOffenceCategory(event.payload);
  }
}
