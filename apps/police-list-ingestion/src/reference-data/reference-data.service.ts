import { badRequest, Clock } from '@ssp/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AmbiguousAreaTableError, areaResolver } from '../rows/area';
import { InvalidOffencePatternError, offenceClassifier } from '../rows/offence-category';
import type { RowValidationContext } from '../rows/validate-row';
import { REFERENCE_DATA_REFUSALS, type AreaDto, type OffenceCategoryDto } from './reference-data.dto';
import { danishToday } from '@ssp/platform/time';

/** Said with every change: earlier incidents keep the area and category they were given. */
export const APPLIES_TO_NEW_ROWS =
  'Ændringen gælder rækker i lister, der indlæses fra nu af. Hændelser, der allerede er indlæst, beholder deres område og kategori.';

function duplicateIds(ids: string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/** The area and offence-category tables: seeded from the defaults, editable, read at every list. */
@Injectable()
export class ReferenceDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async areas(manager: EntityManager = this.dataSource.manager): Promise<AreaDto[]> {
    const rows: { id: string; name: string; postal_codes: string[]; schools: string[] }[] = await manager.query(
      'SELECT id, name, postal_codes, schools FROM area ORDER BY position',
    );
    return rows.map((row) => ({ id: row.id, name: row.name, postalCodes: row.postal_codes, schools: row.schools }));
  }

  async offenceCategories(manager: EntityManager = this.dataSource.manager): Promise<OffenceCategoryDto[]> {
    const rows: { id: string; name_da: string; patterns: string[] }[] = await manager.query('SELECT id, name_da, patterns FROM offence_category ORDER BY position');
    return rows.map((row) => ({ id: row.id, da: row.name_da, patterns: row.patterns }));
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
      await tx.query('DELETE FROM area');
      for (const [position, area] of areas.entries()) {
        await tx.query('INSERT INTO area (id, name, postal_codes, schools, position) VALUES ($1, $2, $3, $4, $5)', [area.id, area.name, area.postalCodes, area.schools ?? [], position]);
      }
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
      await tx.query('DELETE FROM offence_category');
      for (const [position, category] of categories.entries()) {
        await tx.query('INSERT INTO offence_category (id, name_da, patterns, position) VALUES ($1, $2, $3, $4)', [category.id, category.da, category.patterns, position]);
      }
    });
    return this.offenceCategories();
  }
}
