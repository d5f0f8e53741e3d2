import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An ad-hoc group the secretariat creates ends on a day (the seeds: ad-hoc groups for a task); standing bodies have none. */
export class AddBodyEnd1763800000700 implements MigrationInterface {
  name = 'AddBodyEnd1763800000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE ssp_body ADD COLUMN ends_on date');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE ssp_body DROP COLUMN ends_on');
  }
}
