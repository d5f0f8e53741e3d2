import { DEFAULT_AREAS, DEFAULT_OFFENCE_CATEGORIES } from '@ssp/contracts';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A consuming service's copy of the ingestion's areas and offence categories (topics
 * ssp.reference.area.v1 and ssp.reference.offence-category.v1). It starts from the same
 * defaults the ingestion's own tables start from, so a service is named right before it has
 * read the topics; from then on the topics decide. Only the services that consume the
 * topics run it.
 */
export class CreateReferenceData1764300000000 implements MigrationInterface {
  name = 'CreateReferenceData1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['area', 'offence_category']) {
      const key = table === 'area' ? 'area_id' : 'category_id';
      await queryRunner.query(`
        CREATE TABLE reference_${table} (
          ${key} text PRIMARY KEY,
          name text NOT NULL,
          position integer NOT NULL,
          withdrawn boolean NOT NULL DEFAULT false,
          updated_at timestamptz NOT NULL DEFAULT now()
        )`);
    }
    for (const [position, area] of DEFAULT_AREAS.entries()) {
      await queryRunner.query('INSERT INTO reference_area (area_id, name, position) VALUES ($1, $2, $3)', [area.id, area.name, position]);
    }
    for (const [position, category] of DEFAULT_OFFENCE_CATEGORIES.entries()) {
      await queryRunner.query('INSERT INTO reference_offence_category (category_id, name, position) VALUES ($1, $2, $3)', [category.id, category.da, position]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE reference_offence_category');
    await queryRunner.query('DROP TABLE reference_area');
  }
}
