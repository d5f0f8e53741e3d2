import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One number that every write to the live read model raises, in the writing transaction, and
 * the swap of a rebuild too: a statistic computed at one version is still right while the
 * version stands (statistics/statistics-cache.ts).
 */
export class CreateReadModelVersion1763800000300 implements MigrationInterface {
  name = 'CreateReadModelVersion1763800000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE read_model_version (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version bigint NOT NULL
      )`);
    await queryRunner.query('INSERT INTO read_model_version (version) VALUES (0)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE read_model_version');
  }
}
