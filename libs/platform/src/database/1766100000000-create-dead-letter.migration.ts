import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The service's own record of the messages its consumer dead-lettered (docs/event-backbone.md,
 * Dead letters sent back). Kafka's `<topic>.dlq` is append-only: this table is where a dead
 * letter waits, is sent back by an operator and is settled. One row per original message
 * (group, topic, partition, offset); the message itself is kept only while the row waits.
 */
export class CreateDeadLetter1766100000000 implements MigrationInterface {
  name = 'CreateDeadLetter1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE dead_letter (
        id uuid PRIMARY KEY,
        consumer_group text NOT NULL,
        topic text NOT NULL,
        original_partition integer NOT NULL,
        original_offset bigint NOT NULL,
        dlq_partition integer,
        dlq_offset bigint,
        event_id text,
        event_type text,
        reason text NOT NULL,
        failed_at timestamptz NOT NULL,
        message_key text,
        message_value bytea,
        settled_at timestamptz,
        settled_by text,
        settled_outcome text,
        UNIQUE (consumer_group, topic, original_partition, original_offset)
      )`);
    await queryRunner.query('CREATE INDEX dead_letter_waiting ON dead_letter (failed_at, id) WHERE settled_at IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE dead_letter');
  }
}
