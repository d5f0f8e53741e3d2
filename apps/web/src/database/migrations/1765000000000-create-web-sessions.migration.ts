import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The web app's only tables. A session row is found by the SHA-256 of its cookie, so the
 * table alone signs no one in; it holds who signed in (subject, name, roles as the provider
 * said), the access token the services check and the ID token, both sealed with the app's
 * SESSION_KEY (AES-256-GCM), and the form token against cross-site requests. A sign-in in progress holds the PKCE verifier, state and nonce of one
 * authorization request, found by the hash of its own short-lived cookie.
 */
export class CreateWebSessions1765000000000 implements MigrationInterface {
  name = 'CreateWebSessions1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE web_session (
        id_hash char(64) PRIMARY KEY,
        subject text NOT NULL,
        name text,
        roles text[] NOT NULL,
        access_token text NOT NULL,
        access_token_expires_at timestamptz NOT NULL,
        id_token text,
        form_token char(43) NOT NULL,
        signed_in_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX web_session_last_seen ON web_session (last_seen_at)');
    await queryRunner.query(`
      CREATE TABLE web_sign_in (
        id_hash char(64) PRIMARY KEY,
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        return_to text NOT NULL,
        started_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE web_sign_in');
    await queryRunner.query('DROP TABLE web_session');
  }
}
