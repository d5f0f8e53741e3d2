import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The follow-up list of interventions (GET /interventions) pages by deadline and id, whatever it filters on. */
export class IndexInterventionLists1763800002000 implements MigrationInterface {
  name = 'IndexInterventionLists1763800002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX intervention_deadline_id ON intervention (deadline, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX intervention_deadline_id');
  }
}
