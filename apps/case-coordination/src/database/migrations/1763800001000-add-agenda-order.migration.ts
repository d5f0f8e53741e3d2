import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agenda's order kept with each review flag (issue 18, finding 6): the date of the
 * person's newest incident the Monday group has not yet seen ('-infinity' for none), and the
 * area of their newest incident (the agenda's area filter), kept by every writer of flags and
 * incidents (ReviewFlagRepository). With the index on (priority,
 * newest incident, pseudonym) a page of the agenda is a range of the index, not a sort of
 * every flagged person. Open interventions by deadline find the persons escalated for an
 * overdue one.
 */
export class AddAgendaOrder1763800001000 implements MigrationInterface {
  name = 'AddAgendaOrder1763800001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE review_flag ADD COLUMN newest_incident_date date NOT NULL DEFAULT '-infinity', ADD COLUMN area_id text");
    await queryRunner.query(`
      UPDATE review_flag f SET newest_incident_date = newest.date
        FROM (SELECT person_pseudonym, max(incident_date) AS date FROM person_incident WHERE reviewed_at IS NULL GROUP BY person_pseudonym) newest
       WHERE newest.person_pseudonym = f.person_pseudonym`);
    await queryRunner.query(`
      UPDATE review_flag f SET area_id = (SELECT i.area_id FROM person_incident i WHERE i.person_pseudonym = f.person_pseudonym ORDER BY i.incident_date DESC, i.recorded_at DESC LIMIT 1)`);
    await queryRunner.query('CREATE INDEX review_flag_agenda_order ON review_flag (priority, newest_incident_date, (person_pseudonym COLLATE "C"))');
    await queryRunner.query("CREATE INDEX intervention_open_deadline ON intervention (deadline) WHERE status <> 'completed'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX intervention_open_deadline');
    await queryRunner.query('DROP INDEX review_flag_agenda_order');
    await queryRunner.query('ALTER TABLE review_flag DROP COLUMN newest_incident_date, DROP COLUMN area_id');
  }
}
