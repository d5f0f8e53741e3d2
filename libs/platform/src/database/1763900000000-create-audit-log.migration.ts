import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log: append-only by trigger (no UPDATE, DELETE or TRUNCATE through any role
 * that leaves triggers on), and hash-chained, so what a superuser changes anyway is found
 * by verification.
 */
export class CreateAuditLog1763900000000 implements MigrationInterface {
  name = 'CreateAuditLog1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_log (
        seq bigint PRIMARY KEY CHECK (seq > 0),
        recorded_at timestamptz NOT NULL,
        actor text NOT NULL,
        actor_roles text[] NOT NULL,
        action text NOT NULL,
        permission text,
        resource text NOT NULL,
        decision text NOT NULL CHECK (decision IN ('allow', 'deny')),
        reason text NOT NULL,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL
      )`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_log');
    await queryRunner.query('DROP FUNCTION audit_log_is_append_only()');
  }
}
