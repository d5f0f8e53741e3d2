import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether an incident came in dated before AGENDA_BASELINE_DATE: history that flags no one and
 * opens no case. It is stored as reviewed when it arrives, and this column says why, so that
 * the person's page can tell history from what the Monday group has seen.
 */
export class AddIncidentBaseline1763800001100 implements MigrationInterface {
  name = 'AddIncidentBaseline1763800001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE person_incident ADD COLUMN before_baseline boolean NOT NULL DEFAULT false');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE person_incident DROP COLUMN before_baseline');
  }
}
