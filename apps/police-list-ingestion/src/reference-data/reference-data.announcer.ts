import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics, type AreaV1, type OffenceCategoryV1, type TopicDefinition } from '@ssp/contracts';
import { Clock, OutboxService } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { ReferenceTablesRepository, type ReferenceTableName } from './reference-tables.repository';

/** A reference table and the topic it is published on. */
interface ReferenceTable<P extends object> {
  name: ReferenceTableName;
  topic: TopicDefinition<P>;
  keyOf: (entry: P) => string;
}

const AREAS: ReferenceTable<AreaV1> = { name: 'area', topic: Topics.area, keyOf: (area) => area.areaId };
const OFFENCE_CATEGORIES: ReferenceTable<OffenceCategoryV1> = { name: 'offence_category', topic: Topics.offenceCategory, keyOf: (category) => category.categoryId };

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
      const areas = await this.announce(tx, AREAS, await repository.publishableAreas(true));
      const categories = await this.announce(tx, OFFENCE_CATEGORIES, await repository.publishableOffenceCategories(true));
      return areas + categories;
    });
    if (published > 0) this.logger.log({ message: 'areas and offence categories published that were not before', count: published });
  }

  /** The area table as it now stands in `tx`, and the areas it no longer holds. */
  async areasChanged(tx: EntityManager, withdrawn: readonly AreaV1[]): Promise<void> {
    await this.announce(tx, AREAS, [...(await new ReferenceTablesRepository(tx).publishableAreas(false)), ...withdrawn]);
  }

  async offenceCategoriesChanged(tx: EntityManager, withdrawn: readonly OffenceCategoryV1[]): Promise<void> {
    await this.announce(tx, OFFENCE_CATEGORIES, [...(await new ReferenceTablesRepository(tx).publishableOffenceCategories(false)), ...withdrawn]);
  }

  /** Publishes the entries on the table's topic, and marks those still in the table as published. */
  private async announce<P extends { withdrawn: boolean }>(tx: EntityManager, table: ReferenceTable<P>, entries: readonly P[]): Promise<number> {
    if (entries.length === 0) return 0;
    const now = this.clock.now();
    const origin = this.origin(now);
    await this.outbox.publishMany(tx, table.topic, entries.map((entry) => ({ key: table.keyOf(entry), event: createEnvelope(table.topic, entry, origin) })));
    await new ReferenceTablesRepository(tx).markAnnounced(
      table.name,
      entries.filter((entry) => !entry.withdrawn).map(table.keyOf),
      now,
    );
    return entries.length;
  }

  private origin(now: Date) {
    return { producer: ServiceName.policeListIngestion, correlationId: randomUUID(), occurredAt: now };
  }
}
