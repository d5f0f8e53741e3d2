import { Injectable } from '@nestjs/common';
import { decodePageCursor, isPageKey, pageOf, type Page, type Principal } from '@ssp/platform';
import { DataSource } from 'typeorm';
import { ACCESS_PURPOSE_NAMES, accessActionText, type AccessAction } from './access-log-names';
import { AccessLogRepository } from './access-log.repository';

/** Why person-level data was read, as the reader names it; the data subject sees it in their access log. */
export const ACCESS_PURPOSES = ['monday-group-meeting', 'case-follow-up', 'data-subject-request'] as const;
/** The purpose of the referral routes, which name no other: a receiving body (or the Monday group) reads a referral to handle it. */
export const REFERRAL_HANDLING = 'referral-handling';
/** Every purpose the access log holds. */
export const LOGGED_PURPOSES = [...ACCESS_PURPOSES, REFERRAL_HANDLING] as const;
export type AccessPurpose = (typeof LOGGED_PURPOSES)[number];

export interface AccessLogEntry {
  accessedAt: string;
  actor: string;
  actorRoles: string[];
  action: string;
  actionText: string;
  purpose: AccessPurpose;
  purposeText: string;
}

const isEntryKey = isPageKey('number');

/** Who read which person's data, when, how and why: one row per person per read, one statement per read. */
@Injectable()
export class AccessLogService {
  constructor(private readonly dataSource: DataSource) {}

  async record(principal: Principal, pseudonyms: readonly string[], action: AccessAction, purpose: AccessPurpose): Promise<void> {
    if (pseudonyms.length === 0) return;
    await new AccessLogRepository(this.dataSource.manager).insert(principal.subject, principal.roles, pseudonyms, action, purpose);
  }

  /** A page of the person's entries, oldest first (keyset on the entry's id). */
  async entriesOf(pseudonym: string, limit: number, after: string | undefined): Promise<Page<AccessLogEntry>> {
    const [afterId] = decodePageCursor(after, isEntryKey) ?? [0];
    const rows = await new AccessLogRepository(this.dataSource.manager).entriesAfter(pseudonym, afterId, limit + 1);
    const page = pageOf(rows, limit, (row) => [Number(row.id)]);
    return {
      items: page.items.map((row) => ({ accessedAt: row.accessed_at.toISOString(), actor: row.actor, actorRoles: row.actor_roles, action: row.action, actionText: accessActionText(row.action), purpose: row.purpose, purposeText: ACCESS_PURPOSE_NAMES[row.purpose] })),
      next: page.next,
    };
  }
}
