import { DEFAULT_AREAS, DEFAULT_OFFENCE_CATEGORIES } from '@ssp/contracts';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Police lists, their row errors, incidents, the identity vault and the reference tables. */
export class CreatePoliceLists1763800000200 implements MigrationInterface {
  name = 'CreatePoliceLists1763800000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE police_list (
        id uuid PRIMARY KEY,
        content_sha256 char(64) NOT NULL UNIQUE,
        file_name text NOT NULL,
        source text NOT NULL,
        list_date date,
        uploaded_by text NOT NULL,
        ingested_at timestamptz NOT NULL,
        rows integer NOT NULL,
        accepted integer NOT NULL,
        rejected integer NOT NULL,
        duplicates integer NOT NULL,
        blank integer NOT NULL,
        unknown_columns text[] NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE police_list_error (
        list_id uuid NOT NULL REFERENCES police_list (id) ON DELETE CASCADE,
        line integer NOT NULL,
        field text NOT NULL,
        code text NOT NULL,
        reason text NOT NULL,
        PRIMARY KEY (list_id, line, field)
      )`);
    await queryRunner.query(`
      CREATE TABLE incident (
        id uuid PRIMARY KEY,
        list_id uuid NOT NULL,
        person_pseudonym char(64) NOT NULL,
        pseudonym_strength text NOT NULL,
        journal_number text NOT NULL,
        role text NOT NULL,
        incident_date date NOT NULL,
        incident_time text,
        offence_code text,
        offence_category text NOT NULL,
        age_at_incident integer NOT NULL,
        sex text,
        area_id text NOT NULL,
        school text,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX incident_person ON incident (person_pseudonym)');
    await queryRunner.query(`
      CREATE TABLE person_identity (
        person_pseudonym char(64) PRIMARY KEY,
        pseudonym_strength text NOT NULL,
        key_id text NOT NULL,
        iv text NOT NULL,
        ciphertext text NOT NULL,
        auth_tag text NOT NULL,
        identity_digest char(64) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE area (
        id text PRIMARY KEY,
        name text NOT NULL,
        postal_codes text[] NOT NULL,
        schools text[] NOT NULL DEFAULT '{}',
        position integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE offence_category (
        id text PRIMARY KEY,
        name_da text NOT NULL,
        patterns text[] NOT NULL,
        position integer NOT NULL
      )`);
    for (const [position, area] of DEFAULT_AREAS.entries()) {
      await queryRunner.query('INSERT INTO area (id, name, postal_codes, position) VALUES ($1, $2, $3, $4)', [area.id, area.name, area.postalCodes, position]);
    }
    for (const [position, category] of DEFAULT_OFFENCE_CATEGORIES.entries()) {
      await queryRunner.query('INSERT INTO offence_category (id, name_da, patterns, position) VALUES ($1, $2, $3, $4)', [
        category.id,
        category.da,
        category.patterns,
        position,
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['offence_category', 'area', 'person_identity', 'incident', 'police_list_error', 'police_list']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
