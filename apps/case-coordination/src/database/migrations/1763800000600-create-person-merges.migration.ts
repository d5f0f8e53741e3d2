import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Duplicate persons merged into one, and every merge and unmerge kept as history. */
export class CreatePersonMerges1763800000600 implements MigrationInterface {
  name = 'CreatePersonMerges1763800000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE person ADD COLUMN merged_into char(64) REFERENCES person (pseudonym)');
    await queryRunner.query(`
      CREATE TABLE person_merge (
        id uuid PRIMARY KEY,
        merged_pseudonym char(64) NOT NULL REFERENCES person (pseudonym),
        into_pseudonym char(64) NOT NULL REFERENCES person (pseudonym),
        merged_by text NOT NULL,
        merged_at timestamptz NOT NULL,
        unmerged_by text,
        unmerged_at timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE person_merge');
    await queryRunner.query('ALTER TABLE person DROP COLUMN merged_into');
  }
}
