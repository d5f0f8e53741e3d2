import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People and member organisations become records of their own: a person sits in several
 * bodies, and an organisation (a school, a club, a self-governing institution) sends several
 * people. Existing memberships keep their people and organisations, matched by e-mail and name.
 */
export class CreatePeopleAndOrganisations1763800000350 implements MigrationInterface {
  name = 'CreatePeopleAndOrganisations1763800000350';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL DEFAULT 'other',
        self_governing boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE UNIQUE INDEX organisation_name ON organisation (lower(name))');
    await queryRunner.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        email text NOT NULL,
        subject text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE UNIQUE INDEX person_email ON person (lower(email))');
    await queryRunner.query(`INSERT INTO organisation (name) SELECT DISTINCT ON (lower(organisation)) organisation FROM body_membership ORDER BY lower(organisation)`);
    await queryRunner.query(
      `INSERT INTO person (name, email) SELECT DISTINCT ON (lower(email)) person_name, email FROM body_membership ORDER BY lower(email), created_at DESC`,
    );
    await queryRunner.query(`
      ALTER TABLE body_membership
        ADD COLUMN person_id uuid REFERENCES person (id),
        ADD COLUMN organisation_id uuid REFERENCES organisation (id)`);
    await queryRunner.query('UPDATE body_membership m SET person_id = p.id FROM person p WHERE lower(p.email) = lower(m.email)');
    await queryRunner.query('UPDATE body_membership m SET organisation_id = o.id FROM organisation o WHERE lower(o.name) = lower(m.organisation)');
    await queryRunner.query(`
      ALTER TABLE body_membership
        ALTER COLUMN person_id SET NOT NULL,
        ALTER COLUMN organisation_id SET NOT NULL,
        DROP COLUMN person_name,
        DROP COLUMN email,
        DROP COLUMN organisation`);
    await queryRunner.query('CREATE INDEX body_membership_person ON body_membership (person_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE body_membership
        ADD COLUMN person_name text,
        ADD COLUMN email text,
        ADD COLUMN organisation text`);
    await queryRunner.query(
      'UPDATE body_membership m SET person_name = p.name, email = p.email, organisation = o.name FROM person p, organisation o WHERE p.id = m.person_id AND o.id = m.organisation_id',
    );
    await queryRunner.query(`
      ALTER TABLE body_membership
        ALTER COLUMN person_name SET NOT NULL,
        ALTER COLUMN email SET NOT NULL,
        ALTER COLUMN organisation SET NOT NULL,
        DROP COLUMN person_id,
        DROP COLUMN organisation_id`);
    await queryRunner.query('DROP TABLE person');
    await queryRunner.query('DROP TABLE organisation');
  }
}
