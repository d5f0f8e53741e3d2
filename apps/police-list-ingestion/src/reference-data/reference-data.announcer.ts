import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics, type AreaV1, type OffenceCategoryV1 } from '@ssp/contracts';
import { Clock, OutboxService } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { ReferenceTablesRepository } from './reference-tables.repository';

/**
 * Publishes the areas and offence categories on their compacted topics, from which network
 * groups, reporting and case coordination keep their copies: in the transaction of each change
 * of a table (the whole table, and what it no longer holds as withdrawn), and at start-up what
 * was never published (the tables as they were before the topics).
 */
@Injectable()
export class ReferenceDataAnnouncer implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReferenceDataAnnouncer.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const published = await this.dataSource.transaction(async (tx) => {
      const repository = new ReferenceTablesRepository(tx);
      const areas = await this.announceAreas(tx, await repository.publishableAreas(true));
      const categories = await this.announceOffenceCategories(tx, await repository.publishableOffenceCategories(true));
      return areas + categories;
    });
    if (published > 0) this.logger.log({ message: 'areas and offence categories published that were not before', count: published });
  }

  /** The area table as it now stands in `tx`, and the areas it no longer holds. */
  async areasChanged(tx: EntityManager, withdrawn: readonly AreaV1[]): Promise<void> {
    await this.announceAreas(tx, [...(await new ReferenceTablesRepository(tx).publishableAreas(false)), ...withdrawn]);
  }

  async offenceCategoriesChanged(tx: EntityManager, withdrawn: readonly OffenceCategoryV1[]): Promise<void> {
    await this.announceOffenceCategories(tx, [...(await new ReferenceTablesRepository(tx).publishableOffenceCategories(false)), ...withdrawn]);
  }

  private async announceAreas(tx: EntityManager, areas: readonly AreaV1[]): Promise<number> {
    if (areas.length === 0) return 0;
    const now = this.clock.now();
    const origin = this.origin(now);
    await this.outbox.publishMany(tx, Topics.area, areas.map((area) => ({ key: area.areaId, event: createEnvelope(Topics.area, area, origin) })));
    await new ReferenceTablesRepository(tx).markAreasAnnounced(
      areas.filter((area) => !area.withdrawn).map((area) => area.areaId),
      now,
    );
    return areas.length;
  }

  private async announceOffenceCategories(tx: EntityManager, categories: readonly OffenceCategoryV1[]): Promise<number> {
    if (categories.length === 0) return 0;
    const now = this.clock.now();
    const origin = this.origin(now);
    await this.outbox.publishMany(
      tx,
      Topics.offenceCategory,
      categories.map((category) => ({ key: category.categoryId, event: createEnvelope(Topics.offenceCategory, category, origin) })),
    );
    await new ReferenceTablesRepository(tx).markOffenceCategoriesAnnounced(
      categories.filter((category) => !category.withdrawn).map((category) => category.categoryId),
      now,
    );
    return categories.length;
  }

  private origin(now: Date) {
    return { producer: ServiceName.policeListIngestion, correlationId: randomUUID(), occurredAt: now };
  }
}
