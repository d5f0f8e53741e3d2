import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The notifications' 24-hour clocks (GET /assessments) are listed by when they run out. */
export class IndexAssessmentClocks1763800002100 implements MigrationInterface {
  name = 'IndexAssessmentClocks1763800002100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX person_decision_assessment_due ON person_decision (assessment_due_at, id) WHERE assessment_due_at IS NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX person_decision_assessment_due');
  }
}
