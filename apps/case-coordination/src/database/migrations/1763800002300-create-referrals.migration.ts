import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Referrals (issue 21): a decision of kind `referral` refers the person to SSP-U, SSP+ or the
 * family department, which accepts or declines once. The reason and the answer's note are free
 * text, erased with the person; a consent is recorded as who gave it, when and how.
 */
export class CreateReferrals1763800002300 implements MigrationInterface {
  name = 'CreateReferrals1763800002300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY,
        decision_id uuid NOT NULL UNIQUE REFERENCES person_decision (id),
        person_pseudonym char(64) NOT NULL REFERENCES person (pseudonym),
        case_id uuid NOT NULL REFERENCES person_case (id),
        receiver_body text NOT NULL CONSTRAINT referral_receiver CHECK (receiver_body IN ('ssp-u', 'ssp-plus', 'familieafdelingen')),
        reason text,
        consent_given_by text CONSTRAINT referral_consent_giver CHECK (consent_given_by IN ('person', 'guardian')),
        consent_given_on date,
        consent_form text CONSTRAINT referral_consent_form CHECK (consent_form IN ('written', 'oral')),
        consent_recorded_by text,
        referred_by text NOT NULL,
        referred_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'pending' CONSTRAINT referral_status CHECK (status IN ('pending', 'accepted', 'declined')),
        answered_by text,
        answered_at timestamptz,
        answer_note text,
        CONSTRAINT referral_consent_whole CHECK (
          (consent_given_by IS NULL) = (consent_given_on IS NULL) AND (consent_given_by IS NULL) = (consent_form IS NULL) AND (consent_given_by IS NULL) = (consent_recorded_by IS NULL)),
        CONSTRAINT referral_answer_whole CHECK ((status = 'pending') = (answered_at IS NULL) AND (answered_at IS NULL) = (answered_by IS NULL))
      )`);
    await queryRunner.query('CREATE INDEX referral_receiver ON referral (receiver_body, referred_at, id)');
    await queryRunner.query('CREATE INDEX referral_listed ON referral (referred_at, id)');
    await queryRunner.query('CREATE INDEX referral_person ON referral (person_pseudonym, referred_at, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE referral');
  }
}
