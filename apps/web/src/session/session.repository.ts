import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface StoredSession {
  subject: string;
  name: string | null;
  roles: string[];
  accessToken: string;
  accessTokenExpiresAt: Date;
  idToken: string | null;
  formToken: string;
  signedInAt: Date;
  lastSeenAt: Date;
}

export interface StoredSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  startedAt: Date;
}

interface SessionRow {
  subject: string;
  name: string | null;
  roles: string[];
  access_token: string;
  access_token_expires_at: Date;
  id_token: string | null;
  form_token: string;
  signed_in_at: Date;
  last_seen_at: Date;
}

/** All the web app's SQL: sessions and sign-ins in progress, each by the hash of its cookie. */
@Injectable()
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertSession(idHash: string, session: StoredSession): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO web_session (id_hash, subject, name, roles, access_token, access_token_expires_at, id_token, form_token, signed_in_at, last_seen_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [idHash, session.subject, session.name, session.roles, session.accessToken, session.accessTokenExpiresAt, session.idToken, session.formToken, session.signedInAt, session.lastSeenAt],
    );
  }

  async findSession(idHash: string): Promise<StoredSession | null> {
    const rows = (await this.dataSource.query(
      `SELECT subject, name, roles, access_token, access_token_expires_at, id_token, form_token, signed_in_at, last_seen_at FROM web_session WHERE id_hash = $1`,
      [idHash],
    )) as SessionRow[];
    const row = rows[0];
    if (!row) return null;
    return {
      subject: row.subject,
      name: row.name,
      roles: row.roles,
      accessToken: row.access_token,
      accessTokenExpiresAt: row.access_token_expires_at,
      idToken: row.id_token,
      formToken: row.form_token,
      signedInAt: row.signed_in_at,
      lastSeenAt: row.last_seen_at,
    };
  }

  async touchSession(idHash: string, at: Date): Promise<void> {
    await this.dataSource.query('UPDATE web_session SET last_seen_at = $2 WHERE id_hash = $1', [idHash, at]);
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.dataSource.query('DELETE FROM web_session WHERE id_hash = $1', [idHash]);
  }

  /** Sessions past their idle or absolute limit, which no cookie can use any more. */
  async deleteSessionsEndedBefore(idleSince: Date, signedInBefore: Date): Promise<number> {
    const [, count] = (await this.dataSource.query('DELETE FROM web_session WHERE last_seen_at <= $1 OR signed_in_at <= $2', [idleSince, signedInBefore])) as [unknown, number];
    return count;
  }

  async insertSignIn(idHash: string, signIn: StoredSignIn): Promise<void> {
    await this.dataSource.query('INSERT INTO web_sign_in (id_hash, state, nonce, code_verifier, return_to, started_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      idHash,
      signIn.state,
      signIn.nonce,
      signIn.codeVerifier,
      signIn.returnTo,
      signIn.startedAt,
    ]);
  }

  /** A sign-in is used once: taking it removes it. */
  async takeSignIn(idHash: string): Promise<StoredSignIn | null> {
    const [rows] = (await this.dataSource.query('DELETE FROM web_sign_in WHERE id_hash = $1 RETURNING state, nonce, code_verifier, return_to, started_at', [idHash])) as [
      { state: string; nonce: string; code_verifier: string; return_to: string; started_at: Date }[],
      number,
    ];
    const row = rows[0];
    return row ? { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to, startedAt: row.started_at } : null;
  }

  async deleteSignInsStartedBefore(before: Date): Promise<void> {
    await this.dataSource.query('DELETE FROM web_sign_in WHERE started_at < $1', [before]);
  }
}
