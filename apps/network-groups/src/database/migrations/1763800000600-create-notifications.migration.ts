import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages to a body, in-app notifications with each person's delivery preference, and the
 * e-mail outbox with its send attempts. An e-mail row is written in the transaction that
 * writes its notification; its Message-ID is fixed then, before any attempt to send it.
 */
export class CreateNotifications1763800000600 implements MigrationInterface {
  name = 'CreateNotifications1763800000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE body_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        body_id text NOT NULL REFERENCES ssp_body (id),
        sender_person_id uuid NOT NULL REFERENCES person (id),
        text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX body_message_body ON body_message (body_id, created_at DESC)');

    await queryRunner.query(`
      CREATE TABLE notification_preference (
        person_id uuid PRIMARY KEY REFERENCES person (id),
        delivery text NOT NULL CHECK (delivery IN ('immediate', 'daily-digest', 'in-app')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id),
        kind text NOT NULL CHECK (kind IN ('message', 'new-agenda', 'area-alert', 'action-item-due')),
        subject text NOT NULL,
        text text NOT NULL,
        link text,
        body_id text,
        delivery text NOT NULL CHECK (delivery IN ('email', 'digest', 'in-app')),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        digested_at timestamptz,
        digest_email_id uuid
      )`);
    await queryRunner.query('CREATE INDEX notification_person ON notification (person_id, created_at DESC)');
    await queryRunner.query(`CREATE INDEX notification_digest_pending ON notification (created_at) WHERE delivery = 'digest' AND digested_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE outgoing_email (
        id uuid PRIMARY KEY,
        message_id text NOT NULL UNIQUE,
        person_id uuid NOT NULL REFERENCES person (id),
        recipient text NOT NULL,
        recipient_name text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('notification', 'digest')),
        notification_id uuid REFERENCES notification (id),
        digest_day date,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'unconfirmed', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CHECK ((kind = 'digest') = (digest_day IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX outgoing_email_due ON outgoing_email (next_attempt_at) WHERE status = 'queued'`);
    await queryRunner.query('CREATE UNIQUE INDEX outgoing_email_digest ON outgoing_email (person_id, digest_day) WHERE digest_day IS NOT NULL');
    await queryRunner.query('ALTER TABLE notification ADD FOREIGN KEY (digest_email_id) REFERENCES outgoing_email (id)');

    // One row per try, committed on its own while the sender holds the e-mail row locked:
    // data_ended_at says the final "." of DATA may have reached the server.
    await queryRunner.query(`
      CREATE TABLE email_attempt (
        email_id uuid NOT NULL REFERENCES outgoing_email (id),
        attempt integer NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        data_ended_at timestamptz,
        finished_at timestamptz,
        outcome text CHECK (outcome IN ('accepted', 'refused', 'failed', 'interrupted', 'unconfirmed')),
        response text,
        PRIMARY KEY (email_id, attempt)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE email_attempt');
    await queryRunner.query('ALTER TABLE notification DROP COLUMN digest_email_id');
    await queryRunner.query('DROP TABLE outgoing_email');
    await queryRunner.query('DROP TABLE notification');
    await queryRunner.query('DROP TABLE notification_preference');
    await queryRunner.query('DROP TABLE body_message');
  }
}
