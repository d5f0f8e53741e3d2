import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An intervention's responsible becomes a person of network groups' registry, by sign-in
 * subject (`owner_subject`), told when assigned, before the deadline and when overdue.
 * Interventions agreed before keep their free-text `responsible` and have no owner subject;
 * new ones have an owner subject and no free text. `owner_assigned_at` is when the current
 * owner got it; `due_soon_reported_at` remembers the reminder, sent once per intervention.
 * The owner's open interventions (GET /my-tasks) page by deadline and id.
 */
export class AssignInterventionsToRegistryPeople1763800002500 implements MigrationInterface {
  name = 'AssignInterventionsToRegistryPeople1763800002500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE intervention ADD COLUMN owner_subject text, ADD COLUMN owner_assigned_at timestamptz, ADD COLUMN due_soon_reported_at timestamptz');
    await queryRunner.query('ALTER TABLE intervention ALTER COLUMN responsible DROP NOT NULL');
    await queryRunner.query('ALTER TABLE intervention ADD CONSTRAINT intervention_has_responsible CHECK (owner_subject IS NOT NULL OR responsible IS NOT NULL)');
    await queryRunner.query(`CREATE INDEX intervention_open_by_owner ON intervention (owner_subject, deadline, id) WHERE status <> 'completed'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX intervention_open_by_owner');
    await queryRunner.query('ALTER TABLE intervention DROP CONSTRAINT intervention_has_responsible');
    await queryRunner.query(`UPDATE intervention SET responsible = owner_subject WHERE responsible IS NULL`);
    await queryRunner.query('ALTER TABLE intervention ALTER COLUMN responsible SET NOT NULL');
    await queryRunner.query('ALTER TABLE intervention DROP COLUMN owner_subject, DROP COLUMN owner_assigned_at, DROP COLUMN due_soon_reported_at');
  }
}
