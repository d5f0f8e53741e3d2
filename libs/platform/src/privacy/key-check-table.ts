import type { QueryRunner } from 'typeorm';

/**
 * The table of key check values, for the migration of each service that holds keys
 * (police-list ingestion, case coordination): one check value per key (purpose = the
 * variable, PSEUDONYM_KEY or IDENTITY_KEYS, and its key id; case coordination's own migration
 * adds SEARCH_INDEX_KEY), a keyed MAC of a fixed label,
 * never the key. Start-up compares the configured keys with it (verify-keys.ts).
 */
export async function createKeyCheckTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE key_check (
      purpose text NOT NULL CHECK (purpose IN ('PSEUDONYM_KEY', 'IDENTITY_KEYS')),
      key_id text NOT NULL,
      check_value char(32) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (purpose, key_id)
    )`);
}

export async function dropKeyCheckTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query('DROP TABLE key_check');
}
