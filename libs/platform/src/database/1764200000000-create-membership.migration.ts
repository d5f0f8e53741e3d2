import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every service's copy of network groups' registry of memberships (topic ssp.registry.membership.v1):
 * who (sign-in subject) belongs to which body, in which body's area, from and to which day.
 * A caller's bodies and areas are read from here, by subject (MembershipDirectory).
 */
export class CreateMembership1764200000000 implements MigrationInterface {
  name = 'CreateMembership1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE membership (
        membership_id uuid PRIMARY KEY,
        subject text,
        body_id text NOT NULL,
        area_id text,
        valid_from date NOT NULL,
        valid_to date,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX membership_subject ON membership (subject) WHERE subject IS NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE membership');
  }
}
