import { randomBytes } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Anonymised area signals (weekly incident counts per area and offence category, and the
 * alerts raised from them) and the secretariat's initiatives. No table here holds a person:
 * no pseudonym, CPR, name or age; police journal numbers only as a keyed digest.
 */
export class CreateAreaSignalsAndInitiatives1763800000500 implements MigrationInterface {
  name = 'CreateAreaSignalsAndInitiatives1763800000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The key of the journal digests: random per database, so a digest cannot be matched
    // against journal numbers held elsewhere, nor against another installation's digests.
    await queryRunner.query(`
      CREATE TABLE area_signal_key (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        journal_key bytea NOT NULL CHECK (octet_length(journal_key) = 32)
      )`);
    await queryRunner.query('INSERT INTO area_signal_key (journal_key) VALUES ($1)', [randomBytes(32)]);
    await queryRunner.query(`
      CREATE TABLE area_signal_incident (
        area_id text NOT NULL,
        offence_category text NOT NULL,
        week_start date NOT NULL,
        journal_digest bytea NOT NULL,
        PRIMARY KEY (area_id, offence_category, week_start, journal_digest)
      )`);
    await queryRunner.query(`
      CREATE TABLE area_signal_week (
        area_id text NOT NULL,
        offence_category text NOT NULL,
        week_start date NOT NULL CHECK (extract(isodow FROM week_start) = 1),
        incidents integer NOT NULL CHECK (incidents > 0),
        PRIMARY KEY (area_id, offence_category, week_start)
      )`);
    await queryRunner.query('CREATE INDEX area_signal_week_area ON area_signal_week (area_id, week_start)');
    await queryRunner.query(`
      CREATE TABLE area_alert (
        id uuid PRIMARY KEY,
        area_id text NOT NULL,
        offence_category text NOT NULL,
        week_start date NOT NULL CHECK (extract(isodow FROM week_start) = 1),
        incidents integer NOT NULL CHECK (incidents >= 5),
        trailing_mean numeric NOT NULL CHECK (trailing_mean >= 0),
        raised_at timestamptz NOT NULL,
        CONSTRAINT area_alert_once_per_week UNIQUE (area_id, offence_category, week_start)
      )`);

    await queryRunner.query(`
      CREATE TABLE initiative (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('course', 'campaign', 'project', 'other')),
        title text NOT NULL,
        description text,
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'launched', 'completed', 'cancelled')),
        starts_on date,
        ends_on date,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        launched_at timestamptz,
        completed_at timestamptz,
        cancelled_at timestamptz,
        CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on),
        CHECK ((status IN ('launched', 'completed')) <= (launched_at IS NOT NULL))
      )`);
    await queryRunner.query('CREATE INDEX initiative_status ON initiative (status, created_at)');
    await queryRunner.query(`
      CREATE TABLE initiative_body (
        initiative_id uuid NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
        body_id text NOT NULL REFERENCES ssp_body (id),
        PRIMARY KEY (initiative_id, body_id)
      )`);
    await queryRunner.query('CREATE INDEX initiative_body_body ON initiative_body (body_id)');
    await queryRunner.query(`
      CREATE TABLE initiative_area (
        initiative_id uuid NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
        area_id text NOT NULL,
        PRIMARY KEY (initiative_id, area_id)
      )`);
    await queryRunner.query('CREATE INDEX initiative_area_area ON initiative_area (area_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE initiative_area');
    await queryRunner.query('DROP TABLE initiative_body');
    await queryRunner.query('DROP TABLE initiative');
    await queryRunner.query('DROP TABLE area_alert');
    await queryRunner.query('DROP TABLE area_signal_week');
    await queryRunner.query('DROP TABLE area_signal_incident');
    await queryRunner.query('DROP TABLE area_signal_key');
  }
}
