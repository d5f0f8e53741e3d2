import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The family department's 24-hour assessment of a notification, recorded as such: who answered
 * (their sign-in subject) and what they concluded. Before, an intervention agreed after the
 * notification counted as its answer; those answers stay, without a conclusion.
 */
export class RecordAssessments1763800001900 implements MigrationInterface {
  name = 'RecordAssessments1763800001900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE person_decision ADD COLUMN assessment_answered_by text, ADD COLUMN assessment_conclusion text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE person_decision DROP COLUMN assessment_answered_by, DROP COLUMN assessment_conclusion');
  }
}
