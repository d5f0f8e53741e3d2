import { Injectable } from '@nestjs/common';
import { decodePageCursor, isPageKey, pageOf, type Page, type Principal } from '@ssp/platform';
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

const isEntryKey = isPageKey('number');

/** Who read which person's data, when, how and why: one row per person per read, one statement per read. */
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

  /** A page of the person's entries, oldest first (keyset on the entry's id). */
  async entriesOf(pseudonym: string, limit: number, after: string | undefined): Promise<Page<AccessLogEntry>> {
    const [afterId] = decodePageCursor(after, isEntryKey) ?? [0];
    const rows: { id: string; accessed_at: Date; actor: string; actor_roles: string[]; action: string; purpose: AccessPurpose }[] = await this.dataSource.query(
      'SELECT id, accessed_at, actor, actor_roles, action, purpose FROM access_log WHERE person_pseudonym = $1 AND id > $2 ORDER BY id LIMIT $3',
      [pseudonym, afterId, limit + 1],
    );
    const page = pageOf(rows, limit, (row) => [Number(row.id)]);
    return { items: page.items.map((row) => ({ accessedAt: row.accessed_at.toISOString(), actor: row.actor, actorRoles: row.actor_roles, action: row.action, purpose: row.purpose })), next: page.next };
  }
}
