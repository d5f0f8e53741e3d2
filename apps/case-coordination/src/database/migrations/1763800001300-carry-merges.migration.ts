import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A merge carries the merged person's records to the kept one (docs/case-coordination.md,
 * "Duplicates"): reads of the kept person take in those merged into it (by `merged_into`,
 * indexed here), and the two flags become one. Each merge step keeps both flags as they were,
 * so that an unmerge can give them back.
 */
export class CarryMerges1763800001300 implements MigrationInterface {
  name = 'CarryMerges1763800001300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX person_merged_into ON person (merged_into) WHERE merged_into IS NOT NULL');
    await queryRunner.query('ALTER TABLE person_merge ADD COLUMN kept_flag jsonb, ADD COLUMN merged_flag jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE person_merge DROP COLUMN kept_flag, DROP COLUMN merged_flag');
    await queryRunner.query('DROP INDEX person_merged_into');
  }
}
