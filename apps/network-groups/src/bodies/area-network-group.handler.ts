import { Topics, type AreaV1, type EventEnvelope } from '@ssp/contracts';
import { HandlesEvent, ReferenceDataRepository, type EventHandler } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { BodiesRepository } from './bodies.repository';
import { LEVEL_OF, networkGroupOf } from './ssp-structure';

/**
 * Keeps network groups' copy of the areas, and gives an area the secretariat adds its network
 * group, where its alerts go and whose members read its signals. A group once made stays: a
 * withdrawn area's group keeps its meetings and minutes, and a renamed area's group keeps the
 * name the secretariat knows it by.
 */
@HandlesEvent(Topics.area)
export class AreaNetworkGroupHandler implements EventHandler<AreaV1> {
  constructor(private readonly bodies: BodiesRepository) {}

  async handle(event: EventEnvelope<AreaV1>, tx: EntityManager): Promise<void> {
    const area = event.payload;
    await new ReferenceDataRepository(tx).putArea(area);
    if (area.withdrawn) return;
    const group = networkGroupOf({ id: area.areaId, name: area.name });
    await this.bodies.insertBody({ ...group, level: LEVEL_OF[group.kind], endsOn: null }, tx);
  }
}
