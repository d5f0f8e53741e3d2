import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rate limit's counters, shared by every replica of a service, so that the limit does
 * not grow with the number of replicas. One row per throttler and client key (a SHA-256
 * digest, never an address in clear), alive until its window or block ends (`expires_at`).
 *
 * UNLOGGED: the counters are written on every request and worth nothing after a crash or a
 * fail-over (PostgreSQL empties the table then, and every client starts a new window), so
 * they stay out of the WAL, and with it out of the standbys and the backups.
 */
export class CreateRateLimit1764100000000 implements MigrationInterface {
  name = 'CreateRateLimit1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit_window (
        throttler text NOT NULL,
        key bytea NOT NULL CHECK (octet_length(key) = 32),
        hits integer NOT NULL CHECK (hits > 0),
        window_ends_at timestamptz NOT NULL,
        blocked_until timestamptz,
        expires_at timestamptz NOT NULL GENERATED ALWAYS AS (COALESCE(blocked_until, window_ends_at)) STORED,
        PRIMARY KEY (throttler, key)
      )`);
    await queryRunner.query('CREATE INDEX rate_limit_window_expires_at ON rate_limit_window (expires_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rate_limit_window');
  }
}
