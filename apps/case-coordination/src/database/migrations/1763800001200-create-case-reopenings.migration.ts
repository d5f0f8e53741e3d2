import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Monday group's reopenings of closed cases, with the reason (a code) and an optional note
 * that stays in case coordination (it never travels on a topic).
 */
export class CreateCaseReopenings1763800001200 implements MigrationInterface {
  name = 'CreateCaseReopenings1763800001200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_reopening (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES person_case (id),
        person_pseudonym char(64) NOT NULL REFERENCES person (pseudonym),
        reason text NOT NULL CHECK (reason IN ('new-information', 'concern-persists', 'partner-request', 'intervention-needed')),
        note text,
        reopened_by text NOT NULL,
        reopened_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX case_reopening_person ON case_reopening (person_pseudonym, reopened_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE case_reopening');
  }
}
