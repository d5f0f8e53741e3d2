import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Persons of concern by pseudonym, their incidents, identities, flags, cases and the access log. */
export class CreatePersonsAndCases1763800000400 implements MigrationInterface {
  name = 'CreatePersonsAndCases1763800000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE person (
        pseudonym char(64) PRIMARY KEY,
        pseudonym_strength text NOT NULL,
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        last_incident_date date NOT NULL,
        erased_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE person_incident (
        incident_id uuid PRIMARY KEY,
        person_pseudonym char(64) NOT NULL REFERENCES person (pseudonym),
        list_id uuid NOT NULL,
        journal_number text NOT NULL,
        role text NOT NULL,
        incident_date date NOT NULL,
        offence_category text NOT NULL,
        age_at_incident integer NOT NULL,
        area_id text NOT NULL,
        reviewed_at timestamptz,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX person_incident_person ON person_incident (person_pseudonym, incident_date)');
    await queryRunner.query(`
      CREATE TABLE person_identity (
        person_pseudonym char(64) PRIMARY KEY,
        key_id text NOT NULL,
        iv text NOT NULL,
        ciphertext text NOT NULL,
        auth_tag text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE review_flag (
        person_pseudonym char(64) PRIMARY KEY REFERENCES person (pseudonym),
        priority integer NOT NULL,
        reasons jsonb NOT NULL,
        flagged_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE person_case (
        id uuid PRIMARY KEY,
        person_pseudonym char(64) NOT NULL REFERENCES person (pseudonym),
        state text NOT NULL,
        opened_at timestamptz NOT NULL,
        closed_at timestamptz
      )`);
    await queryRunner.query("CREATE UNIQUE INDEX person_case_one_active ON person_case (person_pseudonym) WHERE state <> 'closed'");
    await queryRunner.query(`
      CREATE TABLE intervention (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES person_case (id),
        person_pseudonym char(64) NOT NULL REFERENCES person (pseudonym),
        title text NOT NULL,
        owner_body text NOT NULL,
        responsible text NOT NULL,
        deadline date NOT NULL,
        status text NOT NULL,
        outcome text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE access_log (
        id bigserial PRIMARY KEY,
        accessed_at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        actor_roles text[] NOT NULL,
        person_pseudonym char(64) NOT NULL,
        action text NOT NULL,
        purpose text NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX access_log_person ON access_log (person_pseudonym, accessed_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['access_log', 'intervention', 'person_case', 'review_flag', 'person_identity', 'person_incident', 'person']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
