import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Likely duplicates found when an identity is indexed (docs/case-coordination.md,
 * "Duplicates"): one row per pair, the lesser pseudonym first, gone with either identity (ON
 * DELETE CASCADE: a tombstone and retention delete the identity). The Danish explanation is
 * the reason's (DUPLICATE_EXPLANATIONS), so it is not stored.
 *
 * A database from before this table has identities whose pairs were never looked for: their
 * blind index is emptied here, and the start-up indexer (PersonSearchIndex.indexUnindexed)
 * indexes them again before the service answers, finding their pairs as it goes.
 */
export class CreateLikelyDuplicates1763800000900 implements MigrationInterface {
  name = 'CreateLikelyDuplicates1763800000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE likely_duplicate (
        first_pseudonym char(64) NOT NULL REFERENCES person_identity (person_pseudonym) ON DELETE CASCADE,
        second_pseudonym char(64) NOT NULL REFERENCES person_identity (person_pseudonym) ON DELETE CASCADE,
        reason text NOT NULL CHECK (reason IN ('identified-later', 'similar-name')),
        found_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (first_pseudonym, second_pseudonym),
        CHECK (first_pseudonym COLLATE "C" < second_pseudonym COLLATE "C")
      )`);
    await queryRunner.query('CREATE INDEX likely_duplicate_second ON likely_duplicate (second_pseudonym)');
    await queryRunner.query('DELETE FROM person_search_term');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE likely_duplicate');
  }
}
