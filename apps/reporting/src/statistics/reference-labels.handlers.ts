import { Topics, type AreaV1, type EventEnvelope, type OffenceCategoryV1 } from '@ssp/contracts';
import { HandlesEvent, ReferenceDataRepository, type EventHandler } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { raiseReadModelVersion } from '../read-model/read-model-target';

/**
 * Keep reporting's copy of the areas and offence categories, whose names label the statistics,
 * and raise the read model's version with each change, so that no table kept under the old
 * version keeps an old name or leaves out a new area.
 */
@HandlesEvent(Topics.area)
export class AreaLabelHandler implements EventHandler<AreaV1> {
  async handle(event: EventEnvelope<AreaV1>, tx: EntityManager): Promise<void> {
    await new ReferenceDataRepository(tx).putArea(event.payload);
    await raiseReadModelVersion(tx);
  }
}

@HandlesEvent(Topics.offenceCategory)
export class OffenceCategoryLabelHandler implements EventHandler<OffenceCategoryV1> {
  async handle(event: EventEnvelope<OffenceCategoryV1>, tx: EntityManager): Promise<void> {
    await new ReferenceDataRepository(tx).putOffenceCategory(event.payload);
    await raiseReadModelVersion(tx);
  }
}
