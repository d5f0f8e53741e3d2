import { badRequest, Clock } from '@ssp/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AmbiguousAreaTableError, areaResolver } from '../rows/area';
import { InvalidOffencePatternError, offenceClassifier } from '../rows/offence-category';
import type { RowValidationContext } from '../rows/validate-row';
import { REFERENCE_DATA_REFUSALS, type AreaDto, type OffenceCategoryDto } from './reference-data.dto';
import { danishToday } from '@ssp/platform/time';
import { ReferenceDataAnnouncer } from './reference-data.announcer';
import { ReferenceTablesRepository } from './reference-tables.repository';

/** Said with every change: earlier incidents keep the area and category they were given. */
export const APPLIES_TO_NEW_ROWS =
  'Ændringen gælder rækker i lister, der indlæses fra nu af. Hændelser, der allerede er indlæst, beholder deres område og kategori.';

function duplicateIds(ids: string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/** The area and offence-category tables: seeded from the defaults, editable, read at every list, published on their topics at every change. */
@Injectable()
export class ReferenceDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly announcer: ReferenceDataAnnouncer,
  ) {}

  async areas(manager: EntityManager = this.dataSource.manager): Promise<AreaDto[]> {
    return new ReferenceTablesRepository(manager).areas();
  }

  async offenceCategories(manager: EntityManager = this.dataSource.manager): Promise<OffenceCategoryDto[]> {
    return new ReferenceTablesRepository(manager).offenceCategories();
  }

  /** What validating a row needs, from the tables as they are when the list is read. */
  async rowContext(manager: EntityManager): Promise<Omit<RowValidationContext, 'maxCellLength'>> {
    return {
      classify: offenceClassifier(await this.offenceCategories(manager)),
      resolveArea: areaResolver(await this.areas(manager)),
      today: danishToday(this.clock.now()),
    };
  }

  async replaceAreas(areas: AreaDto[]): Promise<AreaDto[]> {
    const duplicated = duplicateIds(areas.map((area) => area.id));
    if (duplicated.length > 0) throw badRequest(REFERENCE_DATA_REFUSALS.areaDuplicated, { duplicated });
    try {
      areaResolver(areas);
    } catch (error) {
      if (error instanceof AmbiguousAreaTableError) {
        throw badRequest(REFERENCE_DATA_REFUSALS.areaAmbiguous, { key: error.key, areaIds: error.areaIds });
      }
      throw error;
    }
    await this.dataSource.transaction(async (tx) => {
      await this.announcer.areasChanged(tx, await new ReferenceTablesRepository(tx).replaceAreas(areas));
    });
    return this.areas();
  }

  async replaceOffenceCategories(categories: OffenceCategoryDto[]): Promise<OffenceCategoryDto[]> {
    const duplicated = duplicateIds(categories.map((category) => category.id));
    if (duplicated.length > 0) throw badRequest(REFERENCE_DATA_REFUSALS.categoryDuplicated, { duplicated });
    try {
      offenceClassifier(categories);
    } catch (error) {
      if (error instanceof InvalidOffencePatternError) throw badRequest(REFERENCE_DATA_REFUSALS.patternUnusable, { categoryId: error.categoryId, pattern: error.pattern });
      throw error;
    }
    await this.dataSource.transaction(async (tx) => {
      await this.announcer.offenceCategoriesChanged(tx, await new ReferenceTablesRepository(tx).replaceOffenceCategories(categories));
    });
    return this.offenceCategories();
  }
}
