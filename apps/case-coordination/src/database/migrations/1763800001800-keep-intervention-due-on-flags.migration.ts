import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A flag keeps the earliest deadline of its person's open interventions (and those of persons
 * merged into them), `intervention_due`, so that the agenda finds the flagged persons with an
 * overdue intervention along a small index instead of looking each one up per page
 * (ReviewFlagRepository.refreshInterventionDue). Filled here for the flags there are.
 */
export class KeepInterventionDueOnFlags1763800001800 implements MigrationInterface {
  name = 'KeepInterventionDueOnFlags1763800001800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE review_flag ADD COLUMN intervention_due date');
    await queryRunner.query(
      `UPDATE review_flag f SET intervention_due = due.deadline
         FROM (SELECT coalesce(p.merged_into, p.pseudonym) AS person_pseudonym, min(i.deadline) AS deadline
                 FROM intervention i JOIN person p ON p.pseudonym = i.person_pseudonym
                WHERE i.status <> 'completed' GROUP BY 1) due
        WHERE f.person_pseudonym = due.person_pseudonym`,
    );
    await queryRunner.query('CREATE INDEX review_flag_intervention_due ON review_flag (intervention_due) WHERE intervention_due IS NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX review_flag_intervention_due');
    await queryRunner.query('ALTER TABLE review_flag DROP COLUMN intervention_due');
  }
}
