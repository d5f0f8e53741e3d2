import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The agenda links the persons of one police case (co-suspects, a victim) by its journal number. */
export class IndexJournalNumbers1763800001400 implements MigrationInterface {
  name = 'IndexJournalNumbers1763800001400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX person_incident_journal ON person_incident (journal_number, person_pseudonym)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX person_incident_journal');
  }
}
