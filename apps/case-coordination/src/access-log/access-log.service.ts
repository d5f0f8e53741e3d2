import { Injectable } from '@nestjs/common';
import type { Principal } from '@ssp/platform';
import { DataSource } from 'typeorm';

/** Why person-level data was read; the data subject sees it in their access log. */
export const ACCESS_PURPOSES = ['monday-group-meeting', 'case-follow-up', 'data-subject-request'] as const;
export type AccessPurpose = (typeof ACCESS_PURPOSES)[number];

export interface AccessLogEntry {
  accessedAt: string;
  actor: string;
  actorRoles: string[];
  action: string;
  purpose: AccessPurpose;
}

/** Who read which person's data, when, how and why: one row per person per read. */
@Injectable()
export class AccessLogService {
  constructor(private readonly dataSource: DataSource) {}

  async record(principal: Principal, pseudonyms: readonly string[], action: string, purpose: AccessPurpose): Promise<void> {
    if (pseudonyms.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO access_log (actor, actor_roles, person_pseudonym, action, purpose)
       SELECT $1, $2, pseudonym, $3, $4 FROM unnest($5::text[]) AS pseudonym`,
      [principal.subject, principal.roles, action, purpose, pseudonyms],
    );
  }

  async entriesOf(pseudonym: string): Promise<AccessLogEntry[]> {
    const rows: { accessed_at: Date; actor: string; actor_roles: string[]; action: string; purpose: AccessPurpose }[] = await this.dataSource.query(
      'SELECT accessed_at, actor, actor_roles, action, purpose FROM access_log WHERE person_pseudonym = $1 ORDER BY id',
      [pseudonym],
    );
    return rows.map((row) => ({ accessedAt: row.accessed_at.toISOString(), actor: row.actor, actorRoles: row.actor_roles, action: row.action, purpose: row.purpose }));
  }
}
