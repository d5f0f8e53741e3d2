import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each area and offence category was last published on its topic
 * (ssp.reference.area.v1, ssp.reference.offence-category.v1). Null until then: at start-up
 * the ingestion publishes those, so the tables as they were before the topics reach every
 * consumer.
 */
export class AnnounceReferenceData1763800000400 implements MigrationInterface {
  name = 'AnnounceReferenceData1763800000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE area ADD COLUMN announced_at timestamptz');
    await queryRunner.query('ALTER TABLE offence_category ADD COLUMN announced_at timestamptz');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE offence_category DROP COLUMN announced_at');
    await queryRunner.query('ALTER TABLE area DROP COLUMN announced_at');
  }
}
