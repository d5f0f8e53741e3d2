import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dead letters: a first-failure time that never changes (the list is paged on it, so a
 * send-back that fails again does not move the row), and the removal of a waiting dead letter's
 * content, by retention or by the erasure of the person it concerns (docs/event-backbone.md).
 * `failed_at` stays the time of the latest failure.
 */
export class DeadLetterRetention1766200000000 implements MigrationInterface {
  name = 'DeadLetterRetention1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE dead_letter ADD COLUMN first_failed_at timestamptz');
    await queryRunner.query('UPDATE dead_letter SET first_failed_at = failed_at');
    await queryRunner.query('ALTER TABLE dead_letter ALTER COLUMN first_failed_at SET NOT NULL');
    await queryRunner.query('ALTER TABLE dead_letter ADD COLUMN content_removed_at timestamptz, ADD COLUMN content_removed_reason text');
    await queryRunner.query('DROP INDEX dead_letter_waiting');
    await queryRunner.query('CREATE INDEX dead_letter_waiting ON dead_letter (consumer_group, first_failed_at, id) WHERE settled_at IS NULL');
    await queryRunner.query('CREATE INDEX dead_letter_content_kept ON dead_letter (first_failed_at) WHERE settled_at IS NULL AND content_removed_at IS NULL');
    await queryRunner.query('CREATE INDEX dead_letter_content_kept_key ON dead_letter (message_key) WHERE settled_at IS NULL AND content_removed_at IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX dead_letter_content_kept_key');
    await queryRunner.query('DROP INDEX dead_letter_content_kept');
    await queryRunner.query('DROP INDEX dead_letter_waiting');
    await queryRunner.query('CREATE INDEX dead_letter_waiting ON dead_letter (failed_at, id) WHERE settled_at IS NULL');
    await queryRunner.query('ALTER TABLE dead_letter DROP COLUMN content_removed_reason, DROP COLUMN content_removed_at, DROP COLUMN first_failed_at');
  }
}
