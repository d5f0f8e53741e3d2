import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The agenda's second order (`sort=newest`): the newest new incident or concern first, then priority, then pseudonym, as one index range. */
export class AddAgendaNewestOrder1763800001700 implements MigrationInterface {
  name = 'AddAgendaNewestOrder1763800001700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX review_flag_newest_order ON review_flag (newest_incident_date, priority, (person_pseudonym COLLATE "C"))');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX review_flag_newest_order');
  }
}
