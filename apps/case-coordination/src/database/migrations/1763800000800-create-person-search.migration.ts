import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Person search (docs/case-coordination.md, "Finding a person"): the blind index, one row per
 * keyed hash (SEARCH_INDEX_KEY) of a name part, the birth date or the CPR number of an
 * identity, never the clear text, and gone with the identity (ON DELETE CASCADE: a tombstone
 * and retention delete the identity, and so its terms); the record of every search, its kind
 * and purpose but never what was searched for; and the search index key's check value.
 */
export class CreatePersonSearch1763800000800 implements MigrationInterface {
  name = 'CreatePersonSearch1763800000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE person_search_term (
        term bytea NOT NULL CHECK (octet_length(term) = 32),
        person_pseudonym char(64) NOT NULL REFERENCES person_identity (person_pseudonym) ON DELETE CASCADE,
        PRIMARY KEY (term, person_pseudonym)
      )`);
    await queryRunner.query('CREATE INDEX person_search_term_person ON person_search_term (person_pseudonym)');
    await queryRunner.query(`
      CREATE TABLE person_search_log (
        id bigserial PRIMARY KEY,
        searched_at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        actor_roles text[] NOT NULL,
        kind text NOT NULL CHECK (kind IN ('cpr', 'name', 'name+birthDate', 'birthDate')),
        purpose text NOT NULL,
        hits integer NOT NULL,
        capped boolean NOT NULL
      )`);
    await queryRunner.query('ALTER TABLE key_check DROP CONSTRAINT key_check_purpose_check');
    await queryRunner.query("ALTER TABLE key_check ADD CONSTRAINT key_check_purpose_check CHECK (purpose IN ('PSEUDONYM_KEY', 'IDENTITY_KEYS', 'SEARCH_INDEX_KEY'))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM key_check WHERE purpose = 'SEARCH_INDEX_KEY'");
    await queryRunner.query('ALTER TABLE key_check DROP CONSTRAINT key_check_purpose_check');
    await queryRunner.query("ALTER TABLE key_check ADD CONSTRAINT key_check_purpose_check CHECK (purpose IN ('PSEUDONYM_KEY', 'IDENTITY_KEYS'))");
    await queryRunner.query('DROP TABLE person_search_log');
    await queryRunner.query('DROP TABLE person_search_term');
  }
}
