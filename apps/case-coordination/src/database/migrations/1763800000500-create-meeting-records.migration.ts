import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the Monday group records at a meeting: information notes with their legal basis
 * (retsplejeloven § 115), decisions per person (with the family department's 24-hour
 * assessment deadline after a notification), and the interventions' life (started,
 * completed, overdue reported once).
 */
export class CreateMeetingRecords1763800000500 implements MigrationInterface {
  name = 'CreateMeetingRecords1763800000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    // text and necessity are the free text; erasure sets both to NULL and keeps the rest (counts by basis).
    await queryRunner.query(`
      CREATE TABLE person_note (
        id uuid PRIMARY KEY,
        person_pseudonym char(64) NOT NULL REFERENCES person (pseudonym),
        body text NOT NULL,
        legal_basis text NOT NULL CONSTRAINT person_note_legal_basis CHECK (legal_basis IN ('SSP', 'PSP', 'KSP')),
        necessity text,
        text text,
        author text NOT NULL,
        author_name text,
        written_at timestamptz NOT NULL,
        erased_at timestamptz,
        search tsvector GENERATED ALWAYS AS (to_tsvector('danish', coalesce(text, '') || ' ' || coalesce(necessity, ''))) STORED,
        CONSTRAINT person_note_free_text CHECK ((erased_at IS NULL) = (text IS NOT NULL AND necessity IS NOT NULL))
      )`);
    await queryRunner.query('CREATE INDEX person_note_person ON person_note (person_pseudonym, written_at)');
    await queryRunner.query('CREATE INDEX person_note_search ON person_note USING gin (search)');
    await queryRunner.query(`
      CREATE TABLE person_decision (
        id uuid PRIMARY KEY,
        person_pseudonym char(64) NOT NULL REFERENCES person (pseudonym),
        case_id uuid NOT NULL REFERENCES person_case (id),
        kind text NOT NULL CONSTRAINT person_decision_kind
          CHECK (kind IN ('no-action', 'concern-conversation', 'notify-family-department', 'referral', 'follow-up-next-meeting')),
        referral_body text,
        note text,
        case_state text NOT NULL,
        decided_by text NOT NULL,
        decided_at timestamptz NOT NULL,
        meeting_date date,
        assessment_due_at timestamptz,
        assessment_answered_at timestamptz,
        CONSTRAINT person_decision_referral CHECK ((kind = 'referral') = (referral_body IS NOT NULL)),
        CONSTRAINT person_decision_assessment CHECK ((kind = 'notify-family-department') = (assessment_due_at IS NOT NULL))
      )`);
    await queryRunner.query('CREATE INDEX person_decision_person ON person_decision (person_pseudonym, decided_at)');
    await queryRunner.query(`
      ALTER TABLE intervention
        ADD COLUMN assigned_by text,
        ADD COLUMN started_at timestamptz,
        ADD COLUMN completed_at timestamptz,
        ADD COLUMN overdue_reported_at timestamptz,
        ADD CONSTRAINT intervention_status CHECK (status IN ('agreed', 'in-progress', 'completed'))`);
    await queryRunner.query('CREATE INDEX intervention_person ON intervention (person_pseudonym)');
    await queryRunner.query("CREATE INDEX intervention_unreported_overdue ON intervention (deadline) WHERE status <> 'completed' AND overdue_reported_at IS NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX intervention_unreported_overdue');
    await queryRunner.query('DROP INDEX intervention_person');
    await queryRunner.query(`
      ALTER TABLE intervention
        DROP CONSTRAINT intervention_status,
        DROP COLUMN overdue_reported_at,
        DROP COLUMN completed_at,
        DROP COLUMN started_at,
        DROP COLUMN assigned_by`);
    await queryRunner.query('DROP TABLE person_decision');
    await queryRunner.query('DROP TABLE person_note');
  }
}
