import type { AreaV1, OffenceCategoryV1 } from '@ssp/contracts';
import type { EntityManager } from 'typeorm';
import type { AreaDto, OffenceCategoryDto } from './reference-data.dto';

/** The ingestion's reference tables. */
export type ReferenceTableName = 'area' | 'offence_category';

/** The SQL of the ingestion's area and offence-category tables, and of publishing them. */
export class ReferenceTablesRepository {
  constructor(private readonly manager: EntityManager) {}

  async areas(): Promise<AreaDto[]> {
    const rows: { id: string; name: string; postal_codes: string[]; schools: string[] }[] = await this.manager.query(
      'SELECT id, name, postal_codes, schools FROM area ORDER BY position',
    );
    return rows.map((row) => ({ id: row.id, name: row.name, postalCodes: row.postal_codes, schools: row.schools }));
  }

  async offenceCategories(): Promise<OffenceCategoryDto[]> {
    const rows: { id: string; name_da: string; patterns: string[] }[] = await this.manager.query('SELECT id, name_da, patterns FROM offence_category ORDER BY position');
    return rows.map((row) => ({ id: row.id, da: row.name_da, patterns: row.patterns }));
  }

  /** Replaces the area table; the areas it held that `areas` leaves out, as withdrawn. */
  async replaceAreas(areas: readonly AreaDto[]): Promise<AreaV1[]> {
    const removed = (await this.manager.query(
      'SELECT id AS "areaId", name, position, true AS withdrawn FROM area WHERE NOT (id = ANY($1::text[])) ORDER BY position',
      [areas.map((area) => area.id)],
    )) as AreaV1[];
    await this.manager.query('DELETE FROM area');
    for (const [position, area] of areas.entries()) {
      await this.manager.query('INSERT INTO area (id, name, postal_codes, schools, position) VALUES ($1, $2, $3, $4, $5)', [
        area.id,
        area.name,
        area.postalCodes,
        area.schools ?? [],
        position,
      ]);
    }
    return removed;
  }

  /** Replaces the offence-category table; the categories it held that `categories` leaves out, as withdrawn. */
  async replaceOffenceCategories(categories: readonly OffenceCategoryDto[]): Promise<OffenceCategoryV1[]> {
    const removed = (await this.manager.query(
      'SELECT id AS "categoryId", name_da AS name, position, true AS withdrawn FROM offence_category WHERE NOT (id = ANY($1::text[])) ORDER BY position',
      [categories.map((category) => category.id)],
    )) as OffenceCategoryV1[];
    await this.manager.query('DELETE FROM offence_category');
    for (const [position, category] of categories.entries()) {
      await this.manager.query('INSERT INTO offence_category (id, name_da, patterns, position) VALUES ($1, $2, $3, $4)', [category.id, category.da, category.patterns, position]);
    }
    return removed;
  }

  /** The areas as their topic carries them: all, or those never published; locked (other replicas skip them) until the transaction ends. */
  async publishableAreas(onlyUnannounced: boolean): Promise<AreaV1[]> {
    return (await this.manager.query(
      `SELECT id AS "areaId", name, position, false AS withdrawn FROM area WHERE $1::boolean = false OR announced_at IS NULL ORDER BY position FOR UPDATE SKIP LOCKED`,
      [onlyUnannounced],
    )) as AreaV1[];
  }

  async publishableOffenceCategories(onlyUnannounced: boolean): Promise<OffenceCategoryV1[]> {
    return (await this.manager.query(
      `SELECT id AS "categoryId", name_da AS name, position, false AS withdrawn FROM offence_category WHERE $1::boolean = false OR announced_at IS NULL ORDER BY position FOR UPDATE SKIP LOCKED`,
      [onlyUnannounced],
    )) as OffenceCategoryV1[];
  }

  /** Marks these entries of the table as published at `at`. */
  async markAnnounced(table: ReferenceTableName, ids: readonly string[], at: Date): Promise<void> {
    await this.manager.query(`UPDATE ${table} SET announced_at = $2 WHERE id = ANY($1::text[])`, [ids, at]);
  }
}
