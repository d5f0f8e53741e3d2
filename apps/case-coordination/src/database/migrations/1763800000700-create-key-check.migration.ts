import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One check value per key the service holds (purpose = the variable, PSEUDONYM_KEY or
 * IDENTITY_KEYS, and its key id): a keyed MAC of a fixed label, never the key. Start-up
 * compares the configured keys with it and refuses keys other than those the data was
 * made with (libs/platform/src/privacy/verify-keys.ts).
 */
export class CreateKeyCheck1763800000700 implements MigrationInterface {
  name = 'CreateKeyCheck1763800000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE key_check (
        purpose text NOT NULL CHECK (purpose IN ('PSEUDONYM_KEY', 'IDENTITY_KEYS')),
        key_id text NOT NULL,
        check_value char(32) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (purpose, key_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE key_check');
  }
}
