import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The concerns members raised about children (ssp.concern.raised.v1), which may be the first
 * the Monday group hears of a child. The worry stays here and goes at erasure; source, legal
 * basis, day and area stay for the counts. A concern not yet seen by the group orders the
 * agenda as a new incident does: its day and area are kept on the flag.
 */
export class CreatePersonConcerns1763800001500 implements MigrationInterface {
  name = 'CreatePersonConcerns1763800001500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE person_concern (
        concern_id uuid PRIMARY KEY,
        person_pseudonym char(64) NOT NULL REFERENCES person (pseudonym),
        source text NOT NULL,
        legal_basis text NOT NULL CHECK (legal_basis IN ('SSP', 'PSP', 'KSP')),
        raised_on date NOT NULL,
        age_at_concern int NOT NULL,
        area_id text NOT NULL,
        worry text,
        raised_by text,
        recorded_at timestamptz NOT NULL,
        reviewed_at timestamptz,
        erased_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX person_concern_person ON person_concern (person_pseudonym, raised_on)');
    await queryRunner.query('CREATE INDEX person_concern_unreviewed ON person_concern (person_pseudonym) WHERE reviewed_at IS NULL');
    // The concerns' part of the agenda's order and area, kept on the flag (ReviewFlagRepository.refreshConcerns).
    await queryRunner.query('ALTER TABLE review_flag ADD COLUMN newest_concern_day date, ADD COLUMN concern_area_id text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE review_flag DROP COLUMN newest_concern_day, DROP COLUMN concern_area_id');
    await queryRunner.query('DROP TABLE person_concern');
  }
}
