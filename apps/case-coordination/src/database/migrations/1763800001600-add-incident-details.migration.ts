import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The police's own words for an incident (offence text and place, opened from the incident
 * event's `detailsSealed`) and the school the list named, for the agenda and the person's
 * page. Null for incidents that came without them; the words are blanked at erasure.
 */
export class AddIncidentDetails1763800001600 implements MigrationInterface {
  name = 'AddIncidentDetails1763800001600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE person_incident ADD COLUMN offence_text text, ADD COLUMN incident_location text, ADD COLUMN school text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE person_incident DROP COLUMN offence_text, DROP COLUMN incident_location, DROP COLUMN school');
  }
}
