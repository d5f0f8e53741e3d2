import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Monday group's meetings as case coordination records them: the meeting network groups
 * scheduled (same id), its agenda frozen when it opens (which persons, with which reasons),
 * each item handled, deferred or not reached, and the notes, decisions and interventions
 * made at it. Approved minutes are read-only.
 */
export class CreateMondayMeetings1763800002200 implements MigrationInterface {
  name = 'CreateMondayMeetings1763800002200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE monday_meeting (
        meeting_id uuid PRIMARY KEY,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        opened_at timestamptz,
        opened_by text,
        agenda_cut boolean NOT NULL DEFAULT false,
        closed_at timestamptz,
        closed_by text,
        approved_at timestamptz,
        approved_by text,
        CONSTRAINT monday_meeting_order CHECK ((closed_at IS NULL OR opened_at IS NOT NULL) AND (approved_at IS NULL OR closed_at IS NOT NULL))
      )`);
    await queryRunner.query('CREATE INDEX monday_meeting_starts ON monday_meeting (starts_at DESC, meeting_id DESC)');
    // One meeting at a time is open: the one the notes, decisions and interventions belong to.
    await queryRunner.query('CREATE UNIQUE INDEX monday_meeting_one_open ON monday_meeting ((true)) WHERE opened_at IS NOT NULL AND closed_at IS NULL');
    await queryRunner.query(`
      CREATE TABLE monday_meeting_item (
        meeting_id uuid NOT NULL REFERENCES monday_meeting (meeting_id),
        position int NOT NULL,
        person_pseudonym char(64) NOT NULL REFERENCES person (pseudonym),
        priority int NOT NULL,
        reasons jsonb NOT NULL,
        outcome text CONSTRAINT monday_meeting_item_outcome CHECK (outcome IN ('handled', 'deferred', 'not-reached')),
        outcome_by text,
        outcome_at timestamptz,
        PRIMARY KEY (meeting_id, position),
        UNIQUE (meeting_id, person_pseudonym)
      )`);
    for (const table of ['person_note', 'person_decision', 'intervention']) {
      await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN meeting_id uuid REFERENCES monday_meeting (meeting_id)`);
      await queryRunner.query(`CREATE INDEX ${table}_meeting ON ${table} (meeting_id, person_pseudonym) WHERE meeting_id IS NOT NULL`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['intervention', 'person_decision', 'person_note']) await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN meeting_id`);
    await queryRunner.query('DROP TABLE monday_meeting_item');
    await queryRunner.query('DROP TABLE monday_meeting');
  }
}
